package dk.kollekt.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.gatling.http.action.sse.SseInboundMessage;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.doIfOrElse;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.sse;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Scenario 2, live boards: BENCH_STREAMS watchers (as BENCH_WATCHER, NGO staff) each hold a board stream open
 * (GET /api/boards/stream?BENCH_BOARD_QUERY) while BENCH_PLEDGER pledges BENCH_PLEDGES times, one pledge every
 * BENCH_PLEDGE_INTERVAL_MS. The pledger's department is first pushed onto the board's visible rows (pledges of the
 * largest amount allowed, before the streams open). Each pledge raises the department's total by a known amount, so
 * the pledge-to-watcher latency of a delivery is the arrival time of the first event showing that total (Gatling's
 * receive timestamp) minus the time the pledge was sent; every watcher counts, so one pledge makes BENCH_STREAMS
 * deliveries. The instance's memory (VmRSS, VmHWM from /proc, heap after a full GC via jcmd) is read before the
 * streams open, when all are open, and after the pledges. Writes streams.json.
 */
public class BoardStreamsSimulation extends Simulation {

    static final int STREAMS = Bench.intEnv("BENCH_STREAMS", 1000);
    static final int RAMP = Bench.intEnv("BENCH_RAMP", Math.max(5, STREAMS / 200));
    static final int PLEDGES = Bench.intEnv("BENCH_PLEDGES", 20);
    static final int INTERVAL_MS = Bench.intEnv("BENCH_PLEDGE_INTERVAL_MS", 1000);
    static final long AMOUNT = 100;
    static final long BOOST = Long.parseLong(Bench.env("BENCH_BOOST_MINOR", "10000000"));
    static final String WATCHER = Bench.env("BENCH_WATCHER", "nora");
    static final String PLEDGER = Bench.env("BENCH_PLEDGER", "lars");
    static final String BOARD = Bench.env("BENCH_BOARD_QUERY", "level=DEPARTMENT&period=MONTH&limit=20");
    static final String APP_PID = Bench.env("BENCH_APP_PID", "");
    static final String JCMD = Bench.env("BENCH_JCMD", "jcmd");

    private static final AtomicInteger CONNECTED = new AtomicInteger();
    private static final AtomicInteger FAILED = new AtomicInteger();
    private static final AtomicLong MESSAGES = new AtomicLong();
    private static final AtomicLong MISSED = new AtomicLong();
    private static final AtomicLongArray SENT_AT = new AtomicLongArray(PLEDGES);
    private static final long[] TARGET = new long[PLEDGES];
    private static final ConcurrentLinkedQueue<Long> LATENCIES = new ConcurrentLinkedQueue<>();
    /** Milliseconds from opening a stream to its first board. */
    private static final ConcurrentLinkedQueue<Long> OPEN = new ConcurrentLinkedQueue<>();
    private static final Map<String, Object> MEMORY = new LinkedHashMap<>();
    private static volatile boolean done;
    private static volatile String sample;
    private static volatile String department;
    private static volatile String post;
    private static volatile long openedAllAt;
    private static volatile long startedAt;

    {
        var watchers = scenario("watchers")
                .exec(session -> session.set("t0", System.nanoTime()))
                .exec(sse("open board stream").get(session -> "/api/boards/stream?" + BOARD)
                        .header("Authorization", session -> "Bearer " + Tokens.of(WATCHER))
                        .header("Accept", "text/event-stream")
                        .await(Duration.ofSeconds(120)).on(sse.checkMessage("first board").check(regex("\"rows\""))))
                .exec(doIfOrElse(Session::isFailed)
                        .then(exec(session -> {
                            FAILED.incrementAndGet();
                            return session;
                        }))
                        .orElse(exec(session -> {
                                    OPEN.add((System.nanoTime() - session.getLong("t0")) / 1_000_000);
                                    if (CONNECTED.incrementAndGet() == STREAMS) {
                                        openedAllAt = System.currentTimeMillis();
                                    }
                                    return session.set("next", 0);
                                })
                                .exec(asLongAs(session -> !done && System.currentTimeMillis() < deadline())
                                        .on(pause(Duration.ofSeconds(1))
                                        .exec(sse.processUnmatchedMessages(BoardStreamsSimulation::deliveries))))
                                .exec(sse.processUnmatchedMessages(BoardStreamsSimulation::deliveries))
                                .exec(session -> {
                                    MISSED.addAndGet(PLEDGES - session.getInt("next"));
                                    return session;
                                })
                                .exec(sse("close board stream").close())));

        var pledger = scenario("pledger")
                .exec(asLongAs(session -> CONNECTED.get() + FAILED.get() < STREAMS
                        && System.currentTimeMillis() - startedAt < (RAMP + 180) * 1000L).on(pause(Duration.ofMillis(500))))
                .pause(Duration.ofSeconds(3))
                .exec(session -> {
                    try {
                        MEMORY.put("streamsOpen", Memory.probe(APP_PID, JCMD));
                        long base = settledTotal();
                        for (int k = 0; k < PLEDGES; k++) {
                            TARGET[k] = base + (k + 1) * AMOUNT;
                        }
                        return session;
                    } catch (RuntimeException e) {
                        done = true;
                        throw e;
                    }
                })
                .exec(repeat(PLEDGES, "k").on(
                        exec(session -> {
                            SENT_AT.set(session.getInt("k"), System.currentTimeMillis());
                            return session;
                        })
                        .exec(Recorder.timed("pledge (watched)", http("pledge (watched)").post("/api/donations")
                                .header("Authorization", session -> "Bearer " + Tokens.of(PLEDGER))
                                .header("Idempotency-Key", session -> java.util.UUID.randomUUID().toString())
                                .body(StringBody(session -> "{\"projectPostId\":" + post + ",\"amountMinor\":" + AMOUNT
                                        + ",\"message\":\"bench\"}"))
                                .check(status().is(201))))
                        .pause(Duration.ofMillis(INTERVAL_MS))))
                .exec(asLongAs(session -> LATENCIES.size() < (long) CONNECTED.get() * PLEDGES
                        && System.currentTimeMillis() - SENT_AT.get(PLEDGES - 1) < 15_000).on(pause(Duration.ofMillis(500))))
                .exec(session -> {
                    MEMORY.put("afterPledges", Memory.probe(APP_PID, JCMD));
                    done = true;
                    return session;
                });

        setUp(watchers.injectOpen(rampUsers(STREAMS).during(Duration.ofSeconds(RAMP))),
                pledger.injectOpen(atOnceUsers(1)))
                .protocols(Bench.protocol().sseUnmatchedInboundMessageBufferSize(200));
    }

    /** When watchers stop waiting even if the pledger never finished (it failed): well after it should have. */
    private static long deadline() {
        return startedAt + (RAMP + 180 + 60 + PLEDGES * (long) INTERVAL_MS / 1000 + 60) * 1000L;
    }

    /** Records, for each pledge the events show, the time from its sending to the event's arrival. */
    private static Session deliveries(List<SseInboundMessage> messages, Session session) {
        int next = session.getInt("next");
        for (SseInboundMessage message : messages) {
            if (MESSAGES.incrementAndGet() == 1) {
                sample = message.message().substring(0, Math.min(300, message.message().length()));
            }
            long total = totalOf(message.message());
            while (next < PLEDGES) {
                long sent = SENT_AT.get(next);
                if (sent == 0 || total < TARGET[next]) {
                    break;
                }
                LATENCIES.add(message.timestamp() - sent);
                next++;
            }
        }
        return session.set("next", next);
    }

    /** The department's total in an event (Gatling hands an SSE event over as JSON, its data under "data"). */
    static long totalOf(String message) {
        try {
            JsonNode node = Bench.JSON.readTree(message);
            if (node.has("data")) {
                node = node.get("data").isTextual() ? Bench.JSON.readTree(node.get("data").asText()) : node.get("data");
            }
            for (JsonNode row : node.path("rows")) {
                if (row.path("id").asText().equals(department)) {
                    return row.path("total").asLong();
                }
            }
            return -1;
        } catch (IOException e) {
            return -1;
        }
    }

    /** The pledger's department total on the board, read until two reads a board recomputation apart agree. */
    private static long settledTotal() {
        long previous = -2;
        for (int i = 0; i < 20; i++) {
            long total = boardTotal();
            if (total == previous) {
                return total;
            }
            previous = total;
            sleep(2500);
        }
        throw new IllegalStateException("The board total of department " + department + " did not settle");
    }

    private static long boardTotal() {
        for (JsonNode row : Bench.get("/api/boards?" + BOARD, PLEDGER).path("rows")) {
            if (row.path("id").asText().equals(department)) {
                return row.path("total").asLong();
            }
        }
        return -1;
    }

    private static int visibleRank() {
        for (JsonNode row : Bench.get("/api/boards?" + BOARD, PLEDGER).path("rows")) {
            if (row.path("id").asText().equals(department)) {
                return row.path("rank").asInt();
            }
        }
        return Integer.MAX_VALUE;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void before() {
        startedAt = System.currentTimeMillis();
        Tokens.of(WATCHER);
        department = Bench.get("/api/me", PLEDGER).get("department").get("id").asText();
        post = Long.toString(Bench.projectPost(PLEDGER));
        int limit = Integer.parseInt(BOARD.replaceAll(".*limit=(\\d+).*", "$1"));
        int boosts = 0;
        while (visibleRank() > limit / 2 && boosts < 100) {
            Bench.post("/api/donations", PLEDGER, "{\"projectPostId\":" + post + ",\"amountMinor\":" + BOOST
                    + ",\"message\":\"bench boost\"}", 201);
            boosts++;
            sleep(300);
        }
        MEMORY.put("boostPledges", boosts);
        sleep(3000);
        MEMORY.put("beforeStreams", Memory.probe(APP_PID, JCMD));
        startedAt = System.currentTimeMillis();
    }

    @Override
    public void after() {
        List<Long> sorted = new ArrayList<>(LATENCIES);
        sorted.sort(Long::compare);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("streams", STREAMS);
        out.put("connected", CONNECTED.get());
        out.put("failedToOpen", FAILED.get());
        out.put("openedAllSeconds", openedAllAt == 0 ? null : (openedAllAt - startedAt) / 1000.0);
        out.put("pledges", PLEDGES);
        out.put("pledgeIntervalMillis", INTERVAL_MS);
        out.put("board", BOARD);
        out.put("deliveries", sorted.size());
        out.put("missedDeliveries", MISSED.get());
        out.put("eventsReceived", MESSAGES.get());
        out.put("sampleEvent", sample);
        out.put("latencyMillis", Memory.percentiles(sorted));
        out.put("memory", MEMORY);
        out.put("openMillis", Memory.percentiles(OPEN.stream().sorted().toList()));
        Bench.write("streams.json", out);
        Recorder.write("requests.json");
    }
}
