package dk.kollekt.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Writes report.md from a results folder of run.sh: the machine, versions and settings, dataset sizes and load times,
 * every figure (median, p95, p99, throughput) of every scenario with its floor, every ratio, and each target met or
 * missed. Also answers run.sh's question after each pledge-burst step ("step FILE MAX_ERROR_PERCENT MAX_P99_MS
 * RATE": exit 0 when the step held its rate).
 *
 * Usage: Report RESULTS_FOLDER | Report step REQUESTS_JSON MAX_ERROR_PERCENT MAX_P99_MS RATE
 */
public final class Report {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** A step holds its rate when it answers at least this share of the offered arrivals per second. */
    static final double SUSTAINED_SHARE = 0.95;

    private final Path dir;
    private final Properties meta;
    private final StringBuilder md = new StringBuilder();

    private Report(Path dir) throws IOException {
        this.dir = dir;
        this.meta = properties(dir.resolve("meta.properties"));
    }

    public static void main(String[] args) throws IOException {
        if (args[0].equals("step")) {
            System.exit(step(Path.of(args[1]), Double.parseDouble(args[2]), Double.parseDouble(args[3]),
                    Double.parseDouble(args[4])) ? 0 : 1);
        }
        Path dir = Path.of(args[0]);
        Report report = new Report(dir);
        report.write();
        Files.writeString(dir.resolve("report.md"), report.md, StandardCharsets.UTF_8);
        System.out.println("Report: " + dir.resolve("report.md"));
    }

    /** Whether a pledge-burst step held its rate: few enough errors, p99 low enough, answers keeping up. */
    static boolean step(Path requests, double maxErrorPercent, double maxP99, double rate) throws IOException {
        JsonNode s = JSON.readTree(requests.toFile()).path("pledge");
        double errors = errorPercent(s);
        boolean held = !s.isMissingNode() && errors <= maxErrorPercent && s.path("p99").asDouble() <= maxP99
                && s.path("throughput").asDouble() >= SUSTAINED_SHARE * rate;
        System.out.printf(Locale.ROOT, "  %s/s offered: %.1f/s answered, %.2f%% errors, p99 %.1f ms: %s%n",
                fmt(rate), s.path("throughput").asDouble(), errors, s.path("p99").asDouble(),
                held ? "held" : "broke");
        return held;
    }

    private void write() throws IOException {
        List<String> stages = list("stages");
        String writeStage = meta.getProperty("write_stage", "");
        String dashboardStage = meta.getProperty("dashboard_stage", "");

        line("# Kollekt benchmark report");
        line();
        line("Run " + meta.getProperty("run_id") + ", started " + meta.getProperty("started") + ", finished "
                + meta.getProperty("finished") + " (" + meta.getProperty("elapsed_minutes", "?") + " minutes). Command: `"
                + meta.getProperty("command") + "`" + (meta.getProperty("preset", "").isEmpty() ? ""
                : " (preset " + meta.getProperty("preset") + ")") + ".");
        line();
        line("Every latency below is measured by the load generator per request, from sending to the last byte"
                + " (nanosecond clock; Gatling's own HTML reports beside this file round to whole milliseconds);"
                + " percentiles are nearest-rank over all answers, failed ones included. Throughput is successful"
                + " requests per second over the window the measured requests ran in (warm-up excluded).");
        line();

        section("Machine and versions");
        table(List.of("", ""),
                row("Machine", meta.getProperty("cpu") + ", " + meta.getProperty("cores") + " cores, "
                        + meta.getProperty("memory") + " RAM, " + meta.getProperty("kernel")),
                row("Load average (1/5/15 min)", "at start " + meta.getProperty("load_start") + "; at end "
                        + meta.getProperty("load_end")),
                row("Other work on the machine", meta.getProperty("other_work", "not recorded")),
                row("API", "Kollekt " + meta.getProperty("app_commit") + ", Quarkus " + meta.getProperty("quarkus")
                        + ", production jar on " + meta.getProperty("app_java") + ", " + meta.getProperty("app_options")),
                row("Database", meta.getProperty("db_version") + " (" + meta.getProperty("db_origin") + "), "
                        + meta.getProperty("db_settings")),
                row("Keycloak", meta.getProperty("keycloak")),
                row("Tokens", meta.getProperty("tokens")),
                row("Load generator", "Gatling " + meta.getProperty("gatling") + " (gatling-maven-plugin "
                        + meta.getProperty("gatling_plugin") + ", Java DSL) on the same machine; JDBC floor with "
                        + "MariaDB Connector/J " + meta.getProperty("jdbc_driver")));

        section("Data");
        line("The demo company (KOLLEKT_DEMO_DATA=true on an empty database) was created by the API in "
                + meta.getProperty("demo_company_seconds", "?") + " s. Contributions were then bulk-loaded by"
                + " `load-ledger.sh` (INSERT ... SELECT over the sequence engine, with volunteer hour logs and shirt"
                + " orders, each chunk's rows added to every running total), each dataset adding to the one before.");
        line();
        List<String> headers = new ArrayList<>(List.of(""));
        List<List<String>> rows = new ArrayList<>();
        String[][] keys = {
                {"contributions in the ledger", "contributions"}, {"employees", "employees"},
                {"locations", "locations"}, {"departments", "departments"},
                {"ledger_day_total rows", "ledger_day_total"}, {"ledger_month_total rows", "ledger_month_total"},
                {"ledger_participant rows", "ledger_participant"},
                {"ledger_post_day_total rows", "ledger_post_day_total"},
                {"ledger_post_month_total rows", "ledger_post_month_total"}, {"volunteer hour logs", "hour_log"},
                {"volunteer_day_total rows", "volunteer_day_total"}, {"shirt orders", "shirt_order"},
                {"shirts printed", "shirt_printed"}, {"contributions loaded in this step", "generated_contributions"},
                {"bulk load (s)", "load_seconds"}, {"running totals added (s)", "totals_seconds"},
                {"load rate (contributions/s)", "load_rate"},
                {"other queries running on the server when loading began", "other_db_queries"}};
        for (String[] k : keys) {
            List<String> r = new ArrayList<>(List.of(k[0]));
            rows.add(r);
        }
        for (String stage : stages) {
            headers.add(big(stage) + " generated");
            Properties p = properties(dir.resolve("data/stage-" + stage + ".properties"));
            long loaded = Long.parseLong(p.getProperty("generated_contributions", "0"));
            long seconds = Long.parseLong(p.getProperty("load_seconds", "0"));
            p.setProperty("load_rate", seconds > 0 ? fmt(loaded / (double) seconds) : "-");
            for (int i = 0; i < keys.length; i++) {
                String v = p.getProperty(keys[i][1], "-");
                rows.get(i).add(v.matches("\\d+") && !keys[i][1].endsWith("seconds") ? big(v) : v);
            }
        }
        table(headers, rows.toArray(List[]::new));

        List<String[]> verdicts = new ArrayList<>();
        // SCENARIOS of run.sh: a section only for what ran, so a partial run claims nothing it did not measure
        List<String> ran = meta.containsKey("scenarios") ? list("scenarios")
                : List.of("reads", "dashboard", "pledges", "burst", "streams");
        if (ran.contains("pledges") || ran.contains("burst")) {
            pledges(writeStage, verdicts);
        }
        if (ran.contains("streams")) {
            streams(writeStage, verdicts);
        }
        if (ran.contains("reads")) {
            boards(stages, verdicts);
        }
        if (ran.contains("dashboard")) {
            dashboard(dashboardStage);
        }

        section("Targets");
        table(List.of("target", "measured", "verdict"), verdicts.stream().map(v -> List.of(v[0], v[1], v[2]))
                .toArray(List[]::new));

        section("Files");
        line("Gatling's HTML report of every simulation is in `gatling/<name>/index.html`; the per-request figures"
                + " above come from `data/<name>/requests.json` (and `streams.json`, `floor-*.json`); logs of the API,"
                + " the loader and the load generator are in `logs/` and `data/<name>/gatling.log`.");
    }

    private void pledges(String stage, List<String[]> verdicts) throws IOException {
        section("1. Pledges (" + Pledge.kind(meta) + ") and their JDBC floor, on " + big(stage) + " generated contributions");
        line("Closed model: each client pledges again as soon as it is answered, " + meta.getProperty("pledge_seconds")
                + " s measured after " + meta.getProperty("pledge_warmup") + " s of warm-up, as the demo users "
                + meta.getProperty("givers") + " in turn. The floor is the database making every write of a pledge itself, over JDBC at the same"
                + " concurrency, one transaction each: the Idempotency-Key claim, the contribution, the five"
                + " running-total upserts, the contribution event, the audit row and the key's stored response, the"
                + " statements the API sends in that order (JdbcFloor). It has no HTTP, JSON, token or reads, and"
                + " writes for the same givers, post, amount and day: the same rows contended. Floor and API runs"
                + " alternate, the floor first. CPU per pledge is what a process spent over the whole run (warm-up"
                + " included) divided by the contributions written: the API's, MariaDB's (when it runs on this"
                + " machine), and the whole machine's, which adds the load generator (Gatling, or the floor's own"
                + " client) and anything else running. On a machine of N cores kept busy, throughput is about"
                + " N × 1,000 ÷ the machine's CPU per pledge in ms.");
        line();
        List<List<String>> rows = new ArrayList<>();
        double floorAtMost = 0;
        for (String c : list("pledge_concurrency")) {
            JsonNode floor = json("data/floor-c" + c + ".json");
            JsonNode api = json("data/pledges-c" + c + "/requests.json").path("pledge");
            double ratio = ratio(api.path("throughput"), floor.path("throughput"));
            floorAtMost = floor.path("throughput").asDouble();
            Properties floorCpu = properties(dir.resolve("data/floor-c" + c + ".cpu.properties"));
            Properties apiCpu = properties(dir.resolve("data/pledges-c" + c + "/cpu.properties"));
            rows.add(List.of(c, "JDBC floor", fmt(floor.path("throughput").asDouble()),
                    ms(floor.path("latencyMillis").path("median")), ms(floor.path("latencyMillis").path("p95")),
                    ms(floor.path("latencyMillis").path("p99")), floor.path("transactions").asText() + " / "
                            + floor.path("errors").asText(), "-", cpuPerPledge(floorCpu, "db_cpu_seconds"),
                    cpuPerPledge(floorCpu, "machine_cpu_seconds"), ""));
            rows.add(List.of(c, "API pledge", fmt(api.path("throughput").asDouble()), ms(api.path("median")),
                    ms(api.path("p95")), ms(api.path("p99")), api.path("ok").asText() + " / " + api.path("ko").asText(),
                    cpuPerPledge(apiCpu, "app_cpu_seconds"), cpuPerPledge(apiCpu, "db_cpu_seconds"),
                    cpuPerPledge(apiCpu, "machine_cpu_seconds"), ratioText(ratio)));
            verdicts.add(new String[]{"Pledge throughput ≥ 50% of the JDBC floor at " + c + " concurrent",
                    pct(ratio) + " (" + fmt(api.path("throughput").asDouble()) + " vs "
                            + fmt(floor.path("throughput").asDouble()) + "/s)", verdict(ratio >= 0.5)});
        }
        table(List.of("concurrency", "", "throughput (/s)", "median (ms)", "p95 (ms)", "p99 (ms)", "ok / errors",
                "API CPU per pledge (ms)", "MariaDB CPU per pledge (ms)", "machine CPU per pledge (ms)", "API ÷ floor"), rows.toArray(List[]::new));

        section("1b. Pledge burst: fixed arrival rate, stepped up");
        line("Open model: pledges arrive at a fixed rate whether or not earlier ones were answered, "
                + meta.getProperty("burst_seconds") + " s per step. A step holds when errors ≤ "
                + meta.getProperty("burst_max_error_percent") + "%, p99 ≤ " + meta.getProperty("burst_max_p99_ms")
                + " ms and answers keep up with arrivals (≥ " + Math.round(SUSTAINED_SHARE * 100)
                + "% of the rate); the steps stop at the first that breaks. A pledge unanswered after "
                + meta.getProperty("pledge_timeout_seconds", "10") + " s counts as an error. In flight: requests"
                + " open at once on average (arrival rate × mean latency), the concurrency the step amounted to.");
        line();
        List<List<String>> steps = new ArrayList<>();
        double best = 0;
        for (String rate : list("burst_rates_run")) {
            JsonNode s = json("data/burst-" + rate + "/requests.json").path("pledge");
            boolean held = s.path("throughput").asDouble() >= SUSTAINED_SHARE * Double.parseDouble(rate)
                    && errorPercent(s) <= Double.parseDouble(meta.getProperty("burst_max_error_percent"))
                    && s.path("p99").asDouble() <= Double.parseDouble(meta.getProperty("burst_max_p99_ms"));
            if (held) {
                best = Math.max(best, Double.parseDouble(rate));
            }
            double inFlight = (s.path("ok").asDouble() + s.path("ko").asDouble())
                    / Math.max(1e-9, s.path("windowSeconds").asDouble()) * s.path("mean").asDouble() / 1000;
            steps.add(List.of(rate, fmt(s.path("throughput").asDouble()), s.path("ok").asText(), s.path("ko").asText(),
                    String.format(Locale.ROOT, "%.2f%%", errorPercent(s)), ms(s.path("median")), ms(s.path("p95")),
                    ms(s.path("p99")), String.format(Locale.ROOT, "%.1f", inFlight), held ? "held" : "**broke**"));
        }
        table(List.of("offered (/s)", "answered (/s)", "ok", "errors", "error rate", "median (ms)", "p95 (ms)",
                "p99 (ms)", "in flight (mean)", ""), steps.toArray(List[]::new));
        List<String> concurrency = list("pledge_concurrency");
        String top = concurrency.isEmpty() ? "" : concurrency.getLast();
        line("**Highest sustained rate: " + (best > 0 ? fmt(best) + " pledges/s" : "none of the steps held") + "**"
                + (floorAtMost > 0 ? "; the JDBC floor did " + fmt(floorAtMost) + "/s at " + top
                + " concurrent (sustained rate ÷ floor: " + ratioText(best / floorAtMost) + ")." : "."));
        line();
        verdicts.add(new String[]{"Highest sustained pledge rate (no target)", best > 0 ? fmt(best) + "/s" : "none held",
                "-"});
    }

    private void boards(List<String> stages, List<String[]> verdicts) throws IOException {
        section("3. Board reads against the trivial endpoint");
        line(meta.getProperty("read_clients") + " clients reading in a loop (closed model), "
                + meta.getProperty("read_seconds") + " s measured per target after " + meta.getProperty("read_warmup")
                + " s of warm-up, one target after the other, as an employee. The floor for reads is GET"
                + " /api/countries on the same server (authenticated, one small query). Boards the API computed in the"
                + " last 250 ms–2 s come from its cache, as in production; `department-custom-uncached` asks for a"
                + " different span of days each time, so every request is computed from the running totals. A cached"
                + " board touches no database and can beat the floor, which reads its table on every request.");
        line();
        String first = stages.getFirst();
        String last = stages.getLast();
        for (String stage : stages) {
            JsonNode reads = json("data/reads-" + stage + "/requests.json");
            JsonNode trivial = reads.path("trivial /api/countries");
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of("trivial /api/countries", fmt(trivial.path("throughput").asDouble()), ms(trivial.path("median")),
                    ms(trivial.path("p95")), ms(trivial.path("p99")), trivial.path("ko").asText(), "1.00", ""));
            for (Iterator<Map.Entry<String, JsonNode>> it = reads.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!e.getKey().startsWith("board ")) {
                    continue;
                }
                JsonNode b = e.getValue();
                double ratio = ratio(b.path("throughput"), trivial.path("throughput"));
                rows.add(List.of(e.getKey().substring(6), fmt(b.path("throughput").asDouble()), ms(b.path("median")),
                        ms(b.path("p95")), ms(b.path("p99")), b.path("ko").asText(), ratioText(ratio),
                        verdict(ratio >= 0.7)));
            }
            line("**" + big(stage) + " generated contributions**");
            line();
            table(List.of("target", "throughput (/s)", "median (ms)", "p95 (ms)", "p99 (ms)", "errors",
                    "÷ trivial", "≥ 70%"), rows.toArray(List[]::new));
        }
        JsonNode small = json("data/reads-" + first + "/requests.json");
        JsonNode large = json("data/reads-" + last + "/requests.json");
        boolean fullScale = Long.parseLong(first) <= 10_000 && Long.parseLong(last) >= 10_000_000;
        int met = 0;
        int boards = 0;
        List<List<String>> growth = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = large.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getKey().startsWith("board ")) {
                continue;
            }
            JsonNode trivial = large.path("trivial /api/countries");
            boards++;
            if (ratio(e.getValue().path("throughput"), trivial.path("throughput")) >= 0.7) {
                met++;
            }
            double p99Ratio = ratio(e.getValue().path("p99"), small.path(e.getKey()).path("p99"));
            growth.add(List.of(e.getKey().substring(6), ms(small.path(e.getKey()).path("p99")),
                    ms(e.getValue().path("p99")), ratioText(p99Ratio),
                    stages.size() < 2 ? "-" : verdict(p99Ratio <= 1.5) + (fullScale ? "" : " (not at 10k/10M)")));
        }
        line("**Board p99 as the ledger grows** (" + big(first) + " → " + big(last) + " generated contributions)");
        line();
        table(List.of("board", "p99 at " + big(first) + " (ms)", "p99 at " + big(last) + " (ms)", "ratio", "≤ 1.5×"),
                growth.toArray(List[]::new));
        verdicts.add(new String[]{"Board reads ≥ 70% of the trivial endpoint's throughput (at " + big(last) + ")",
                met + " of " + boards + " boards", verdict(met == boards)});
        long growthMet = growth.stream().filter(g -> g.get(4).startsWith("**met")).count();
        verdicts.add(new String[]{"Board p99 at 10M rows ≤ 1.5× p99 at 10k rows",
                stages.size() < 2 ? "one dataset size only" : growthMet + " of " + growth.size() + " boards ("
                        + big(first) + " → " + big(last) + ")",
                stages.size() < 2 ? "not measured" : fullScale ? verdict(growthMet == growth.size())
                        : "not measured at 10k/10M (" + (growthMet == growth.size() ? "met" : "missed") + " at "
                        + big(first) + "/" + big(last) + ")"});
    }

    private void streams(String stage, List<String[]> verdicts) throws IOException {
        section("2. Live boards: open streams while pledges arrive, on " + big(stage) + " generated contributions");
        line("Watchers (NGO staff) hold `GET /api/boards/stream?" + meta.getProperty("stream_board") + "` open on a"
                + " freshly started instance (-Xmx" + meta.getProperty("app_heap") + "); once all are open, one"
                + " employee pledges " + meta.getProperty("stream_pledges") + " times, one pledge every "
                + meta.getProperty("stream_interval_ms") + " ms. Pledge-to-watcher latency: from sending a pledge to"
                + " the arrival, at each watcher, of the first event whose total includes it (every watcher counts;"
                + " a pledge to N watchers is N deliveries). The floor for a delivery is the API's own 250 ms"
                + " recomputation tick. Memory: VmRSS and VmHWM from /proc, heap used after a full GC (jcmd),"
                + " before the streams, with all open, and after the pledges.");
        line();
        List<List<String>> rows = new ArrayList<>();
        List<List<String>> memory = new ArrayList<>();
        for (String n : list("streams")) {
            JsonNode s = json("data/streams-" + n + "/streams.json");
            JsonNode lat = s.path("latencyMillis");
            JsonNode pledge = json("data/streams-" + n + "/requests.json").path("pledge (watched)");
            rows.add(List.of(n, s.path("connected").asText() + " / " + s.path("failedToOpen").asText(),
                    s.path("openMillis").path("median").asText("-") + " / " + s.path("openMillis").path("p99").asText("-"),
                    s.path("deliveries").asText() + " / " + s.path("missedDeliveries").asText(),
                    ms(lat.path("median")), ms(lat.path("p95")), ms(lat.path("p99")), ms(lat.path("max")),
                    ratioText(lat.path("median").asDouble() / 250.0), ms(pledge.path("median"))));
            for (String when : List.of("beforeStreams", "streamsOpen", "afterPledges")) {
                JsonNode m = s.path("memory").path(when);
                memory.add(List.of(n, when.replaceAll("([A-Z])", " $1").toLowerCase(Locale.ROOT),
                        mb(m.path("heapUsedAfterGcMB")), mb(m.path("heapCommittedMB")), mb(m.path("vmRssMB")),
                        mb(m.path("vmHwmMB")), m.path("threads").asText("-")));
            }
            JsonNode open = s.path("memory").path("streamsOpen");
            JsonNode before = s.path("memory").path("beforeStreams");
            double perStream = (open.path("heapUsedAfterGcMB").asDouble() - before.path("heapUsedAfterGcMB").asDouble())
                    * 1024 / Math.max(1, s.path("connected").asInt());
            memory.add(List.of(n, "heap per open stream", String.format(Locale.ROOT, "%.1f kB", perStream), "", "",
                    "", ""));
            int count = Integer.parseInt(n);
            boolean allOpen = s.path("connected").asInt() == count && s.path("failedToOpen").asInt() == 0;
            if (count == 1000) {
                verdicts.add(new String[]{"Pledge-to-watcher p99 ≤ 1 s with 1,000 streams",
                        ms(lat.path("p99")) + " ms (median " + ms(lat.path("median")) + " ms, "
                                + s.path("missedDeliveries").asText() + " missed)",
                        verdict(allOpen && s.path("missedDeliveries").asLong() == 0 && lat.path("p99").asDouble() <= 1000)});
            }
            if (count == 10_000) {
                double heap = open.path("heapUsedAfterGcMB").asDouble();
                boolean oneGig = meta.getProperty("app_heap", "").equalsIgnoreCase("1g");
                verdicts.add(new String[]{"10,000 open streams on one instance within a 1 GB heap (-Xmx1g)",
                        s.path("connected").asText() + " open, " + s.path("failedToOpen").asText() + " failed, heap "
                                + mb(open.path("heapUsedAfterGcMB")) + " MB after GC (RSS " + mb(open.path("vmRssMB"))
                                + " MB), " + s.path("missedDeliveries").asText() + " missed deliveries, p99 "
                                + ms(lat.path("p99")) + " ms",
                        oneGig ? verdict(allOpen && heap > 0 && heap < 1024) : "not measured (-Xmx" + meta.getProperty("app_heap") + ")"});
            }
        }
        if (list("streams").stream().noneMatch(n -> n.equals("1000"))) {
            verdicts.add(new String[]{"Pledge-to-watcher p99 ≤ 1 s with 1,000 streams", "streams run: "
                    + String.join(", ", list("streams")), "not measured at 1,000"});
        }
        if (list("streams").stream().noneMatch(n -> n.equals("10000"))) {
            verdicts.add(new String[]{"10,000 open streams on one instance within a 1 GB heap (-Xmx1g)",
                    "streams run: " + String.join(", ", list("streams")), "not measured at 10,000"});
        }
        table(List.of("streams", "open / failed", "open→first board ms (median / p99)", "deliveries / missed",
                "median (ms)", "p95 (ms)", "p99 (ms)", "max (ms)", "median ÷ 250 ms tick", "pledge answered, median (ms)"),
                rows.toArray(List[]::new));
        table(List.of("streams", "when", "heap used after GC (MB)", "heap committed (MB)", "VmRSS (MB)", "VmHWM (MB)",
                "threads"), memory.toArray(List[]::new));
    }

    private void dashboard(String stage) throws IOException {
        section("4. The NGO dashboard on " + big(stage) + " generated contributions");
        line(meta.getProperty("dash_clients") + " client(s), each query read " + meta.getProperty("dash_warmup")
                + " time(s) unmeasured then " + meta.getProperty("dash_requests") + " times, one query after the"
                + " other, as NGO staff; the floor is GET /api/countries read the same way on the same server. With"
                + " few requests per query, p99 is close to the slowest.");
        line();
        JsonNode d = json("data/dashboard-" + stage + "/requests.json");
        JsonNode trivial = d.path("trivial /api/countries");
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("trivial /api/countries", trivial.path("ok").asText(), fmt(trivial.path("throughput").asDouble()),
                ms(trivial.path("median")), ms(trivial.path("p95")), ms(trivial.path("p99")), "1.00", "1.00"));
        for (Iterator<Map.Entry<String, JsonNode>> it = d.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getKey().startsWith("dashboard ")) {
                continue;
            }
            JsonNode q = e.getValue();
            rows.add(List.of(e.getKey().substring(10), q.path("ok").asText() + (q.path("ko").asLong() > 0
                            ? " (" + q.path("ko").asText() + " errors)" : ""), fmt(q.path("throughput").asDouble()),
                    ms(q.path("median")), ms(q.path("p95")), ms(q.path("p99")),
                    ratioText(ratio(q.path("throughput"), trivial.path("throughput"))),
                    ratioText(ratio(q.path("median"), trivial.path("median")))));
        }
        table(List.of("query", "requests", "throughput (/s)", "median (ms)", "p95 (ms)", "p99 (ms)",
                "throughput ÷ trivial", "median × trivial"), rows.toArray(List[]::new));
    }

    private static final class Pledge {
        static String kind(Properties meta) {
            return meta.getProperty("pledge_kind", "donation").equals("sponsorship")
                    ? "POST /api/activities/{code}/pledges" : "POST /api/donations";
        }
    }

    // ---- helpers

    /**
     * CPU milliseconds of one process (or of the whole machine) per contribution written, from run.sh's cpu_end; "-"
     * when not measured.
     */
    private static String cpuPerPledge(Properties cpu, String key) {
        double seconds = Double.parseDouble(cpu.getProperty(key, "-1"));
        long written = Long.parseLong(cpu.getProperty("contributions_written", "0"));
        return seconds < 0 || written <= 0 ? "-" : String.format(Locale.ROOT, "%.2f", seconds * 1000 / written);
    }

    private JsonNode json(String file) throws IOException {
        Path p = dir.resolve(file);
        return Files.exists(p) ? JSON.readTree(p.toFile()) : JSON.createObjectNode();
    }

    private List<String> list(String key) {
        String v = meta.getProperty(key, "").strip();
        return v.isEmpty() ? List.of() : Arrays.asList(v.split("\\s+"));
    }

    private static Properties properties(Path file) throws IOException {
        Properties p = new Properties();
        if (Files.exists(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            }
        }
        return p;
    }

    private static double errorPercent(JsonNode s) {
        double all = s.path("ok").asDouble() + s.path("ko").asDouble();
        return all == 0 ? 100 : 100 * s.path("ko").asDouble() / all;
    }

    private static double ratio(JsonNode a, JsonNode b) {
        return b.asDouble() == 0 ? Double.NaN : a.asDouble() / b.asDouble();
    }

    private static String ratioText(double r) {
        return Double.isNaN(r) || Double.isInfinite(r) ? "-" : String.format(Locale.ROOT, "%.2f", r);
    }

    private static String pct(double r) {
        return Double.isNaN(r) ? "-" : String.format(Locale.ROOT, "%.1f%%", 100 * r);
    }

    private static String verdict(boolean met) {
        return met ? "**met**" : "**missed**";
    }

    private static String ms(JsonNode v) {
        if (v.isMissingNode() || v.isNull()) {
            return "-";
        }
        double d = v.asDouble();
        return String.format(Locale.ROOT, d < 10 ? "%.2f" : d < 1000 ? "%.1f" : "%.0f", d);
    }

    private static String mb(JsonNode v) {
        return v.isMissingNode() ? "-" : String.format(Locale.ROOT, "%.0f", v.asDouble());
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, d >= 100 ? "%.0f" : "%.1f", d);
    }

    private static String big(String number) {
        try {
            return String.format(Locale.ROOT, "%,d", Long.parseLong(number));
        } catch (NumberFormatException e) {
            return number;
        }
    }

    private void section(String title) {
        line("## " + title);
        line();
    }

    private void line(String text) {
        md.append(text).append('\n');
    }

    private void line() {
        md.append('\n');
    }

    private static List<String> row(String... cells) {
        return List.of(cells);
    }

    @SafeVarargs
    private void table(List<String> headers, List<String>... rows) {
        line("| " + String.join(" | ", headers) + " |");
        line("|" + " --- |".repeat(headers.size()));
        for (List<String> r : rows) {
            line("| " + String.join(" | ", r.stream().map(c -> c == null ? "" : c.replace("|", "\\|")).toList()) + " |");
        }
        line();
    }
}
