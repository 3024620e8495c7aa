package dk.kollekt.bench;

import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.scenario;

/**
 * Scenario 4: the NGO dashboard (GET /api/reports/dashboard?from&to&granularity, as NGO staff: nora) on the largest
 * ledger, one query after the other, each read BENCH_WARMUP_REQUESTS times unmeasured then BENCH_REQUESTS times by
 * BENCH_CLIENTS clients, against the trivial endpoint read the same way. Periods end on the last full year, month or
 * week before today, so every query covers generated data.
 */
public class DashboardSimulation extends Simulation {

    static final int CLIENTS = Bench.intEnv("BENCH_CLIENTS", 1);
    static final int WARMUP = Bench.intEnv("BENCH_WARMUP_REQUESTS", 1);
    static final int REQUESTS = Bench.intEnv("BENCH_REQUESTS", 10);
    static final String READER = Bench.env("BENCH_READER", "nora");

    static Map<String, Function<Session, String>> targets() {
        LocalDate today = LocalDate.now();
        LocalDate lastYearStart = today.withDayOfYear(1).minusYears(1);
        LocalDate lastYearEnd = today.withDayOfYear(1).minusDays(1);
        LocalDate threeYearsStart = today.minusYears(3).plusMonths(1).withDayOfMonth(1);
        LocalDate lastMonthStart = today.withDayOfMonth(1).minusMonths(1);
        LocalDate lastMonthEnd = today.withDayOfMonth(1).minusDays(1);
        Map<String, Function<Session, String>> targets = new LinkedHashMap<>();
        targets.put("trivial /api/countries", s -> "/api/countries");
        dashboard(targets, "year by month", lastYearStart, lastYearEnd, "MONTH", "");
        dashboard(targets, "year by week", lastYearStart, lastYearEnd, "WEEK", "");
        dashboard(targets, "3 years by month", threeYearsStart, lastMonthEnd, "MONTH", "");
        dashboard(targets, "month by day", lastMonthStart, lastMonthEnd, "DAY", "");
        dashboard(targets, "odd span by week", lastYearStart.plusDays(75), lastMonthEnd.minusDays(9), "WEEK", "");
        dashboard(targets, "2 years by day", lastYearStart.minusYears(1), lastYearEnd, "DAY", "");
        dashboard(targets, "3 years by month, donations in DK", threeYearsStart, lastMonthEnd, "MONTH",
                "&source=DONATION&country=DK");
        return targets;
    }

    private static void dashboard(Map<String, Function<Session, String>> targets, String name, LocalDate from,
                                  LocalDate to, String granularity, String filter) {
        String path = "/api/reports/dashboard?from=" + from + "&to=" + to + "&granularity=" + granularity + filter;
        targets.put("dashboard " + name, s -> path);
    }

    {
        List<PopulationBuilder> populations = new ArrayList<>();
        targets().forEach((name, path) -> populations.add(scenario(name)
                .exec(repeat(WARMUP).on(exec(BoardReadsSimulation.read("warm-up", path, READER))))
                .exec(repeat(REQUESTS).on(Recorder.timed(name, BoardReadsSimulation.read(name, path, READER))))
                .injectOpen(atOnceUsers(CLIENTS))));
        PopulationBuilder chain = populations.getLast();
        for (int i = populations.size() - 2; i >= 0; i--) {
            chain = populations.get(i).andThen(chain);
        }
        setUp(chain).protocols(Bench.protocol());
    }

    @Override
    public void before() {
        Tokens.of(READER);
    }

    @Override
    public void after() {
        Recorder.write("requests.json");
    }
}
