package org.invicta.platform.db;

import java.sql.SQLException;
import javax.sql.DataSource;

/** Creates, on an embedded server, the database and the login role the application serves as. */
final class ApplicationRole {

    static final String NAME = "invicta_app";

    private ApplicationRole() {
    }

    static void prepare(DataSource superuser, String database) {
        try (var connection = superuser.getConnection(); var statement = connection.createStatement()) {
            // Roles and databases belong to the server, not the schema, so they are created here
            // rather than by a migration; on an existing data directory they are already there.
            try (var roles = statement.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + NAME + "'")) {
                if (!roles.next()) statement.execute("CREATE ROLE " + NAME + " LOGIN NOSUPERUSER NOBYPASSRLS");
            }
            try (var databases = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database + "'")) {
                if (!databases.next()) statement.execute("CREATE DATABASE " + database);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not prepare the embedded database: " + e.getMessage(), e);
        }
    }
}
