package dk.kollekt.leaderboard;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kollekt.common.Money;
import dk.kollekt.common.TestData;
import dk.kollekt.ledger.ContributionView;
import dk.kollekt.ledger.LedgerFixtures;
import dk.kollekt.ledger.LedgerService;
import dk.kollekt.ledger.NewContribution;
import dk.kollekt.ledger.Source;
import dk.kollekt.organisation.DepartmentPlace;
import dk.kollekt.organisation.OrganisationService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class LeaderboardServiceTest {

    /** A stretch of the past no other test writes to: months whole and cut, a leap day, both summer-time changes. */
    private static final LocalDate FIRST = LocalDate.of(2019, 12, 20);
    private static final LocalDate LAST = LocalDate.of(2020, 11, 10);

    @Inject
    LeaderboardService boards;
    @Inject
    LedgerService ledger;
    @Inject
    OrganisationService organisation;
    @Inject
    EntityManager em;
    @Inject
    ObjectMapper mapper;

    @Test
    void aBoardOverWholeMonthsAndEdgeDaysEqualsTheSumOfItsContributions() {
        record(new Random(8));
        List<LocalDate[]> spans = List.of(
                span("2020-01-17", "2020-04-09"),  // edge days, whole months, edge days
                span("2020-02-01", "2020-03-31"),  // whole months only
                span("2020-02-01", "2020-03-30"),  // whole month, then all but one day of the next
                span("2020-01-31", "2020-03-01"),  // one day either side of a whole month
                span("2020-02-10", "2020-02-20"),  // inside one month
                span("2020-02-29", "2020-02-29"),  // one day
                span("2019-12-20", "2020-11-10"),  // all of it, across a year's end and both clock changes
                span("2019-12-31", "2020-01-01"));
        for (LocalDate[] span : spans) {
            for (Metric metric : List.of(Metric.MONEY_PLEDGED, Metric.MONEY_COLLECTED, Metric.SHIRTS_PRINTED)) {
                BoardQuery query = new BoardQuery(Level.DEPARTMENT, metric, Ranking.TOTAL, span[0], span[1], null,
                        span[1]);
                Map<String, Long> expected = fromContributions(metric, span[0], span[1]);
                // The first time with the board of the day before (up to it, then the last day), then without.
                for (String time : new String[]{"first", "second"}) {
                    Map<String, Long> board = new HashMap<>();
                    QuarkusTransaction.requiringNew().run(() -> boards.rank(query).stream()
                            .filter(e -> e.total() != 0).forEach(e -> board.put(e.id(), e.total())));
                    assertThat(board).as("%s from %s to %s, %s time", metric, span[0], span[1], time)
                            .isEqualTo(expected);
                }
                if (span == spans.getFirst()) {
                    assertThat(expected).as("a span with something in it").isNotEmpty();
                }
            }
        }
    }

    @Test
    void aBoardsJsonIsWhatTheApiWouldWriteForItWhoeverReadsIt() throws Exception {
        List<BoardView.BoardRow> rows = List.of(
                new BoardView.BoardRow(1, "7", "Anæstesi \"A\" \\ ø", "Aarhus Privathospital", 900, 900, 3, null, 2,
                        false),
                new BoardView.BoardRow(2, "8", "Kirurgi", null, 500, 500, 0, 400L, null, false),
                new BoardView.BoardRow(2, "9", "Rows \"rows\":[]", "Oslo", 500, 1000, 2, 0L, -1, false),
                new BoardView.BoardRow(4, "10", "Sidst", "Malmö", 0, 0, 9, 500L, 0, false));
        for (String currency : new String[]{"DKK", null}) {
            BoardView empty = new BoardView(Level.DEPARTMENT, Metric.MONEY_PLEDGED, Ranking.TOTAL,
                    LocalDate.of(2026, 1, 1), LocalDate.of(2026, 11, 30), BoardView.ValueUnit.MINOR, currency,
                    Instant.parse("2026-11-30T12:00:00.123456Z"), rows.size(), List.of());
            BoardJson json = new BoardJson(mapper, empty, rows.size(), (i, mine) -> marked(rows.get(i), mine));
            for (int limit : new int[]{1, 2, 4, 200}) {
                for (int mine = -1; mine < rows.size(); mine++) {
                    List<BoardView.BoardRow> expected = new ArrayList<>();
                    for (int i = 0; i < rows.size(); i++) {
                        if (i < limit || i == mine) {
                            expected.add(marked(rows.get(i), i == mine));
                        }
                    }
                    BoardView board = new BoardView(empty.level(), empty.metric(), empty.ranking(), empty.from(),
                            empty.to(), empty.valueUnit(), empty.currency(), empty.computedAt(), empty.entries(),
                            expected);
                    assertThat(new String(json.render(limit, mine), StandardCharsets.UTF_8))
                            .as("limit %d, mine %d, currency %s", limit, mine, currency)
                            .isEqualTo(mapper.writeValueAsString(board));
                }
            }
        }
        BoardView empty = new BoardView(Level.COUNTRY, Metric.PARTICIPATION, Ranking.PER_EMPLOYEE, LocalDate.EPOCH,
                LocalDate.EPOCH, BoardView.ValueUnit.BASIS_POINTS, null, Instant.EPOCH, 0, List.of());
        assertThat(new BoardJson(mapper, empty, 0, (i, mine) -> null).render(20, -1))
                .isEqualTo(mapper.writeValueAsBytes(empty));
    }

    private static BoardView.BoardRow marked(BoardView.BoardRow r, boolean mine) {
        return new BoardView.BoardRow(r.rank(), r.id(), r.name(), r.context(), r.value(), r.total(), r.headcount(),
                r.gapToAbove(), r.movement(), mine);
    }

    @Test
    void theServedJsonIsTheBoardMarkedForItsReader() throws Exception {
        var emma = QuarkusTransaction.requiringNew().call(() -> organisation.placementByNumber("D0001")).orElseThrow();
        BoardQuery query = boards.query(Level.DEPARTMENT, Metric.MONEY_PLEDGED, Ranking.TOTAL, Period.ALL, null, null,
                null, null);
        for (int limit : new int[]{1, 200}) {
            for (int attempt = 0; ; attempt++) {
                byte[] served = boards.boardJson(query, limit, emma);
                BoardView board = boards.board(query, limit, emma);
                if (!mapper.readTree(served).path("computedAt").asText().equals(board.computedAt().toString())
                        && attempt < 10) {
                    continue; // recomputed between the two reads
                }
                assertThat(new String(served, StandardCharsets.UTF_8))
                        .isEqualTo(mapper.writeValueAsString(board));
                assertThat(board.rows().stream().filter(BoardView.BoardRow::mine).map(BoardView.BoardRow::id))
                        .containsExactly(String.valueOf(emma.department().id()));
                break;
            }
        }
    }

    private static LocalDate[] span(String from, String to) {
        return new LocalDate[]{LocalDate.parse(from), LocalDate.parse(to)};
    }

    /**
     * Contributions on days across the stretch, most near the ends of months and at local midnight, of money raised
     * and shirts, some collected and some cancelled, in a few departments.
     */
    private void record(Random random) {
        List<DepartmentPlace> departments = organisation.departmentPlaces().subList(0, 5);
        long post = TestData.postId("Hospitalet");
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = FIRST; !d.isAfter(LAST); d = d.plusDays(1)) {
            if (d.getDayOfMonth() <= 2 || d.getDayOfMonth() >= d.lengthOfMonth() - 1 || d.getDayOfMonth() % 9 == 0) {
                days.add(d);
            }
        }
        Source[] sources = {Source.DONATION, Source.SPONSORSHIP, Source.DEPARTMENT_COLLECTION, Source.SHIRT_PRINT};
        LocalTime[] times = {LocalTime.of(0, 5), LocalTime.of(0, 59), LocalTime.of(23, 55)};
        for (LocalDate day : days) {
            for (int i = 0; i <= times.length; i++) {
                // Every day at least one gift collected, and three more of any kind at either end of the day.
                DepartmentPlace where = departments.get(random.nextInt(departments.size()));
                Source source = i == times.length ? Source.DONATION : sources[random.nextInt(sources.length)];
                Instant at = LocalDateTime.of(day, i == times.length ? LocalTime.NOON : times[i])
                        .atZone(LedgerService.ZONE).toInstant();
                ContributionView c = LedgerFixtures.recordAt(ledger, new NewContribution(source,
                        Money.of(source == Source.SHIRT_PRINT ? 5000 : 1 + random.nextInt(90_000), "DKK"),
                        NewContribution.Giver.department(where.id(), where.locationId(), where.countryCode()), false,
                        post, "board span test", null), at);
                switch (i == times.length ? 0 : random.nextInt(3)) {
                    case 0 -> ledger.collect(c.id(), "board span test");
                    case 1 -> ledger.cancel(c.id(), "board span test");
                    default -> {
                    }
                }
            }
        }
    }

    /** What the board should show, summed from contributions by the local day they were made on. */
    @SuppressWarnings("unchecked")
    private Map<String, Long> fromContributions(Metric metric, LocalDate from, LocalDate to) {
        Set<String> sources = metric == Metric.SHIRTS_PRINTED ? Set.of("SHIRT_PRINT")
                : Set.of("DONATION", "SPONSORSHIP", "DEPARTMENT_COLLECTION");
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "SELECT department_id, DATE_FORMAT(created_at, '%Y-%m-%dT%H:%i:%s'), source, status, reporting_amount_minor FROM contribution"
                                + " WHERE department_id IS NOT NULL AND created_at BETWEEN ?1 AND ?2")
                .setParameter(1, from.minusDays(2).atStartOfDay()).setParameter(2, to.plusDays(2).atStartOfDay())
                .getResultList());
        Map<String, Long> sums = new HashMap<>();
        for (Object[] r : rows) {
            // Stored in UTC, as the ledger writes it.
            Instant at = LocalDateTime.parse((String) r[1]).toInstant(ZoneOffset.UTC);
            LocalDate day = LocalDate.ofInstant(at, LedgerService.ZONE);
            String status = (String) r[3];
            if (day.isBefore(from) || day.isAfter(to) || !sources.contains((String) r[2]) || status.equals("CANCELLED")
                    || (metric == Metric.MONEY_COLLECTED && !status.equals("COLLECTED"))) {
                continue;
            }
            long value = metric == Metric.SHIRTS_PRINTED ? 1 : ((Number) r[4]).longValue();
            sums.merge(String.valueOf(((Number) r[0]).longValue()), value, Long::sum);
        }
        sums.values().removeIf(v -> v == 0);
        return sums;
    }
}
