package dk.kollekt.common;

import jakarta.transaction.RollbackException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WriteConflictsTest {

    private static RuntimeException deadlock() {
        return new IllegalStateException("could not execute statement",
                new SQLTransactionRollbackException("Deadlock found when trying to get lock", "40001", 1213));
    }

    @Test
    void aTransactionRolledBackByADeadlockRunsAgainAndSucceeds() {
        AtomicInteger runs = new AtomicInteger();
        String result = WriteConflicts.retried(() -> {
            if (runs.incrementAndGet() < 3) {
                throw deadlock();
            }
            return "written";
        });
        assertThat(result).isEqualTo("written");
        assertThat(runs).hasValue(3);
    }

    @Test
    void aGaleraConflictReportedAtCommitCountsToo() {
        AtomicInteger runs = new AtomicInteger();
        RollbackException atCommit = new RollbackException("ARJUNA016053: Could not commit transaction");
        atCommit.addSuppressed(new SQLException("WSREP detected deadlock/conflict and aborted the transaction."
                + " Try restarting the transaction", "40001", 1213));
        String result = WriteConflicts.retried(() -> {
            if (runs.incrementAndGet() == 1) {
                throw new IllegalStateException(atCommit);
            }
            return "written";
        });
        assertThat(result).isEqualTo("written");
        assertThat(runs).hasValue(2);
    }

    @Test
    void theConflictReachesTheCallerOnlyWhenTheTimeBudgetIsSpent() {
        AtomicInteger runs = new AtomicInteger();
        long started = System.nanoTime();
        assertThatThrownBy(() -> WriteConflicts.retried(() -> {
            runs.incrementAndGet();
            throw deadlock();
        }, 600)).hasRootCauseInstanceOf(SQLTransactionRollbackException.class);
        assertThat((System.nanoTime() - started) / 1_000_000).isBetween(600L, 3_000L);
        assertThat(runs.get()).isGreaterThanOrEqualTo(WriteConflicts.LEAST_ATTEMPTS);
    }

    @Test
    void slowAttemptsStillGetTheLeastNumberOfRuns() {
        AtomicInteger runs = new AtomicInteger();
        assertThatThrownBy(() -> WriteConflicts.retried(() -> {
            runs.incrementAndGet();
            throw deadlock();
        }, 0)).hasRootCauseInstanceOf(SQLTransactionRollbackException.class);
        assertThat(runs).hasValue(WriteConflicts.LEAST_ATTEMPTS);
    }

    @Test
    void otherFailuresAreNotRunAgain() {
        AtomicInteger runs = new AtomicInteger();
        assertThatThrownBy(() -> WriteConflicts.retried(() -> {
            runs.incrementAndGet();
            throw new IllegalStateException(new SQLIntegrityConstraintViolationException("Duplicate entry", "23000", 1062));
        })).isInstanceOf(IllegalStateException.class);
        assertThat(runs).hasValue(1);
    }
}
