package org.invicta.platform.db;

import javax.sql.DataSource;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Refuses to serve as a role that row-level security does not bind: a superuser, a role with
 * BYPASSRLS or the tables' owner would see every force's rows whatever the application asked for.
 */
@Component
class ApplicationRoleGuard {

    private final JdbcClient jdbc;

    ApplicationRoleGuard(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @EventListener(ApplicationStartedEvent.class)
    void refuseUnboundRoles() {
        var role = jdbc.sql("SELECT current_user AS name, rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user")
                .query((rs, n) -> new Role(rs.getString("name"), rs.getBoolean("rolsuper"), rs.getBoolean("rolbypassrls")))
                .single();
        if (role.superuser() || role.bypassesRowSecurity())
            throw new IllegalStateException("spring.datasource.username '" + role.name()
                    + "' is a superuser or bypasses row-level security; serve as the non-superuser application role");
        // A table's owner, or a member of the owning role, is not bound by its row-level security either.
        var owned = jdbc.sql("""
                SELECT count(*) FROM pg_tables
                 WHERE schemaname = current_schema() AND pg_has_role(current_user, tableowner, 'USAGE')
                """)
                .query(Long.class).single();
        if (owned > 0)
            throw new IllegalStateException("spring.datasource.username '" + role.name() + "' owns " + owned
                    + " tables, so row-level security does not bind it; serve as the application role and migrate as "
                    + "the owner (spring.flyway.user)");
    }

    private record Role(String name, boolean superuser, boolean bypassesRowSecurity) {
    }
}
