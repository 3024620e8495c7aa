package dk.kollekt.bench;

import io.gatling.javaapi.http.HttpRequestActionBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

import io.gatling.javaapi.core.Session;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Scenario 3: board reads (GET /api/boards, several boards) against the floor for reads, a trivial authenticated
 * endpoint on the same server (GET /api/countries), one target after the other, each with BENCH_CLIENTS clients
 * reading in a loop (closed model) for BENCH_WARMUP seconds of warm-up then BENCH_DURATION measured seconds, as
 * BENCH_READER (emma: an employee, so the board marks her own department), after 2 x BENCH_WARMUP seconds of all
 * targets in turn. Boards computed in the last 250 ms to 2 s are served from the app's cache, as in production;
 * "department-custom-uncached" asks for a different span of days on every request, so each one is computed from the
 * running totals.
 */
public class BoardReadsSimulation extends Simulation {

    static final int CLIENTS = Bench.intEnv("BENCH_CLIENTS", 8);
    static final int WARMUP = Bench.intEnv("BENCH_WARMUP", 5);
    static final int SECONDS = Bench.intEnv("BENCH_DURATION", 20);
    static final String READER = Bench.env("BENCH_READER", "emma");

    /** The reader's location, for a board of one location's departments; found in before(). */
    private static volatile long location;

    static Map<String, Function<Session, String>> targets() {
        Map<String, Function<Session, String>> targets = new LinkedHashMap<>();
        targets.put("trivial /api/countries", s -> "/api/countries");
        board(targets, "department-month", "level=DEPARTMENT");
        board(targets, "department-year", "level=DEPARTMENT&period=YEAR");
        board(targets, "department-all", "level=DEPARTMENT&period=ALL");
        board(targets, "department-year-per-employee", "level=DEPARTMENT&period=YEAR&ranking=PER_EMPLOYEE");
        board(targets, "department-year-participation", "level=DEPARTMENT&period=YEAR&metric=PARTICIPATION");
        board(targets, "department-year-volunteer-hours", "level=DEPARTMENT&period=YEAR&metric=VOLUNTEER_HOURS");
        board(targets, "department-all-shirts", "level=DEPARTMENT&period=ALL&metric=SHIRTS_PRINTED");
        targets.put("board location-departments-collected", s -> "/api/boards?level=DEPARTMENT&period=YEAR"
                + "&metric=MONEY_COLLECTED&locationId=" + location);
        board(targets, "location-all", "level=LOCATION&period=ALL");
        board(targets, "country-year", "level=COUNTRY&period=YEAR");
        board(targets, "person-year", "level=PERSON&period=YEAR");
        targets.put("board department-custom-uncached", s -> {
            LocalDate today = LocalDate.now();
            LocalDate from = today.minusDays(ThreadLocalRandom.current().nextInt(30, 3 * 365));
            LocalDate to = from.plusDays(ThreadLocalRandom.current().nextInt(1, (int) (today.toEpochDay() - from.toEpochDay()) + 1));
            return "/api/boards?level=DEPARTMENT&period=CUSTOM&from=" + from + "&to=" + to;
        });
        return targets;
    }

    private static void board(Map<String, Function<Session, String>> targets, String name, String query) {
        targets.put("board " + name, s -> "/api/boards?" + query);
    }

    {
        // First every target in turn, so that no target pays for a cold JIT or cold caches of the API or database.
        List<Function<Session, String>> paths = new ArrayList<>(targets().values());
        List<PopulationBuilder> populations = new ArrayList<>();
        populations.add(scenario("warm-up")
                .exec(session -> session.set("i", 0))
                .exec(during(Duration.ofSeconds(2L * WARMUP)).on(exec(http("warm-up")
                        .get(session -> paths.get(session.getInt("i") % paths.size()).apply(session))
                        .header("Authorization", session -> "Bearer " + Tokens.of(READER))
                        .check(status().is(200)))
                        .exec(session -> session.set("i", session.getInt("i") + 1))))
                .injectOpen(atOnceUsers(CLIENTS)));
        targets().forEach((name, path) -> populations.add(scenario(name)
                .exec(during(Duration.ofSeconds(WARMUP)).on(exec(read("warm-up", path, READER))))
                .exec(during(Duration.ofSeconds(SECONDS)).on(Recorder.timed(name, read(name, path, READER))))
                .injectOpen(atOnceUsers(CLIENTS))));
        setUp(chainAll(populations)).protocols(Bench.protocol());
    }

    /** Each target after the one before has finished. */
    private static PopulationBuilder chainAll(List<PopulationBuilder> populations) {
        PopulationBuilder last = populations.getLast();
        for (int i = populations.size() - 2; i >= 0; i--) {
            last = populations.get(i).andThen(last);
        }
        return last;
    }

    static HttpRequestActionBuilder read(String name, Function<Session, String> path, String user) {
        return http(name).get(path)
                .header("Authorization", session -> "Bearer " + Tokens.of(user))
                .check(status().is(200));
    }

    @Override
    public void before() {
        location = Bench.get("/api/me", READER).get("location").get("id").asLong();
    }

    @Override
    public void after() {
        Recorder.write("requests.json");
    }
}
