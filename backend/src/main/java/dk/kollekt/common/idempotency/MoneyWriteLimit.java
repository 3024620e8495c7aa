package dk.kollekt.common.idempotency;

import dk.kollekt.common.ApiProblem;
import dk.kollekt.common.KollektConfig;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A per-caller limit on money-creating writes: a token bucket of {@code kollekt.money-writes-per-minute} tokens,
 * refilled evenly over a minute, so a burst as large as the limit passes and a flood gets 429 with Retry-After.
 * Kept in memory per instance: behind N instances a caller gets at most N times the limit.
 */
@ApplicationScoped
public class MoneyWriteLimit {

    private static final long MINUTE_NANOS = 60_000_000_000L;

    private final int perMinute;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    MoneyWriteLimit(KollektConfig config) {
        this.perMinute = config.moneyWritesPerMinute();
    }

    /** Takes one token of the caller's bucket, or throws 429 telling when the next one is there. */
    void acquire(String caller) {
        long now = System.nanoTime();
        long waitNanos = buckets.computeIfAbsent(caller, c -> new Bucket(perMinute, now)).take(perMinute, now);
        if (waitNanos > 0) {
            long seconds = Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
            throw ApiProblem.tooManyRequests("Too many payments in a short time (at most " + perMinute
                    + " a minute); nothing was written. Try again in " + seconds + " s with the same Idempotency-Key.",
                    seconds);
        }
    }

    /** Buckets that have filled up again hold nothing worth keeping. */
    @Scheduled(every = "10m", delayed = "10m")
    void forgetFullBuckets() {
        long now = System.nanoTime();
        buckets.values().removeIf(b -> b.isFull(perMinute, now));
    }

    private static final class Bucket {
        private double tokens;
        private long updated;

        Bucket(int capacity, long now) {
            this.tokens = capacity;
            this.updated = now;
        }

        /** 0 when a token was taken, else the nanoseconds until one is there. */
        synchronized long take(int capacity, long now) {
            refill(capacity, now);
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) * MINUTE_NANOS / capacity);
        }

        synchronized boolean isFull(int capacity, long now) {
            refill(capacity, now);
            return tokens >= capacity;
        }

        private void refill(int capacity, long now) {
            tokens = Math.min(capacity, tokens + (double) (now - updated) * capacity / MINUTE_NANOS);
            updated = now;
        }
    }
}
