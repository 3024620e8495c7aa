package dk.kollekt.common;

import io.quarkus.logging.Log;

import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Runs a transaction again when the database rolled it back for a write conflict: an InnoDB deadlock, or a MariaDB
 * Galera certification conflict between nodes (both error 1213, SQLState 40001). The whole transaction was undone,
 * so running it again is safe. It runs again for {@value #BUDGET_MS} ms after the first attempt began, and at least
 * {@value #LEAST_ATTEMPTS} times; only a transaction still conflicting then reaches the caller, as 503 with Retry-After
 * (ProblemMapper), to send again with the same Idempotency-Key.
 */
public final class WriteConflicts {

    /**
     * A time budget as well as a number of attempts: on a 3-node Galera cluster with two nodes writing the same
     * running-total rows, 0.5% of pledges still conflicted on 8 attempts in a row (about a second of pauses), and 1 in
     * 2,000 for 5 s (12 attempts): at the peak, each attempt lost about every other time. A budget holds however long
     * each attempt takes on a loaded machine; 10 s is about 25 attempts, and a phone waits that long for an answer. The least number of
     * attempts covers a commit that waited seconds for the cluster to settle after a node died (seen: 6 s), only to
     * conflict with what the cluster agreed meanwhile.
     */
    static final long BUDGET_MS = 10_000;
    static final int LEAST_ATTEMPTS = 8;
    private static final long FIRST_PAUSE_MS = 10;
    private static final long LONGEST_PAUSE_MS = 400;

    private WriteConflicts() {
    }

    /** {@code transaction} must begin and end its own transaction (e.g. QuarkusTransaction.requiringNew()). */
    public static <T> T retried(Supplier<T> transaction) {
        return retried(transaction, BUDGET_MS);
    }

    static <T> T retried(Supplier<T> transaction, long budgetMs) {
        long deadline = System.nanoTime() + budgetMs * 1_000_000;
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (RuntimeException e) {
                if (!isConflict(e) || (attempt >= LEAST_ATTEMPTS && System.nanoTime() >= deadline)) {
                    throw e;
                }
                Log.infof("A write conflict rolled the transaction back (attempt %d); running it again", attempt);
                pause(attempt);
            }
        }
    }

    /** An InnoDB deadlock or a Galera certification conflict, anywhere among the causes. */
    static boolean isConflict(Throwable e) {
        return Causes.any(e, t -> t instanceof SQLException s
                && (s.getErrorCode() == 1213 || "40001".equals(s.getSQLState())));
    }

    /**
     * A random pause of up to 10 ms, doubling with each attempt up to 400 ms ("full jitter"), so writers of the same
     * few running-total rows spread out instead of meeting again (measured on a 3-node Galera cluster: a fixed
     * 5–25 ms pause let 5% of pledges conflict three times running).
     */
    private static void pause(int attempt) {
        long ceiling = Math.min(LONGEST_PAUSE_MS, FIRST_PAUSE_MS << Math.min(attempt - 1, 10));
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, ceiling + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
