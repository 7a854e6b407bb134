package org.openropa.access;

import io.agroal.api.AgroalPoolInterceptor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Scopes every transaction to the organisations its caller may see, for the row-level security policies on every
 * organisation-owned table (migration V7): a query that forgot its organisation filter still cannot cross the wall.
 * Connected as a superuser (which every policy lets through), the transaction also takes the unprivileged role the
 * policies bind.
 * <p>
 * It runs when a transaction takes its connection from the pool (the connection is already enlisted, so the settings
 * are the transaction's own and end with it). Done there rather than when the transaction begins, a database that
 * cannot be reached fails the first statement, which rolls back cleanly and is answered 503, instead of failing the
 * begin and leaving the transaction attached to the worker thread.
 */
@ApplicationScoped
public class OrganisationWall implements AgroalPoolInterceptor {

    private final Callers callers;
    private final TransactionSynchronizationRegistry transactions;
    private volatile Boolean switchRole;

    public OrganisationWall(Callers callers, TransactionSynchronizationRegistry transactions) {
        this.callers = callers;
        this.transactions = transactions;
    }

    @Override
    public void onConnectionAcquire(Connection connection) {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            return; // migrations and health checks: no transaction, no caller
        }
        try {
            if (switchRole == null) {
                switchRole = needsRoleSwitch(connection);
            }
            try (PreparedStatement scope = connection.prepareStatement(switchRole
                    ? "select set_config('openropa.organisations', ?, true), set_config('role', 'openropa_app', true)"
                    : "select set_config('openropa.organisations', ?, true)")) {
                scope.setString(1, callers.scope());
                scope.execute();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not scope the transaction to its organisations", e);
        }
    }

    private static boolean needsRoleSwitch(Connection connection) throws SQLException {
        try (PreparedStatement check = connection.prepareStatement(
                "select exists (select 1 from pg_roles where rolname = session_user and rolsuper) "
                        + "and exists (select 1 from pg_roles where rolname = 'openropa_app')");
             ResultSet rs = check.executeQuery()) {
            rs.next();
            return rs.getBoolean(1);
        }
    }
}
