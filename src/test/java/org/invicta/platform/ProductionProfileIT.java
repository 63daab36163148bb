package org.invicta.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The documented real deployment: the production profile on an external PostgreSQL (here a separate
 * server started by the test), migrating as the owner and serving as the application role.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProductionProfileIT {

    private EmbeddedPostgres external;
    private String url;

    @BeforeAll
    void anExternalServerPreparedAsTheReadmeSays() throws Exception {
        external = EmbeddedPostgres.builder().setRegisterShutdownHook(false)
                .setPGStartupWait(java.time.Duration.ofSeconds(60)).start();
        var dba = JdbcClient.create(external.getPostgresDatabase());
        dba.sql("CREATE ROLE invicta_owner LOGIN PASSWORD 'owner-secret'").update();
        dba.sql("CREATE ROLE invicta_app LOGIN PASSWORD 'app-secret' NOSUPERUSER NOBYPASSRLS").update();
        dba.sql("CREATE DATABASE invicta OWNER invicta_owner").update();
        url = "jdbc:postgresql://localhost:" + external.getPort() + "/invicta";
    }

    @AfterAll
    void stopTheServer() throws Exception {
        external.close();
    }

    @Test
    void refusesToStartWithoutAnExternalDatabase() throws Exception {
        var result = InvictaProcess.command("run", "--spring.profiles.active=production",
                "--port", String.valueOf(InvictaProcess.freePort()));

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.output()).contains("the production profile needs an external PostgreSQL");
    }

    @Test
    void refusesToServeAsTheSchemaOwner() throws Exception {
        migrated().stop(); // the schema exists, so the owner does own tables
        var result = InvictaProcess.command("run", "--spring.profiles.active=production",
                "--port", String.valueOf(InvictaProcess.freePort()), "--spring.datasource.url=" + url,
                "--spring.datasource.username=invicta_owner", "--spring.datasource.password=owner-secret",
                "--spring.flyway.user=invicta_owner", "--spring.flyway.password=owner-secret");

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.output()).contains("row-level security does not bind it");
    }

    @Test
    void servesAsTheApplicationRoleWithHealthMetricsAndJsonLogs() throws Exception {
        var invicta = migrated();
        try {
            var http = HttpClient.newHttpClient();
            var base = "http://localhost:" + invicta.port();
            assertThat(get(http, base + "/actuator/health/readiness")).contains("\"UP\"");
            assertThat(get(http, base + "/actuator/prometheus")).contains("jvm_memory_used_bytes");
            var db = JdbcClient.create(external.getPostgresDatabase());
            assertThat(db.sql("SELECT count(*) FROM pg_stat_activity WHERE usename = 'invicta_app' AND datname = 'invicta'")
                    .query(Long.class).single()).isPositive();
            assertThat(invicta.log()).contains("\"@timestamp\"").contains("\"log\":{\"level\":\"INFO\"");
            assertThat(invicta.log()).doesNotContain("Loaded demo force");
        } finally {
            invicta.stop();
        }
    }

    private InvictaProcess migrated() throws Exception {
        return InvictaProcess.startWith("--spring.profiles.active=production", "--spring.datasource.url=" + url,
                "--spring.datasource.username=invicta_app", "--spring.datasource.password=app-secret",
                "--spring.flyway.user=invicta_owner", "--spring.flyway.password=owner-secret",
                "--logging.structured.format.console=ecs");
    }

    private static String get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
