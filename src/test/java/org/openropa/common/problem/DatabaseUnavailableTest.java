package org.openropa.common.problem;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A database that cannot answer, or a statement past the timeout, is a 503 with Retry-After, never a 500. */
@QuarkusTest
class DatabaseUnavailableTest {

    @Inject
    EntityManager em;

    @Test
    void connectionFailuresAndCancelledStatementsAreUnavailability() {
        ProblemMappers mappers = new ProblemMappers();
        var connection = mappers.unexpected(new RuntimeException(new PSQLException("refused", PSQLState.CONNECTION_FAILURE)), null);
        assertEquals(503, connection.getStatus());
        assertEquals("1", connection.getHeaderString("Retry-After"));
        var cancelled = mappers.unexpected(new RuntimeException(new PSQLException("canceling statement due to statement timeout", PSQLState.QUERY_CANCELED)), null);
        assertEquals(503, cancelled.getStatus());
    }

    @Test
    void aCommitCutOffByTheDatabaseIsUnavailabilityEvenWhenOnlySuppressed() {
        // As Narayana reports it: the rollback exception of the commit, the driver's error suppressed inside it.
        var rollback = new RuntimeException("ARJUNA016053: Could not commit transaction.");
        var xa = new javax.transaction.xa.XAException("Error trying to transactionCommit local transaction");
        xa.initCause(new java.sql.SQLException("FATAL: terminating connection due to administrator command", "57P01"));
        rollback.addSuppressed(xa);
        var answer = new ProblemMappers().unexpected(new RuntimeException("Error invoking subclass method", rollback), null);
        assertEquals(503, answer.getStatus());
        assertEquals("1", answer.getHeaderString("Retry-After"));
    }

    @Test
    void otherDatabaseErrorsAreNotCalledUnavailability() {
        assertFalse(ProblemMappers.unavailable(new PSQLException("syntax", PSQLState.SYNTAX_ERROR), PSQLState.SYNTAX_ERROR.getState()));
        assertTrue(ProblemMappers.unavailable(new PSQLException("gone", PSQLState.CONNECTION_FAILURE), PSQLState.CONNECTION_FAILURE.getState()));
    }

    @Test
    void theStatementTimeoutIsSetOnEveryConnection() {
        String timeout = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery("show statement_timeout").getSingleResult());
        assertEquals("30s", timeout);
        Exception cancelled = assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("select set_config('statement_timeout', '50', true)").getSingleResult();
            em.createNativeQuery("select pg_sleep(2)").getSingleResult();
        }));
        assertEquals(503, new ProblemMappers().unexpected(cancelled, null).getStatus(), "PostgreSQL's own cancellation maps to 503");
    }
}
