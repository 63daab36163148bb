package org.invicta.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.invicta.Http;
import org.invicta.InvictaIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@InvictaIT
class AdministeringUsersIT {

    @LocalServerPort
    int port;
    @Autowired
    TestForces forces;

    private static Map<String, Object> account(String username, String collar, List<String> roles, String vetting) {
        return Map.of("username", username, "displayName", "Alex Example", "collarNumber", collar,
                "rankOrGrade", "Police Constable", "vetting", vetting, "roles", roles, "enabled", true,
                "initialPassword", "a-long-enough-passphrase");
    }

    @Test
    void anAdministratorCannotRaiseTheirOwnRolesOrVetting() {
        var force = forces.create();
        var admin = force.user("FORCE_ADMIN");
        var http = new Http(port);
        var self = http.get("/api/v1/organisation/users/" + admin.id(), admin);

        var response = http.put("/api/v1/organisation/users/" + admin.id(), admin,
                Map.of("displayName", "Test User 1", "rankOrGrade", "Police Constable", "vetting", "DV",
                        "roles", List.of("FORCE_ADMIN", "AUDITOR"), "enabled", true),
                Map.of("If-Match", self.header("ETag")));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("field").asString()).isEqualTo("roles");
        assertThat(http.get("/api/v1/me", admin).json().get("roles").toString()).doesNotContain("AUDITOR");
    }

    @Test
    void aCollarNumberAlreadyInUseInTheForceIsNamed() {
        var force = forces.create();
        var admin = force.user("FORCE_ADMIN");
        var http = new Http(port);
        var prefix = force.id().value();
        assertThat(http.post("/api/v1/organisation/users", admin,
                account(prefix + ".first", "4521", List.of("RESPONSE_OFFICER"), "RV")).status()).isEqualTo(201);

        var second = http.post("/api/v1/organisation/users", admin,
                account(prefix + ".second", "4521", List.of("RESPONSE_OFFICER"), "RV"));

        assertThat(second.status()).isEqualTo(422);
        assertThat(second.json().get("field").asString()).isEqualTo("collarNumber");
        var unknownRole = http.post("/api/v1/organisation/users", admin,
                account(prefix + ".third", "4522", List.of("CHIEF_CONSTABLE"), "RV"));
        assertThat(unknownRole.status()).isEqualTo(422);
        assertThat(unknownRole.json().get("field").asString()).isEqualTo("roles");
    }
}
