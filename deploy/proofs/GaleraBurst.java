import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The client side of deploy/proofs/galera-burst.sh, run by the JDK as a single-file program (java GaleraBurst.java),
 * with the MariaDB JDBC driver on the class path for {@code verify}.
 *
 * <pre>
 * burst  --run ID --instances URL,URL --realm URL --post ID --pledges N --clients N --kill-after N --kill-cmd CMD
 *        --max-seconds S --out FILE
 * verify --keys FILE[,FILE] --nodes JDBC,JDBC --user U --password P --post ID
 * </pre>
 *
 * burst: N pledges (POST /api/donations), each with its own Idempotency-Key and the message "galera:KEY", sent by
 * several clients at once as lars and emma, half of the clients on each API instance. A client retries a pledge
 * that was not acknowledged (no answer or 5xx: on the other instance; 409 "still in progress": after a second) with
 * the same key, until it is acknowledged (201) or 120 s have passed. Each pledge starts on the client's own instance,
 * unless that instance answered 503 or nothing in the last 5 s (its Retry-After). Once
 * --kill-after pledges are acknowledged it runs --kill-cmd (kill -9 of a Galera node). It writes one line per pledge
 * (key, user, outcome, attempts, trail of instance:status) to --out and prints what clients saw; it exits 1 when a
 * client saw an error on a first attempt that is not an expected outage answer, or a pledge stayed unacknowledged.
 *
 * verify: on every node given, with causal reads (wsrep_sync_wait=1): every acknowledged pledge is present exactly once,
 * no key twice, nothing but what was sent, an idempotency record (DONE) for exactly the stored pledges, today's
 * running totals of the pledgers' departments and of the post equal the sums of the contributions, and all nodes
 * hold the same rows (counts, sums and CHECKSUM TABLE). Exits 1 on any violation.
 */
public class GaleraBurst {

    static final ZoneId LEDGER_ZONE = ZoneId.of("Europe/Copenhagen");
    static final Duration PLEDGE_DEADLINE = Duration.ofSeconds(120);

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = new HashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            opts.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        int status = switch (args.length == 0 ? "" : args[0]) {
            case "burst" -> new Burst(opts).run();
            case "verify" -> new Verify(opts).run();
            default -> {
                System.err.println("usage: java GaleraBurst.java burst|verify --option value ...");
                yield 2;
            }
        };
        System.exit(status);
    }

    static String need(Map<String, String> opts, String name) {
        return Objects.requireNonNull(opts.get(name), "missing --" + name);
    }

    // ---------------------------------------------------------------------------------------------------------
    static final class Burst {
        final String run;
        final List<String> instances;
        final String realm;
        final long post;
        final int pledges;
        final int clients;
        final int killAfter;
        final String killCmd;
        final long maxNanos;
        final Path out;
        final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(3)).build();
        final Map<String, String> tokens = new ConcurrentHashMap<>();
        final AtomicInteger next = new AtomicInteger();
        final AtomicInteger acknowledged = new AtomicInteger();
        final ConcurrentLinkedQueue<String> lines = new ConcurrentLinkedQueue<>();
        // "first 201", "retry 503", "first no-answer", ...: what clients saw, per attempt
        final Map<String, AtomicInteger> seen = new ConcurrentHashMap<>();
        final Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
        final AtomicInteger replayed = new AtomicInteger();
        final AtomicLong killedAtNanos = new AtomicLong();
        volatile long started;

        Burst(Map<String, String> o) {
            run = need(o, "run");
            instances = List.of(need(o, "instances").split(","));
            realm = need(o, "realm");
            post = Long.parseLong(need(o, "post"));
            pledges = Integer.parseInt(need(o, "pledges"));
            clients = Integer.parseInt(o.getOrDefault("clients", "8"));
            killAfter = Integer.parseInt(o.getOrDefault("kill-after", "0"));
            killCmd = o.get("kill-cmd");
            maxNanos = Duration.ofSeconds(Long.parseLong(o.getOrDefault("max-seconds", "300"))).toNanos();
            out = Path.of(need(o, "out"));
        }

        int run() throws Exception {
            for (String user : List.of("lars", "emma")) {
                tokens.put(user, token(user));
            }
            started = System.nanoTime();
            List<Thread> threads = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                String user = (c / 2) % 2 == 0 ? "lars" : "emma";
                int home = c % instances.size();
                threads.add(Thread.ofPlatform().name("client-" + c).start(() -> client(user, home)));
            }
            Thread killer = null;
            if (killCmd != null && killAfter > 0) {
                killer = Thread.ofPlatform().name("killer").start(this::killWhenDue);
            }
            for (Thread t : threads) {
                t.join();
            }
            long ended = System.nanoTime();
            if (killer != null) {
                killer.interrupt();
                killer.join();
            }
            try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out))) {
                lines.forEach(w::println);
            }
            double seconds = (ended - started) / 1e9;
            int acked = outcomes.getOrDefault("acknowledged", new AtomicInteger()).get();
            int sent = lines.size();
            System.out.printf("burst %s: %d pledges sent by %d clients (lars and emma) over %d instances in %.1f s"
                    + " (%.1f acknowledged/s)%n", run, sent, clients, instances.size(), seconds, acked / seconds);
            if (killedAtNanos.get() != 0) {
                System.out.printf("  kill command ran %.1f s into the burst, after %d acknowledged pledges: %s%n",
                        (killedAtNanos.get() - started) / 1e9, killAfter, killCmd);
            }
            System.out.printf("  outcomes: %s; %d acknowledged only by a replay (Idempotent-Replayed)%n",
                    new TreeMap<>(counts(outcomes)), replayed.get());
            System.out.printf("  answers per attempt (first = a key's first request, retry = the same key again):"
                    + " %s%n", new TreeMap<>(counts(seen)));
            int firstErrors = 0;
            for (Map.Entry<String, Integer> e : counts(seen).entrySet()) {
                if (e.getKey().startsWith("first ") && !e.getKey().equals("first 201")) {
                    firstErrors += e.getValue();
                }
            }
            int outage = 0;
            for (Map.Entry<String, Integer> e : counts(seen).entrySet()) {
                if (e.getKey().endsWith(" 503") || e.getKey().endsWith(" no-answer")) {
                    outage += e.getValue();
                }
            }
            System.out.printf("RESULT burst sent=%d acknowledged=%d unknown=%d rejected=%d first_attempt_errors=%d"
                            + " conflict_answers=%d outage_answers=%d replayed=%d seconds=%.1f rate=%.1f%n", sent, acked,
                    counts(outcomes).getOrDefault("unknown", 0), counts(outcomes).getOrDefault("rejected", 0),
                    firstErrors, conflictAnswers(), outage, replayed.get(), seconds, acked / seconds);
            return counts(outcomes).getOrDefault("unknown", 0) + counts(outcomes).getOrDefault("rejected", 0) == 0
                    ? 0 : 1;
        }

        /** Answers that could only come from a write conflict reaching the client: 500, or 409 to a first try. */
        int conflictAnswers() {
            int n = 0;
            for (Map.Entry<String, Integer> e : counts(seen).entrySet()) {
                if (e.getKey().endsWith(" 500") || e.getKey().equals("first 409")) {
                    n += e.getValue();
                }
            }
            return n;
        }

        void killWhenDue() {
            try {
                while (acknowledged.get() < killAfter) {
                    if (System.nanoTime() - started > maxNanos) {
                        return;
                    }
                    Thread.sleep(5);
                }
                killedAtNanos.set(System.nanoTime());
                Process p = new ProcessBuilder("bash", "-c", killCmd).inheritIO().start();
                p.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        void client(String user, int home) {
            // Until when (System.nanoTime()) this client leaves an instance that answered 503 or nothing alone
            long[] avoidUntil = new long[instances.size()];
            while (true) {
                int seq = next.getAndIncrement();
                if (seq >= pledges || System.nanoTime() - started > maxNanos) {
                    return;
                }
                // Each pledge starts on the client's own instance, unless that one said it is unavailable (503, or
                // no answer) within its Retry-After (5 s); then on the other, and back home after that.
                int current = avoidUntil[home] - System.nanoTime() > 0 ? (home + 1) % instances.size() : home;
                String key = run + "-" + seq;
                long amount = 100 + (seq * 37L) % 4900;
                String body = "{\"projectPostId\":" + post + ",\"amountMinor\":" + amount
                        + ",\"message\":\"galera:" + key + "\"}";
                StringBuilder trail = new StringBuilder();
                String outcome = "unknown";
                long deadline = System.nanoTime() + PLEDGE_DEADLINE.toNanos();
                int attempt = 0;
                while (System.nanoTime() < deadline) {
                    attempt++;
                    String which = attempt == 1 ? "first " : "retry ";
                    String answer;
                    boolean wasReplay = false;
                    try {
                        HttpResponse<String> r = http.send(HttpRequest.newBuilder(
                                        URI.create(instances.get(current) + "/api/donations"))
                                .timeout(Duration.ofSeconds(30))
                                .header("Authorization", "Bearer " + tokens.get(user))
                                .header("Content-Type", "application/json")
                                .header("Idempotency-Key", key)
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                                HttpResponse.BodyHandlers.ofString());
                        answer = String.valueOf(r.statusCode());
                        wasReplay = r.headers().firstValue("Idempotent-Replayed").isPresent();
                    } catch (IOException e) {
                        answer = "no-answer";
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    seen.computeIfAbsent(which + answer, k -> new AtomicInteger()).incrementAndGet();
                    trail.append(trail.isEmpty() ? "" : ",").append(current + 1).append(':').append(answer);
                    if (answer.equals("201")) {
                        outcome = "acknowledged";
                        acknowledged.incrementAndGet();
                        if (wasReplay) {
                            replayed.incrementAndGet();
                        }
                        break;
                    }
                    if (answer.equals("401")) {
                        tokens.put(user, token(user));
                        continue;
                    }
                    if (answer.equals("409")) {
                        sleep(1000); // the key's first request may still hold it (a 30 s lease): wait, then again
                        continue;
                    }
                    if (answer.equals("no-answer") || answer.startsWith("5")) {
                        if (answer.equals("no-answer") || answer.equals("503")) {
                            avoidUntil[current] = System.nanoTime() + Duration.ofSeconds(5).toNanos(); // Retry-After
                        }
                        current = (current + 1) % instances.size(); // the same key again, on the other instance
                        sleep(Math.min(2000, 100L * attempt));
                        continue;
                    }
                    outcome = "rejected"; // 400, 403, 422, 429: retrying the same request cannot help
                    break;
                }
                outcomes.computeIfAbsent(outcome, k -> new AtomicInteger()).incrementAndGet();
                lines.add(key + "\t" + user + "\t" + outcome + "\t" + attempt + "\t" + trail);
            }
        }

        String token(String user) {
            String form = "client_id=kollekt-cli&grant_type=password&username=" + URLEncoder.encode(user,
                    StandardCharsets.UTF_8) + "&password=demo";
            for (int attempt = 1; ; attempt++) {
                try {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(
                                    URI.create(realm + "/protocol/openid-connect/token"))
                            .timeout(Duration.ofSeconds(20))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
                    Matcher m = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
                    if (r.statusCode() == 200 && m.find()) {
                        return m.group(1);
                    }
                    if (attempt >= 5) {
                        throw new IllegalStateException("no token for " + user + ": " + r.statusCode() + " " + r.body());
                    }
                } catch (IOException e) {
                    if (attempt >= 5) {
                        throw new IllegalStateException("no token for " + user, e);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
                sleep(1000);
            }
        }
    }

    static Map<String, Integer> counts(Map<String, AtomicInteger> m) {
        Map<String, Integer> c = new HashMap<>();
        m.forEach((k, v) -> c.put(k, v.get()));
        return c;
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    static final class Verify {
        final List<Path> keyFiles = new ArrayList<>();
        final List<String> nodes;
        final String user;
        final String password;
        final long post;
        final List<String> violations = new ArrayList<>();

        Verify(Map<String, String> o) {
            for (String f : need(o, "keys").split(",")) {
                keyFiles.add(Path.of(f));
            }
            nodes = List.of(need(o, "nodes").split(","));
            user = need(o, "user");
            password = need(o, "password");
            post = Long.parseLong(need(o, "post"));
        }

        int run() throws Exception {
            Set<String> sent = new TreeSet<>();
            Set<String> acked = new TreeSet<>();
            for (Path f : keyFiles) {
                for (String line : Files.readAllLines(f)) {
                    String[] p = line.split("\t");
                    sent.add(p[0]);
                    if (p[2].equals("acknowledged")) {
                        acked.add(p[0]);
                    }
                }
            }
            Map<String, Map<String, String>> fingerprints = new LinkedHashMap<>();
            for (String node : nodes) {
                fingerprints.put(node, check(node, sent, acked));
            }
            Map<String, String> first = fingerprints.values().iterator().next();
            for (Map.Entry<String, Map<String, String>> e : fingerprints.entrySet()) {
                for (Map.Entry<String, String> f : first.entrySet()) {
                    String other = e.getValue().get(f.getKey());
                    if (!f.getValue().equals(other)) {
                        violations.add("nodes disagree on " + f.getKey() + ": " + nodes.get(0) + " has " + f.getValue()
                                + ", " + e.getKey() + " has " + other);
                    }
                }
            }
            System.out.printf("verify on %d node(s) %s: %d keys sent, %d acknowledged%n", nodes.size(),
                    nodes.stream().map(n -> n.replaceAll(".*:(\\d+)/.*", "$1")).toList(), sent.size(), acked.size());
            first.forEach((k, v) -> System.out.printf("  %-34s %s%n", k, v));
            System.out.printf("  all nodes agree on the above: %s%n", violations.stream().noneMatch(v -> v.startsWith("nodes disagree")));
            violations.forEach(v -> System.out.println("  VIOLATION " + v));
            System.out.printf("RESULT verify nodes=%d sent=%d acknowledged=%d present=%s duplicates=%s violations=%d%n",
                    nodes.size(), sent.size(), acked.size(), first.get("pledges present (sent keys)"),
                    first.get("keys stored twice or more"), violations.size());
            return violations.isEmpty() ? 0 : 1;
        }

        Map<String, String> check(String url, Set<String> sent, Set<String> acked) throws Exception {
            String port = url.replaceAll(".*:(\\d+)/.*", "$1");
            Map<String, String> fp = new LinkedHashMap<>();
            try (Connection db = DriverManager.getConnection(url, user, password)) {
                try (Statement s = db.createStatement()) {
                    s.execute("SET SESSION wsrep_sync_wait = 1"); // read what the cluster committed before this read
                }
                Map<String, Integer> stored = new HashMap<>();
                try (PreparedStatement s = db.prepareStatement(
                        "SELECT message FROM contribution WHERE message LIKE 'galera:%'");
                     ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        stored.merge(rs.getString(1).substring("galera:".length()), 1, Integer::sum);
                    }
                }
                int missing = 0;
                for (String key : acked) {
                    if (stored.getOrDefault(key, 0) != 1) {
                        missing++;
                        if (missing <= 5) {
                            violations.add(port + ": acknowledged pledge " + key + " stored " + stored.getOrDefault(key, 0) + " times");
                        }
                    }
                }
                long twice = stored.values().stream().filter(n -> n > 1).count();
                long foreign = stored.keySet().stream().filter(k -> !sent.contains(k)).count();
                long presentSent = stored.keySet().stream().filter(sent::contains).count();
                if (missing > 0) {
                    violations.add(port + ": " + missing + " acknowledged pledges not stored exactly once");
                }
                if (twice > 0) {
                    violations.add(port + ": " + twice + " keys stored twice or more");
                }
                if (foreign > 0) {
                    violations.add(port + ": " + foreign + " stored pledges with keys this run did not send");
                }
                fp.put("pledges present (sent keys)", String.valueOf(presentSent));
                fp.put("acknowledged and present once", (acked.size() - missing) + " of " + acked.size());
                fp.put("present, not acknowledged", String.valueOf(stored.keySet().stream()
                        .filter(k -> sent.contains(k) && !acked.contains(k)).count()));
                fp.put("keys stored twice or more", String.valueOf(twice));

                Set<String> done = new TreeSet<>();
                try (PreparedStatement s = db.prepareStatement("SELECT idem_key FROM idempotency_record WHERE state = 'DONE'");
                     ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        if (sent.contains(rs.getString(1))) {
                            done.add(rs.getString(1));
                        }
                    }
                }
                Set<String> storedSent = new TreeSet<>(stored.keySet());
                storedSent.retainAll(sent);
                if (!done.equals(storedSent)) {
                    violations.add(port + ": idempotency records (DONE) " + done.size() + " != stored pledges " + storedSent.size());
                }
                fp.put("idempotency records DONE", String.valueOf(done.size()));

                totals(db, port, fp);

                try (Statement s = db.createStatement();
                     ResultSet rs = s.executeQuery("SELECT COUNT(*), COALESCE(SUM(reporting_amount_minor), 0),"
                             + " COALESCE(MAX(id), 0) FROM contribution")) {
                    rs.next();
                    fp.put("contribution rows, sum, max id", rs.getLong(1) + ", " + rs.getLong(2) + ", " + rs.getLong(3));
                }
                try (Statement s = db.createStatement();
                     ResultSet rs = s.executeQuery("CHECKSUM TABLE contribution, ledger_day_total, ledger_month_total,"
                             + " ledger_post_day_total, ledger_post_month_total, ledger_participant, idempotency_record")) {
                    StringBuilder sums = new StringBuilder();
                    while (rs.next()) {
                        sums.append(sums.isEmpty() ? "" : " ").append(rs.getString(1).replaceFirst("^[^.]*\\.", ""))
                                .append('=').append(rs.getLong(2));
                    }
                    fp.put("CHECKSUM TABLE", sums.toString());
                }
            }
            return fp;
        }

        /**
         * Today's running totals (what boards and the NGO's page read) equal the sums of the contributions they
         * stand for: per department that pledged in the burst, for the post, and the month totals likewise.
         */
        void totals(Connection db, String port, Map<String, String> fp) throws Exception {
            LocalDate today = LocalDate.now(LEDGER_ZONE);
            LocalDateTime dayFrom = utc(today), dayTo = utc(today.plusDays(1));
            LocalDateTime monthFrom = utc(today.withDayOfMonth(1)), monthTo = utc(today.withDayOfMonth(1).plusMonths(1));
            List<Long> departments = new ArrayList<>();
            try (PreparedStatement s = db.prepareStatement("SELECT DISTINCT department_id FROM contribution"
                    + " WHERE message LIKE 'galera:%' ORDER BY 1"); ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    departments.add(rs.getLong(1));
                }
            }
            String sum = "SELECT COALESCE(SUM(reporting_amount_minor), 0), COUNT(*) FROM contribution"
                    + " WHERE source = 'DONATION' AND status <> 'CANCELLED' AND created_at >= ? AND created_at < ? AND ";
            StringBuilder summary = new StringBuilder();
            for (long d : departments) {
                long[] day = row(db, "SELECT COALESCE(SUM(pledged_minor), 0), COALESCE(SUM(contributions), 0)"
                        + " FROM ledger_day_total WHERE source = 'DONATION' AND day = ? AND department_id = ?", today, d);
                long[] dayTruth = row(db, sum + "department_id = ?", dayFrom, dayTo, d);
                long[] month = row(db, "SELECT COALESCE(SUM(pledged_minor), 0), COALESCE(SUM(contributions), 0)"
                        + " FROM ledger_month_total WHERE source = 'DONATION' AND month = ? AND department_id = ?",
                        today.withDayOfMonth(1), d);
                long[] monthTruth = row(db, sum + "department_id = ?", monthFrom, monthTo, d);
                long[] participants = row(db, "SELECT COALESCE(SUM(contributions), 0), 0 FROM ledger_participant"
                        + " WHERE day = ? AND department_id = ?", today, d);
                long[] participantsTruth = row(db, "SELECT COUNT(*), 0 FROM contribution WHERE status <> 'CANCELLED'"
                        + " AND giver_employee_id IS NOT NULL AND created_at >= ? AND created_at < ? AND department_id = ?",
                        dayFrom, dayTo, d);
                compare(port, "department " + d + " day total", day, dayTruth);
                compare(port, "department " + d + " month total", month, monthTruth);
                compare(port, "department " + d + " participant count", participants, participantsTruth);
                summary.append(summary.isEmpty() ? "" : "; ").append("department ").append(d).append(": ")
                        .append(day[0]).append(" øre in ").append(day[1]).append(" pledges");
            }
            long[] postDay = row(db, "SELECT COALESCE(SUM(pledged_minor), 0), COALESCE(SUM(contributions), 0)"
                    + " FROM ledger_post_day_total WHERE source = 'DONATION' AND day = ? AND project_post_id = ?", today, post);
            long[] postTruth = row(db, sum + "project_post_id = ?", dayFrom, dayTo, post);
            compare(port, "post " + post + " day total", postDay, postTruth);
            summary.append("; post ").append(post).append(": ").append(postDay[0]).append(" øre in ").append(postDay[1])
                    .append(" pledges");
            fp.put("today's running totals", summary.toString());
        }

        void compare(String port, String what, long[] total, long[] truth) {
            if (total[0] != truth[0] || total[1] != truth[1]) {
                violations.add(port + ": " + what + " " + total[0] + " øre/" + total[1] + " contributions, but the"
                        + " contributions sum to " + truth[0] + "/" + truth[1]);
            }
        }

        /** The UTC wall-clock time a local day begins (created_at is UTC DATETIME). */
        static LocalDateTime utc(LocalDate day) {
            return day.atStartOfDay(LEDGER_ZONE).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
        }

        static long[] row(Connection db, String sql, Object... params) throws Exception {
            try (PreparedStatement s = db.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    Object p = params[i];
                    if (p instanceof LocalDate d) {
                        s.setObject(i + 1, java.sql.Date.valueOf(d));
                    } else {
                        s.setObject(i + 1, p);
                    }
                }
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return new long[] {rs.getLong(1), rs.getLong(2)};
                }
            }
        }
    }
}
