package dk.kollekt.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The API instance's memory, read from outside: /proc/PID/status, and jcmd's heap summary after a full GC. */
final class Memory {

    private static final Pattern HEAP = Pattern.compile("committed (\\d+)K, used (\\d+)K");

    private Memory() {
    }

    static Map<String, Object> probe(String pid, String jcmd) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (pid == null || pid.isBlank()) {
            return out;
        }
        try {
            run(jcmd, pid, "GC.run");
            Matcher heap = HEAP.matcher(run(jcmd, pid, "GC.heap_info"));
            if (heap.find()) {
                out.put("heapUsedAfterGcMB", Long.parseLong(heap.group(2)) / 1024.0);
                out.put("heapCommittedMB", Long.parseLong(heap.group(1)) / 1024.0);
            }
            for (String line : Files.readAllLines(Path.of("/proc", pid, "status"))) {
                String[] parts = line.split("\\s+");
                switch (parts[0]) {
                    case "VmRSS:" -> out.put("vmRssMB", Long.parseLong(parts[1]) / 1024.0);
                    case "VmHWM:" -> out.put("vmHwmMB", Long.parseLong(parts[1]) / 1024.0);
                    case "Threads:" -> out.put("threads", Long.parseLong(parts[1]));
                    default -> { }
                }
            }
        } catch (IOException e) {
            out.put("error", e.getMessage());
        }
        return out;
    }

    private static String run(String... command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor(60, TimeUnit.SECONDS);
            return output;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** Median, p95, p99 and max of sorted values (nearest rank). */
    static Map<String, Object> percentiles(List<Long> sorted) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (sorted.isEmpty()) {
            return out;
        }
        out.put("median", rank(sorted, 0.50));
        out.put("p95", rank(sorted, 0.95));
        out.put("p99", rank(sorted, 0.99));
        out.put("max", sorted.getLast());
        out.put("mean", sorted.stream().mapToLong(Long::longValue).average().orElse(0));
        return out;
    }

    private static long rank(List<Long> sorted, double p) {
        return sorted.get(Math.max(0, (int) Math.ceil(p * sorted.size()) - 1));
    }
}
