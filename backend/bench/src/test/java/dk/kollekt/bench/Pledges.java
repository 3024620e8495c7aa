package dk.kollekt.bench;

import io.gatling.javaapi.http.HttpRequestActionBuilder;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * A pledge as the app makes it: POST /api/donations (BENCH_KIND=donation, the default) or a fixed sponsorship pledge
 * POST /api/activities/{code}/pledges (BENCH_KIND=sponsorship, on an activity of BENCH_ACTIVITY_OWNER), each with a
 * fresh Idempotency-Key and the bearer token of one of the givers (BENCH_GIVERS, taken in turn), BENCH_AMOUNT_MINOR
 * (100 kr) to the first project post. The JDBC floor writes the same rows for the same givers.
 */
final class Pledges {

    static final String KIND = Bench.env("BENCH_KIND", "donation");
    static final long AMOUNT = Long.parseLong(Bench.env("BENCH_AMOUNT_MINOR", "10000"));
    static final String OWNER = Bench.env("BENCH_ACTIVITY_OWNER", "ada");
    /** A pledge not answered within this many seconds counts as failed (and a broken burst step ends sooner). */
    static final int TIMEOUT = Bench.intEnv("BENCH_PLEDGE_TIMEOUT", 10);
    static final List<String> GIVERS = Arrays.stream(Bench.env("BENCH_GIVERS", "emma,lars,ada").split(","))
            .map(String::strip).filter(g -> !(KIND.equals("sponsorship") && g.equals(OWNER))).toList();

    private static volatile String path;
    private static volatile String body;

    private Pledges() {
    }

    /** Signs the givers in and finds (or, for sponsorships, creates) what they pledge to. Call in before(). */
    static void prepare() {
        GIVERS.forEach(Tokens::of);
        long post = Bench.projectPost(GIVERS.getFirst());
        if (KIND.equals("sponsorship")) {
            String code = Bench.post("/api/activities", OWNER, "{\"title\":\"Benchmark relay\",\"date\":\""
                    + LocalDate.now().plusDays(7) + "\",\"unit\":\"NONE\",\"projectPostId\":" + post + "}", 201)
                    .get("code").asText();
            path = "/api/activities/" + code + "/pledges";
            body = "{\"kind\":\"FIXED\",\"amountMinor\":" + AMOUNT + ",\"message\":\"bench\"}";
        } else {
            path = "/api/donations";
            body = "{\"projectPostId\":" + post + ",\"amountMinor\":" + AMOUNT + ",\"message\":\"bench\"}";
        }
    }

    /** The givers in turn, for a feeder. */
    static Iterator<Map<String, Object>> givers() {
        return Stream.iterate(0, i -> i + 1).map(i -> Map.<String, Object>of("giver", GIVERS.get(i % GIVERS.size())))
                .iterator();
    }

    static HttpRequestActionBuilder pledge(String requestName) {
        return http(requestName).post(session -> path)
                .header("Authorization", session -> "Bearer " + Tokens.of(session.getString("giver")))
                .header("Idempotency-Key", session -> UUID.randomUUID().toString())
                .body(StringBody(session -> body))
                .requestTimeout(Duration.ofSeconds(TIMEOUT))
                .check(status().is(201));
    }
}
