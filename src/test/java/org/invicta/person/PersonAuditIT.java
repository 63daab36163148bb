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
class PersonAuditIT {

    @LocalServerPort
    int port;
    @Autowired
    TestForces forces;
    @Autowired
    @Qualifier("ownerDataSource")
    DataSource owner;

    @Test
    void readingAPersonWritesAConsultationRowNamingTheReader() {
        var force = forces.create();
        var officer = force.user("RESPONSE_OFFICER");
        var http = new Http(port);
        var created = http.post("/api/v1/people", officer, Map.of("givenNames", "Jane", "surname", "Doe",
                "dateOfBirth", "1990-02-03"));
        assertThat(created.status()).isEqualTo(201);
        var id = created.json().get("id").asString();

        var read = http.get("/api/v1/people/" + id, officer);

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("surname").asString()).isEqualTo("Doe");
        var rows = JdbcClient.create(owner).sql("""
                SELECT operation, actor_id::text, channel FROM audit_event
                 WHERE force_id = :force AND record_type = 'person' AND record_id = :id ORDER BY seq
                """).param("force", force.id().value()).param("id", id)
                .query((rs, n) -> rs.getString(1) + " by " + rs.getString(2) + " via " + rs.getString(3)).list();
        assertThat(rows).containsExactly("COLLECT by " + officer.id() + " via API", "CONSULT by " + officer.id() + " via API");
    }

    @Test
    void aCorrectionWithoutTheCurrentVersionIsRefusedWithBothVersions() {
        var force = forces.create();
        var officer = force.user("RESPONSE_OFFICER");
        var http = new Http(port);
        var id = http.recordPerson(officer, Map.of("givenNames", "John", "surname", "Smith"));
        var first = http.put("/api/v1/people/" + id, officer, Map.of("givenNames", "John", "surname", "Smyth"),
                Map.of("If-Match", "\"1\""));
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("ETag")).isEqualTo("\"2\"");

        var stale = http.put("/api/v1/people/" + id, officer, Map.of("givenNames", "Jon", "surname", "Smith"),
                Map.of("If-Match", "\"1\""));

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.header("Content-Type")).startsWith("application/problem+json");
        var differences = stale.json().get("differences");
        assertThat(differences.get("surname").get("current").asString()).isEqualTo("Smyth");
        assertThat(differences.get("surname").get("yours").asString()).isEqualTo("Smith");
        assertThat(differences.get("givenNames").get("yours").asString()).isEqualTo("Jon");
        assertThat(http.get("/api/v1/people/" + id, officer).json().get("surname").asString()).isEqualTo("Smyth");
        assertThat(JdbcClient.create(owner).sql("""
                SELECT count(*) FROM audit_event WHERE force_id = :force AND record_id = :id AND operation = 'CONSULT'
                """).param("force", force.id().value()).param("id", id).query(Long.class).single())
                .as("the 409 showed the current values: that is a consultation too").isEqualTo(2);
    }

    @Test
    void aCorrectionThatDoesNotMentionSensitivityNeverLowersIt() {
        var force = forces.create();
        var cleared = force.user(org.invicta.shared.VettingLevel.SC, "INVESTIGATOR");
        var http = new Http(port);
        var id = http.recordPerson(cleared, Map.of("givenNames", "Covert", "surname", "Human",
                "sensitivity", "SECRET"));

        var corrected = http.put("/api/v1/people/" + id, cleared, Map.of("givenNames", "Covert", "surname", "Humane"),
                Map.of("If-Match", "\"1\""));

        assertThat(corrected.status()).isEqualTo(200);
        assertThat(corrected.json().get("sensitivity").asString()).isEqualTo("SECRET");
        assertThat(http.get("/api/v1/people/" + id + "?purpose=test", force.user("RESPONSE_OFFICER")).status())
                .as("still behind SC vetting").isEqualTo(403);
    }

    @Test
    void lapsedVettingCountsOnlyAsRecruitmentVetting() {
        var force = forces.create();
        var http = new Http(port);
        var id = http.recordPerson(force.user("RESPONSE_OFFICER"), Map.of("givenNames", "Sensitive",
                "surname", "Matter", "sensitivity", "OFFICIAL_SENSITIVE"));
        var lapsed = force.user(org.invicta.shared.VettingLevel.MV, java.time.LocalDate.now().minusDays(1), "INVESTIGATOR");
        var current = force.user(org.invicta.shared.VettingLevel.MV, java.time.LocalDate.now().plusYears(1), "INVESTIGATOR");

        assertThat(http.get("/api/v1/people/" + id + "?purpose=review", lapsed).status()).isEqualTo(403);
        assertThat(http.get("/api/v1/people/" + id + "?purpose=review", current).status()).isEqualTo(200);
    }

    @Test
    void badInputNamesTheFieldAndTheRuleAndChangesNothing() {
        var force = forces.create();
        var officer = force.user("RESPONSE_OFFICER");
        var http = new Http(port);

        var response = http.post("/api/v1/people", officer, Map.of("givenNames", "Ann", "surname", "Lee",
                "dateOfBirth", "1990-13-40"));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("field").asString()).isEqualTo("dateOfBirth");
        assertThat(response.json().get("detail").asString()).contains("YYYY-MM-DD");
        assertThat(JdbcClient.create(owner).sql("SELECT count(*) FROM person WHERE force_id = :force")
                .param("force", force.id().value()).query(Long.class).single()).isZero();
    }

    @Test
    void aPersonOfAnotherForceIsNotFound() {
        var kent = forces.create();
        var essex = forces.create();
        var http = new Http(port);
        var id = http.recordPerson(kent.user("RESPONSE_OFFICER"), Map.of("givenNames", "A", "surname", "B"));

        var response = http.get("/api/v1/people/" + id, essex.user("RESPONSE_OFFICER"));

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body()).doesNotContain("\"B\"");
    }
}
