package org.invicta.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.invicta.Http;
import org.invicta.InvictaIT;
import org.invicta.organisation.TestForces;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@InvictaIT
class ApiConventionsIT {

    @LocalServerPort
    int port;
    @Autowired
    TestForces forces;

    @Test
    void theOpenApiDocumentDescribesTheApiAndIsBrowsable() {
        var http = new Http(port);
        var document = http.get("/api/openapi.json", null);
        assertThat(document.status()).isEqualTo(200);
        assertThat(document.json().get("info").get("title").asString()).isEqualTo("Invicta API");
        assertThat(document.json().get("paths").has("/api/v1/people/{id}")).isTrue();
        assertThat(http.get("/api/swagger-ui/index.html", null).status()).isEqualTo(200);
    }

    @Test
    void malformedRequestsAreProblemsNamingWhatIsWrong() {
        var officer = forces.create().user("RESPONSE_OFFICER");
        var http = new Http(port);

        var notJson = http.post("/api/v1/people", officer, "{not json");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.header("Content-Type")).startsWith("application/problem+json");

        var badId = http.get("/api/v1/people/not-an-id", officer);
        assertThat(badId.status()).isEqualTo(400);
        assertThat(badId.json().get("field").asString()).isEqualTo("id");

        var missingName = http.post("/api/v1/people", officer, Map.of("givenNames", "Only"));
        assertThat(missingName.status()).isEqualTo(422);
        assertThat(missingName.json().get("field").asString()).isEqualTo("surname");
        assertThat(missingName.json().get("detail").asString()).isEqualTo("Enter the person's surname");
    }

    @Test
    void aChangeWithoutIfMatchIsRefusedAndChangesNothing() {
        var officer = forces.create().user("RESPONSE_OFFICER");
        var http = new Http(port);
        var id = http.recordPerson(officer, Map.of("givenNames", "Kept", "surname", "Asis"));

        var response = http.put("/api/v1/people/" + id, officer, Map.of("givenNames", "Changed", "surname", "Asis"), Map.of());

        assertThat(response.status()).isEqualTo(428);
        assertThat(response.json().get("field").asString()).isEqualTo("If-Match");
        assertThat(http.get("/api/v1/people/" + id, officer).json().get("givenNames").asString()).isEqualTo("Kept");
    }
}
