package org.invicta.platform.db;

import javax.sql.DataSource;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Refuses to serve as a role that row-level security does not bind: a superuser or a role with
 * BYPASSRLS would see every force's rows whatever the application asked for.
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
    }

    private record Role(String name, boolean superuser, boolean bypassesRowSecurity) {
    }
}
