package dk.kollekt.bench;

import io.gatling.javaapi.core.Simulation;

import java.time.Duration;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.scenario;

/**
 * Pledges at a fixed concurrency (a closed model): BENCH_CONCURRENCY clients, each pledging again as soon as its
 * previous pledge is answered, BENCH_WARMUP seconds of warm-up then BENCH_DURATION measured seconds. The JDBC floor
 * runs the same writes at the same concurrency, so the two throughputs compare directly.
 */
public class PledgeConcurrencySimulation extends Simulation {

    static final int CONCURRENCY = Bench.intEnv("BENCH_CONCURRENCY", 8);
    static final int WARMUP = Bench.intEnv("BENCH_WARMUP", 5);
    static final int SECONDS = Bench.intEnv("BENCH_DURATION", 30);

    {
        setUp(scenario("pledges, " + CONCURRENCY + " concurrent")
                .exec(feed(Pledges.givers()))
                .exec(during(Duration.ofSeconds(WARMUP)).on(exec(Pledges.pledge("warm-up"))))
                .exec(during(Duration.ofSeconds(SECONDS)).on(Recorder.timed("pledge", Pledges.pledge("pledge"))))
                .injectOpen(atOnceUsers(CONCURRENCY)))
                .protocols(Bench.protocol());
    }

    @Override
    public void before() {
        Pledges.prepare();
    }

    @Override
    public void after() {
        Recorder.write("requests.json");
    }
}
