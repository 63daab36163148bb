package org.invicta.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.invicta.Http;
import org.invicta.InvictaIT;
import org.invicta.organisation.TestForces;
import org.invicta.organisation.TestForces.TestForce;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Force isolation does not rest on the application's checks alone: queried directly as the application's
 * database role, a transaction set to force A sees no row of force B, whatever the SQL asks for.
 */
@InvictaIT
class RowLevelSecurityIT {

    private static final List<String> FORCE_OWNED = List.of("district", "station", "team", "app_user", "user_role",
            "person", "person_version", "audit_event", "audit_chain_head");

    @LocalServerPort
    int port;
    @Autowired
    TestForces forces;
    @Autowired
    DataSource applicationRole;

    @Test
    void aTransactionOfForceASeesNoRowOfForceBInAnyForceOwnedTable() throws SQLException {
        var a = forceWithData();
        var b = forceWithData();
        try (var connection = applicationRole.getConnection()) {
            connection.setAutoCommit(false);
            setForce(connection, a.id().value());
            for (var table : FORCE_OWNED) {
                assertThat(forcesIn(connection, table)).as(table).contains(a.id().value()).doesNotContain(b.id().value());
                assertThat(count(connection, "SELECT count(*) FROM " + table + " WHERE force_id = '" + b.id() + "'"))
                        .as(table + " rows of force B asked for by name").isZero();
            }
            connection.rollback();
        }
    }

    @Test
    void withNoForceSetNoForceOwnedRowIsVisible() throws SQLException {
        forceWithData();
        try (var connection = applicationRole.getConnection()) {
            for (var table : FORCE_OWNED)
                assertThat(count(connection, "SELECT count(*) FROM " + table)).as(table).isZero();
        }
    }

    @Test
    void aTransactionOfForceACannotWriteARowOfForceB() throws SQLException {
        var a = forces.create();
        var b = forces.create();
        try (var connection = applicationRole.getConnection()) {
            connection.setAutoCommit(false);
            setForce(connection, a.id().value());
            assertThatThrownBy(() -> connection.createStatement().execute(
                    "INSERT INTO district (force_id, district_id, name) VALUES ('" + b.id() + "', 'elsewhere', 'Elsewhere')"))
                    .hasMessageContaining("row-level security");
            connection.rollback();
        }
    }

    @Test
    void theApplicationRoleCanNeitherChangeNorDeleteAuditRows() throws SQLException {
        var a = forceWithData();
        for (var statement : List.of("UPDATE audit_event SET record_id = 'x'", "DELETE FROM audit_event")) {
            try (var connection = applicationRole.getConnection()) {
                connection.setAutoCommit(false);
                setForce(connection, a.id().value());
                assertThatThrownBy(() -> connection.createStatement().execute(statement))
                        .as(statement).hasMessageContaining("permission denied");
                connection.rollback();
            }
        }
    }

    private TestForce forceWithData() {
        var force = forces.create();
        force.addTeam("Somewhere");
        var officer = force.user("RESPONSE_OFFICER");
        var created = new Http(port).post("/api/v1/people", officer, Map.of("givenNames", "Pat", "surname", "Jones"));
        assertThat(created.status()).isEqualTo(201);
        return force;
    }

    private static void setForce(Connection connection, String force) throws SQLException {
        try (var statement = connection.prepareStatement("SELECT set_config('invicta.force_id', ?, true)")) {
            statement.setString(1, force);
            statement.execute();
        }
    }

    private static List<String> forcesIn(Connection connection, String table) throws SQLException {
        var found = new ArrayList<String>();
        try (var rs = connection.createStatement().executeQuery("SELECT DISTINCT force_id FROM " + table)) {
            while (rs.next()) found.add(rs.getString(1));
        }
        return found;
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (var rs = connection.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
