package io.dyadline.common;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which failures are a race lost to another writer (run again), and which the database being away (503). */
class TransactionsTest {

    @Test
    void conflictsBetweenWritersAreRecognisedWhereverTheyAreWrapped() {
        assertTrue(Transactions.isConflict(new SQLException("duplicate key", "23505")));
        assertTrue(Transactions.isConflict(new IllegalStateException(new SQLException("deadlock", "40P01"))));
        assertTrue(Transactions.isConflict(new SQLException("could not serialize", "40001")));
        assertTrue(Transactions.isConflict(new SQLException("lock wait", "55P03")));
        assertTrue(Transactions.isConflict(new RuntimeException("commit failed", new SQLException("Timeout trying to lock table", "HYT00"))));
        assertTrue(Transactions.isUniqueViolation(new RuntimeException(new SQLException("duplicate key", "23505"))));
    }

    @Test
    void otherFailuresAreNoConflict() {
        assertFalse(Transactions.isConflict(new SQLException("null value in column", "23502")));
        assertFalse(Transactions.isConflict(new SQLException("syntax error", "42601")));
        assertFalse(Transactions.isConflict(new IllegalArgumentException("bad input")));
        assertFalse(Transactions.isUniqueViolation(new SQLException("deadlock", "40P01")));
    }

    @Test
    void theDatabaseAwayIsRecognisedAlsoWhenACommitSuppressedIt() {
        assertTrue(Transactions.isUnavailable(new RuntimeException(new SQLException("Connection refused", "08001"))));
        assertTrue(Transactions.isUnavailable(new SQLTransientConnectionException("no connection")));
        assertTrue(Transactions.isUnavailable(new SQLException("Sorry, acquisition timeout!")));
        // the transaction manager's exception, with the database's error as a suppressed one
        RuntimeException commit = new RuntimeException("Could not commit transaction");
        Exception xa = new Exception("Error trying to commit local transaction",
                new SQLException("FATAL: terminating connection due to administrator command", "57P01"));
        commit.addSuppressed(xa);
        assertTrue(Transactions.isUnavailable(new IllegalStateException(commit)));
        assertFalse(Transactions.isUnavailable(new SQLException("duplicate key", "23505")));
        assertFalse(Transactions.isUnavailable(new IllegalStateException("bug")));
    }
}
