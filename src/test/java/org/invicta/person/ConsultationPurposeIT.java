package org.invicta.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import javax.sql.DataSource;
import org.invicta.Http;
import org.invicta.InvictaIT;
import org.invicta.audit.PurposePolicy;
import org.invicta.organisation.TestForces;
import org.invicta.platform.security.SigningIn;
import org.invicta.platform.tenancy.ForceContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** The justification s.62 lets each force require: asked for sensitive records, or every record. */
@InvictaIT
class ConsultationPurposeIT {

    @LocalServerPort
    int port;
    @Autowired
    TestForces forces;
    @Autowired
    PurposePolicy policy;
    @Autowired
    SigningIn signingIn;
    @Autowired
    @Qualifier("ownerDataSource")
    DataSource owner;

    @Test
    void aSensitiveRecordOpensOnlyWithAReasonWhichTheAuditRowKeeps() {
        var force = forces.create();
        var investigator = force.user("INVESTIGATOR");
        var http = new Http(port);
        var id = http.recordPerson(investigator, Map.of("givenNames", "Protected", "surname", "Witness",
                "sensitivity", "OFFICIAL_SENSITIVE"));

        var refused = http.get("/api/v1/people/" + id, investigator);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("field").asString()).isEqualTo("purpose");
        assertThat(refused.body()).doesNotContain("Witness");
        assertThat(consultations(force.id().value(), id)).isEmpty();

        var opened = http.get("/api/v1/people/" + id + "?purpose=Witness%20statement%20for%2046%2F1234%2F26", investigator);
        assertThat(opened.status()).isEqualTo(200);
        assertThat(consultations(force.id().value(), id)).containsExactly("Witness statement for 46/1234/26");
    }

    @Test
    void aForceCanAskForAReasonForEveryRecord() {
        var force = forces.create();
        var officer = force.user("RESPONSE_OFFICER");
        var http = new Http(port);
        var id = http.recordPerson(officer, Map.of("givenNames", "Ordinary", "surname", "Record"));
        assertThat(http.get("/api/v1/people/" + id, officer).status()).isEqualTo(200);

        asAdministratorOf(force, () -> policy.set(PurposePolicy.AskedFor.EVERY_RECORD));

        var refused = http.get("/api/v1/people/" + id, officer);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("detail").asString()).contains("every record");
        assertThat(http.get("/api/v1/people/" + id + "?purpose=checking", officer).status()).isEqualTo(200);
    }

    private void asAdministratorOf(TestForces.TestForce force, Runnable work) {
        var principal = signingIn.loadUserByUsername(force.user("FORCE_ADMIN").username());
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        try {
            ForceContext.actingFor(force.id(), work);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private java.util.List<String> consultations(String force, String id) {
        return JdbcClient.create(owner).sql("""
                SELECT coalesce(purpose, '') FROM audit_event
                 WHERE force_id = :force AND record_type = 'person' AND record_id = :id AND operation = 'CONSULT' ORDER BY seq
                """).param("force", force).param("id", id).query(String.class).list();
    }
}
