package org.invicta.platform.tenancy;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.invicta.shared.ForceId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sets {@code invicta.force_id} for the length of each transaction, so that PostgreSQL's row-level
 * security policies show the acting force's rows and no other. Work outside a transaction has no force
 * set and sees no force-owned row at all: isolation fails closed.
 */
public class ForceScopedTransactionManager extends JdbcTransactionManager {

    public ForceScopedTransactionManager(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    protected void prepareTransactionalConnection(Connection connection, TransactionDefinition definition)
            throws SQLException {
        super.prepareTransactionalConnection(connection, definition);
        setForce(connection, ForceContext.current().map(ForceId::value).orElse(""));
    }

    /** Switches the current transaction to another force: sign-in, and explicit, audited cross-force work. */
    public static void switchTransactionTo(DataSource dataSource, ForceId force) {
        if (!TransactionSynchronizationManager.isActualTransactionActive())
            throw new IllegalStateException("a force can only be switched inside a transaction");
        new JdbcTemplate(dataSource).queryForObject("SELECT set_config('invicta.force_id', ?, true)", String.class,
                force.value());
    }

    private static void setForce(Connection connection, String force) throws SQLException {
        try (var statement = connection.prepareStatement("SELECT set_config('invicta.force_id', ?, true)")) {
            statement.setString(1, force);
            statement.execute();
        }
    }
}
