package dk.kollekt.common;

import io.quarkus.logging.Log;

import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Runs a transaction again when the database rolled it back for a write conflict: an InnoDB deadlock, or a MariaDB
 * Galera certification conflict between nodes (both error 1213, SQLState 40001). The whole transaction was undone,
 * so running it again is safe; the caller sees the conflict only if it happens {@value #ATTEMPTS} times running.
 */
public final class WriteConflicts {

    static final int ATTEMPTS = 3;

    private WriteConflicts() {
    }

    /** {@code transaction} must begin and end its own transaction (e.g. QuarkusTransaction.requiringNew()). */
    public static <T> T retried(Supplier<T> transaction) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !isConflict(e, 0)) {
                    throw e;
                }
                Log.infof("A write conflict rolled the transaction back (attempt %d of %d); running it again",
                        attempt, ATTEMPTS);
                pause(attempt);
            }
        }
    }

    static boolean isConflict(Throwable t, int depth) {
        if (t == null || depth > 12) {
            return false;
        }
        if (t instanceof SQLException s && (s.getErrorCode() == 1213 || "40001".equals(s.getSQLState()))) {
            return true;
        }
        for (Throwable suppressed : t.getSuppressed()) {
            if (isConflict(suppressed, depth + 1)) {
                return true;
            }
        }
        return t.getCause() != t && isConflict(t.getCause(), depth + 1);
    }

    /** A short random pause, longer each time, so two conflicting writers do not meet again at once. */
    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 25) * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
