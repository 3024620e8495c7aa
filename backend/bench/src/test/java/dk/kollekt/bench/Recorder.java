package dk.kollekt.bench;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ActionBuilder;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import static io.gatling.javaapi.core.CoreDsl.exec;

/**
 * Every measured request's latency in nanoseconds (Gatling's own statistics, in its HTML report, have millisecond
 * resolution, too coarse for sub-millisecond reads and their ratios), whether it succeeded, and the window from the
 * first one sent to the last one answered, per request name. Throughput is successful requests over that window
 * (Gatling's mean rate spreads them over the whole simulation, warm-up and other targets included). Written as
 * requests.json by each simulation's after().
 */
final class Recorder {

    private static final Map<String, Series> SERIES = new ConcurrentHashMap<>();

    private static final class Series {
        long[] latencies = new long[1 << 12];
        int count;
        long ok;
        long ko;
        long firstStart = Long.MAX_VALUE;
        long lastEnd = Long.MIN_VALUE;

        synchronized void add(long start, long end, boolean succeeded) {
            if (count == latencies.length) {
                latencies = Arrays.copyOf(latencies, count * 2);
            }
            latencies[count++] = end - start;
            if (succeeded) {
                ok++;
            } else {
                ko++;
            }
            firstStart = Math.min(firstStart, start);
            lastEnd = Math.max(lastEnd, end);
        }
    }

    private Recorder() {
    }

    /** The request, timed and counted under {@code name}; a failed check is counted and the loop goes on. */
    static ChainBuilder timed(String name, ActionBuilder request) {
        return exec(session -> session.set("t0", System.nanoTime()))
                .exec(request)
                .exec(session -> {
                    SERIES.computeIfAbsent(name, k -> new Series())
                            .add(session.getLong("t0"), System.nanoTime(), !session.isFailed());
                    return session.markAsSucceeded();
                });
    }

    static void write(String file) {
        Map<String, Object> out = new TreeMap<>();
        SERIES.forEach((name, s) -> {
            synchronized (s) {
                long[] sorted = Arrays.copyOf(s.latencies, s.count);
                Arrays.sort(sorted);
                double seconds = (s.lastEnd - s.firstStart) / 1e9;
                Map<String, Object> stats = new LinkedHashMap<>();
                stats.put("ok", s.ok);
                stats.put("ko", s.ko);
                stats.put("windowSeconds", seconds);
                stats.put("throughput", seconds > 0 ? s.ok / seconds : 0);
                stats.put("median", millis(sorted, 0.50));
                stats.put("p95", millis(sorted, 0.95));
                stats.put("p99", millis(sorted, 0.99));
                stats.put("max", sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
                stats.put("mean", Arrays.stream(sorted).average().orElse(0) / 1e6);
                out.put(name, stats);
            }
        });
        Bench.write(file, out);
    }

    /** Nearest-rank percentile, in milliseconds. */
    private static double millis(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.max(0, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
}
