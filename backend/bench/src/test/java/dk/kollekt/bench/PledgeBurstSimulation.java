package dk.kollekt.bench;

import io.gatling.javaapi.core.Simulation;

import java.time.Duration;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.scenario;

/**
 * Scenario 1, one step of the pledge burst: pledges arriving at a fixed rate (BENCH_RATE per second, an open model:
 * arrivals do not wait for answers) for BENCH_DURATION seconds. run.sh steps the rate up until errors or p99 break.
 */
public class PledgeBurstSimulation extends Simulation {

    static final int RATE = Bench.intEnv("BENCH_RATE", 50);
    static final int SECONDS = Bench.intEnv("BENCH_DURATION", 30);

    {
        setUp(scenario("pledge burst " + RATE + "/s")
                .exec(feed(Pledges.givers()), Recorder.timed("pledge", Pledges.pledge("pledge")))
                .injectOpen(constantUsersPerSec(RATE).during(Duration.ofSeconds(SECONDS))))
                .protocols(Bench.protocol().shareConnections());
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
