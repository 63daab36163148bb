package org.invicta.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import javax.sql.DataSource;
import org.invicta.Http;
import org.invicta.InvictaIT;
import org.invicta.organisation.TestForces;
import org.invicta.person.PersonDetails;
import org.invicta.person.RecordingPeople;
import org.invicta.platform.security.SigningIn;
import org.invicta.platform.tenancy.ForceContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@InvictaIT
class AuditTrailIT {

    @LocalServerPort
    int port;
    @Autowired
    TestForces forces;
    @Autowired
    RecordingPeople recording;
    @Autowired
    SigningIn signingIn;
    @Autowired
    AuditTrail audit;
    @Autowired
    AuditChainVerification verification;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    @Qualifier("ownerDataSource")
    DataSource owner;

    @Test
    void aChangeThatRollsBackLeavesNeitherTheChangeNorItsAuditRow() {
        var force = forces.create();
        var officer = force.user("RESPONSE_OFFICER");
        signIn(officer.username());
        try {
            assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
                recording.record(new PersonDetails("Rolled", "Back", null, null), null);
                throw new IllegalStateException("a later step of the same act fails");
            })).hasMessageContaining("later step");
        } finally {
            SecurityContextHolder.clearContext();
        }
        assertThat(rowsOf(force.id().value(), "person")).isZero();
        assertThat(JdbcClient.create(owner).sql("SELECT count(*) FROM audit_event WHERE force_id = :force AND record_type = 'person'")
                .param("force", force.id().value()).query(Long.class).single()).isZero();
    }

    @Test
    void aTransactionThatConsultsHundredsOfRecordsChainsEveryRow() throws Exception {
        var force = forces.create();
        signIn(force.user("AUDITOR").username());
        try {
            ForceContext.actingFor(force.id(), () -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
                for (int i = 0; i < 1_234; i++) audit.record(Operation.CONSULT, "person", "listed-" + i);
            }));
        } finally {
            SecurityContextHolder.clearContext();
        }
        assertThat(JdbcClient.create(owner).sql("SELECT count(*) FROM audit_event WHERE force_id = :force AND record_type = 'person'")
                .param("force", force.id().value()).query(Long.class).single()).isEqualTo(1_234);
        assertThat(verification.verify(rows -> { }).intact()).isTrue();
    }

    @Test
    void anAuditRowCannotBeWrittenOutsideATransaction() {
        var force = forces.create();
        assertThatThrownBy(() -> ForceContext.actingFor(force.id(), () -> audit.record(Operation.CONSULT, "person", "x")))
                .hasMessageContaining("transaction");
    }

    @Test
    void theChainVerifiesAndAnAlteredRowIsNamed() throws Exception {
        var force = forces.create();
        var officer = force.user("RESPONSE_OFFICER");
        var http = new Http(port);
        for (var name : new String[] {"One", "Two", "Three"})
            http.post("/api/v1/people", officer, Map.of("givenNames", name, "surname", "Person"));
        assertThat(verification.verify(rows -> { }).intact()).isTrue();

        var jdbc = JdbcClient.create(owner);
        var original = jdbc.sql("SELECT record_id FROM audit_event WHERE force_id = :force AND seq = 3")
                .param("force", force.id().value()).query(String.class).single();
        jdbc.sql("UPDATE audit_event SET record_id = 'someone-else' WHERE force_id = :force AND seq = 3")
                .param("force", force.id().value()).update();
        try {
            var result = verification.verify(rows -> { });

            assertThat(result.intact()).isFalse();
            var broken = result.firstBroken().orElseThrow();
            assertThat(broken.force()).isEqualTo(force.id().value());
            assertThat(broken.seq()).isEqualTo(3);
            assertThat(broken.problem()).contains("altered");
        } finally {
            jdbc.sql("UPDATE audit_event SET record_id = :original WHERE force_id = :force AND seq = 3")
                    .param("original", original).param("force", force.id().value()).update();
        }
        assertThat(verification.verify(rows -> { }).intact()).isTrue();
    }

    @Test
    void aDeletedRowIsNamedAsAGap() throws Exception {
        var force = forces.create();
        var officer = force.user("RESPONSE_OFFICER");
        var http = new Http(port);
        for (var name : new String[] {"One", "Two", "Three"})
            http.post("/api/v1/people", officer, Map.of("givenNames", name, "surname", "Person"));
        var jdbc = JdbcClient.create(owner);
        var saved = jdbc.sql("SELECT * FROM audit_event WHERE force_id = :force AND seq = 2")
                .param("force", force.id().value()).query().singleRow();
        jdbc.sql("DELETE FROM audit_event WHERE force_id = :force AND seq = 2").param("force", force.id().value()).update();
        try {
            var broken = verification.verify(rows -> { }).firstBroken().orElseThrow();

            assertThat(broken.force()).isEqualTo(force.id().value());
            assertThat(broken.seq()).isEqualTo(3);
            assertThat(broken.problem()).contains("sequence gap");
        } finally {
            var columns = String.join(", ", saved.keySet());
            var values = ":" + String.join(", :", saved.keySet());
            var insert = jdbc.sql("INSERT INTO audit_event (" + columns + ") VALUES (" + values + ")");
            for (var column : saved.entrySet()) insert = insert.param(column.getKey(), column.getValue());
            insert.update();
        }
    }

    private void signIn(String username) {
        var principal = signingIn.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }

    private long rowsOf(String force, String table) {
        return JdbcClient.create(owner).sql("SELECT count(*) FROM " + table + " WHERE force_id = :force")
                .param("force", force).query(Long.class).single();
    }
}
