package org.invicta.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import javax.sql.DataSource;
import org.invicta.Http;
import org.invicta.InvictaIT;
import org.invicta.organisation.TestForces;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@InvictaIT
class CrossForceConsultationIT {

    private static final String CONSULT = "/api/v1/cross-force/person-consultations";

    @LocalServerPort
    int port;
    @Autowired
    TestForces forces;
    @Autowired
    @Qualifier("ownerDataSource")
    DataSource owner;

    @Test
    void anInvestigatorConsultsAnotherForcesPersonWithAJustificationThatBothChainsRecord() {
        var kent = forces.create();
        var essex = forces.create();
        var investigator = kent.user("INVESTIGATOR");
        var http = new Http(port);
        var id = http.recordPerson(essex.user("RESPONSE_OFFICER"), Map.of("givenNames", "Held", "surname", "Elsewhere"));

        var response = http.post(CONSULT, investigator, Map.of("force", essex.id().value(), "personId", id,
                "justification", "Suspect in Kent burglary 46/1234/26 lives in Essex"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("surname").asString()).isEqualTo("Elsewhere");
        var disclosure = JdbcClient.create(owner).sql("""
                SELECT operation || ' to ' || recipient || ' because ' || purpose FROM audit_event
                 WHERE force_id = :force AND record_type = 'person' AND record_id = :id AND operation = 'DISCLOSE'
                """).param("force", essex.id().value()).param("id", id).query(String.class).single();
        assertThat(disclosure).contains("DISCLOSE to Test User 1 (" + investigator.username() + ") of " + kent.id())
                .contains("because Suspect in Kent burglary 46/1234/26 lives in Essex");
        var consultation = JdbcClient.create(owner).sql("""
                SELECT count(*) FROM audit_event WHERE force_id = :force AND actor_id = :actor AND operation = 'CONSULT'
                   AND record_id = :record
                """).param("force", kent.id().value()).param("actor", investigator.id().value())
                .param("record", essex.id() + "/" + id).query(Long.class).single();
        assertThat(consultation).isEqualTo(1);
        assertThat(http.get("/api/v1/people/" + id, investigator).status())
                .as("the ordinary read still does not reach another force").isEqualTo(404);
    }

    @Test
    void withoutAJustificationNothingIsShownAndNothingDisclosed() {
        var kent = forces.create();
        var essex = forces.create();
        var http = new Http(port);
        var id = http.recordPerson(essex.user("RESPONSE_OFFICER"), Map.of("givenNames", "Not", "surname", "Shown"));

        var response = http.post(CONSULT, kent.user("SUPERVISOR"), Map.of("force", essex.id().value(), "personId", id,
                "justification", " "));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("field").asString()).isEqualTo("justification");
        assertThat(response.body()).doesNotContain("Shown");
        assertThat(JdbcClient.create(owner).sql("SELECT count(*) FROM audit_event WHERE force_id = :force AND operation = 'DISCLOSE'")
                .param("force", essex.id().value()).query(Long.class).single()).isZero();
    }

    @Test
    void aRoleWithoutTheCrossForcePrivilegeIsRefused() {
        var kent = forces.create();
        var essex = forces.create();
        var http = new Http(port);
        var id = http.recordPerson(essex.user("RESPONSE_OFFICER"), Map.of("givenNames", "A", "surname", "B"));

        var response = http.post(CONSULT, kent.user("RESPONSE_OFFICER"), Map.of("force", essex.id().value(),
                "personId", id, "justification", "curious"));

        assertThat(response.status()).isEqualTo(403);
    }
}
