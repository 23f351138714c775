package io.dyadline.common;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Runs work in a transaction of its own, and again when it lost a race with another writer: a unique key that
 * another transaction took first, a deadlock, a serialization failure or a lock wait that timed out. What the work
 * read before the conflict is read again on the next try, so a retry sees the other writer's rows.
 */
public final class Transactions {

    /** Tries of one piece of work before its conflict is given to the caller. */
    static final int ATTEMPTS = 8;
    private static final long FIRST_BACKOFF_MS = 5;
    private static final long MAX_BACKOFF_MS = 400;

    /** SQL states of a conflict between writers, on PostgreSQL and H2 alike. */
    private static final Set<String> CONFLICTS = Set.of(
            "23505",  // unique violation: another transaction stored the same key first
            "40001",  // serialization failure (PostgreSQL), deadlock (H2)
            "40P01",  // deadlock detected (PostgreSQL)
            "55P03",  // lock not available (PostgreSQL)
            "HYT00"); // lock wait timed out (H2)

    /** Vendor codes of H2's conflicts whose SQL state is generic. */
    private static final Set<Integer> H2_CONFLICTS = Set.of(
            50200,  // LOCK_TIMEOUT_1
            40001,  // DEADLOCK_1
            90131); // CONCURRENT_UPDATE_1

    private Transactions() {
    }

    /** Runs the work in a new transaction, retrying it on a conflict with another writer. */
    public static <T> T retrying(Callable<T> work) {
        long backoff = FIRST_BACKOFF_MS;
        for (int attempt = 1; ; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(work);
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !isConflict(e)) {
                    throw e;
                }
                Log.debugf("Transaction conflict (try %d of %d), again: %s", attempt, ATTEMPTS, rootMessage(e));
                sleep(ThreadLocalRandom.current().nextLong(backoff / 2, backoff + 1));
                backoff = Math.min(MAX_BACKOFF_MS, backoff * 2);
            }
        }
    }

    /** Whether the failure is a conflict with another writer, which a new try may not have. */
    public static boolean isConflict(Throwable e) {
        for (Throwable t : causes(e)) {
            if (t instanceof SQLException sql && (CONFLICTS.contains(sql.getSQLState())
                    || isH2(sql) && H2_CONFLICTS.contains(sql.getErrorCode()))) {
                return true;
            }
            if (t instanceof jakarta.persistence.OptimisticLockException
                    || t instanceof org.hibernate.StaleStateException) {
                return true; // a row this transaction changes was changed or removed by another one
            }
        }
        return false;
    }

    /** Whether the failure is a unique key that another transaction stored first. */
    public static boolean isUniqueViolation(Throwable e) {
        for (Throwable t : causes(e)) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the failure is the database being out of reach: no connection could be had, or the one in use was
     * lost. The request may succeed later, so it answers 503.
     */
    public static boolean isUnavailable(Throwable e) {
        for (Throwable t : causes(e)) {
            if (t instanceof SQLTransientConnectionException
                    || t instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                // 08: connection exceptions; 57P01-03: the server shuts down or is starting
                if (state != null && (state.startsWith("08") || state.startsWith("57P0"))) {
                    return true;
                }
                String message = sql.getMessage();
                if (message != null && message.contains("cquisition timeout")) {
                    return true; // Agroal: no connection became free, or none could be opened, in time
                }
            }
        }
        return false;
    }

    /**
     * The failure, its causes and what they suppressed: a failed commit reports the database's error as suppressed by
     * the transaction manager's own exception.
     */
    static List<Throwable> causes(Throwable e) {
        List<Throwable> out = new ArrayList<>();
        Deque<Throwable> todo = new ArrayDeque<>(List.of(e));
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        while (!todo.isEmpty() && out.size() < 64) {
            Throwable t = todo.poll();
            if (t == null || !seen.add(t)) {
                continue;
            }
            out.add(t);
            if (t.getCause() != null) {
                todo.add(t.getCause());
            }
            todo.addAll(List.of(t.getSuppressed()));
            if (t instanceof SQLException sql && sql.getNextException() != null) {
                todo.add(sql.getNextException());
            }
        }
        return out;
    }

    private static boolean isH2(SQLException e) {
        return e.getClass().getName().startsWith("org.h2.");
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to retry a transaction", e);
        }
    }
}
