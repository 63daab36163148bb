package org.invicta.platform.tenancy;

import java.sql.Connection;
import java.util.ArrayDeque;
import java.util.Deque;
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

    // The force each open transaction of this thread is set to, innermost last (REQUIRES_NEW nests them).
    private static final ThreadLocal<Deque<String>> FORCES = ThreadLocal.withInitial(ArrayDeque::new);

    public ForceScopedTransactionManager(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    protected void prepareTransactionalConnection(Connection connection, TransactionDefinition definition)
            throws SQLException {
        super.prepareTransactionalConnection(connection, definition);
        var force = ForceContext.current().map(ForceId::value).orElse("");
        setForce(connection, force);
        FORCES.get().push(force);
    }

    @Override
    protected void doCleanupAfterCompletion(Object transaction) {
        FORCES.get().poll();
        super.doCleanupAfterCompletion(transaction);
    }

    /** The force the current transaction is set to, so that callers need not ask the database. */
    public static String currentTransactionForce() {
        var force = FORCES.get().peek();
        return force == null ? "" : force;
    }

    /** Switches the current transaction to another force: sign-in, and explicit, audited cross-force work. */
    public static void switchTransactionTo(DataSource dataSource, ForceId force) {
        if (!TransactionSynchronizationManager.isActualTransactionActive())
            throw new IllegalStateException("a force can only be switched inside a transaction");
        new JdbcTemplate(dataSource).queryForObject("SELECT set_config('invicta.force_id', ?, true)", String.class,
                force.value());
        var forces = FORCES.get();
        forces.poll();
        forces.push(force.value());
    }

    private static void setForce(Connection connection, String force) throws SQLException {
        try (var statement = connection.prepareStatement("SELECT set_config('invicta.force_id', ?, true)")) {
            statement.setString(1, force);
            statement.execute();
        }
    }
}
