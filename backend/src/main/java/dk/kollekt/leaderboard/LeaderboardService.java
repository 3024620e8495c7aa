package dk.kollekt.leaderboard;

import dk.kollekt.common.ApiProblem;
import dk.kollekt.common.Problem.FieldError;
import dk.kollekt.ledger.LedgerService;
import dk.kollekt.ledger.Source;
import dk.kollekt.organisation.DepartmentPlace;
import dk.kollekt.organisation.NamedPerson;
import dk.kollekt.organisation.OrganisationService;
import dk.kollekt.organisation.Placement;
import dk.kollekt.volunteering.VolunteeringService;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Ranks departments, locations, countries or the people who chose to be shown, from the ledger's running totals
 * (never from contributions). A board is computed at most once per {@link #FRESH} however many read or watch it;
 * nothing but the database decides what it shows, so every instance shows the same.
 */
@ApplicationScoped
public class LeaderboardService {

    static final Duration FRESH = Duration.ofMillis(250);
    static final Duration MAX_STALE = Duration.ofSeconds(2);
    static final Duration PREVIOUS_DAY_FRESH = Duration.ofMinutes(1);
    static final LocalDate BEGINNING = LocalDate.of(2000, 1, 1);
    private static final int CACHE_LIMIT = 500;

    @Inject
    LedgerService ledger;
    @Inject
    OrganisationService organisation;
    @Inject
    VolunteeringService volunteering;

    private final Map<BoardQuery, Computed> cache = new ConcurrentHashMap<>();
    private final Map<BoardQuery, Computed> previousDay = new ConcurrentHashMap<>();
    private final Map<BoardQuery, AtomicBoolean> refreshing = new ConcurrentHashMap<>();
    private final Map<BoardQuery, Object> computations = new ConcurrentHashMap<>();

    /**
     * The query of a board over a period up to today (MONTH, YEAR, ALL, or CUSTOM days), optionally only the
     * departments of one country or location; headcounts as of today.
     */
    public BoardQuery query(Level level, Metric metric, Ranking ranking, Period period, LocalDate from, LocalDate to,
                             String country, Long locationId) {
        LocalDate today = LocalDate.now(LedgerService.ZONE);
        Period p = period == null ? Period.MONTH : period;
        LocalDate first = switch (p) {
            case MONTH -> today.withDayOfMonth(1);
            case YEAR -> today.withDayOfYear(1);
            case ALL -> BEGINNING;
            case CUSTOM -> require(from, "from");
        };
        LocalDate last = p == Period.CUSTOM ? require(to, "to") : today;
        if (last.isAfter(today)) {
            last = today;
        }
        if (last.isBefore(first)) {
            throw ApiProblem.badRequest("The period ends before it starts.",
                    List.of(FieldError.field("to", "must not be before from")));
        }
        Set<Long> departments = country == null && locationId == null ? null
                : organisation.departmentPlaces().stream()
                .filter(d -> country == null || d.countryCode().equals(country))
                .filter(d -> locationId == null || d.locationId() == locationId)
                .map(DepartmentPlace::id).collect(Collectors.toSet());
        return new BoardQuery(level == null ? Level.DEPARTMENT : level, metric == null ? Metric.MONEY_PLEDGED : metric,
                ranking == null ? Ranking.TOTAL : ranking, first, last, departments, today);
    }

    private static LocalDate require(LocalDate day, String name) {
        if (day == null) {
            throw ApiProblem.badRequest("A CUSTOM period needs " + name + ".",
                    List.of(FieldError.field(name, "is required for a CUSTOM period")));
        }
        return day;
    }

    /** One ranked place before trimming. */
    record Entry(String id, String name, String context, long total, long headcount, long value, int rank,
                 Long gapToAbove, Integer movement) {
    }

    record Computed(Instant at, List<Entry> entries) {
    }

    /** The board, its first {@code limit} places, and the caller's own place after them if it is lower. */
    public BoardView board(BoardQuery query, int limit, Placement caller) {
        Computed computed = computed(query);
        List<BoardView.BoardRow> rows = new ArrayList<>();
        for (Entry e : computed.entries()) {
            boolean mine = isMine(query.level(), e.id(), caller);
            if (rows.size() < limit || mine) {
                rows.add(new BoardView.BoardRow(e.rank(), e.id(), e.name(), e.context(), e.value(), e.total(),
                        e.headcount(), e.gapToAbove(), e.movement(), mine));
            }
        }
        return new BoardView(query.level(), query.metric(), query.ranking(), query.from(), query.to(),
                unitOf(query), query.metric().isMoney() ? ledger.reportingCurrency() : null,
                computed.at(), computed.entries().size(), rows);
    }

    /**
     * For live streams, whose ticks run on background threads: the board recomputed on the calling thread when it is
     * older than {@link #FRESH}, so a change reaches watchers on the next tick rather than one refresh later.
     */
    BoardView liveBoard(BoardQuery query, int limit) {
        if (!isFresh(cache.get(query), FRESH)) {
            synchronized (computations.computeIfAbsent(query, k -> new Object())) {
                if (!isFresh(cache.get(query), FRESH)) {
                    compute(query);
                }
            }
        }
        return board(query, limit, null);
    }

    /**
     * The board: served as computed when younger than {@link #FRESH}. Up to {@link #MAX_STALE} old, it is served as
     * it was while one background task recomputes it, so readers of a busy board never wait for a computation. A
     * board never computed, or older than that (nobody read it for a while), is computed once for all who wait.
     */
    private Computed computed(BoardQuery query) {
        Computed current = cache.get(query);
        if (isFresh(current, FRESH)) {
            return current;
        }
        if (isFresh(current, MAX_STALE)) {
            AtomicBoolean refreshing = this.refreshing.computeIfAbsent(query, k -> new AtomicBoolean());
            if (refreshing.compareAndSet(false, true)) {
                Infrastructure.getDefaultWorkerPool().execute(() -> {
                    try {
                        compute(query);
                    } catch (RuntimeException e) {
                        Log.warnf("A %s board of %s was not recomputed and is served as it was: %s", query.level(),
                                query.metric(), e.getMessage());
                    } finally {
                        refreshing.set(false);
                    }
                });
            }
            return current;
        }
        synchronized (computations.computeIfAbsent(query, k -> new Object())) {
            current = cache.get(query);
            return isFresh(current, FRESH) ? current : compute(query);
        }
    }

    private Computed compute(BoardQuery query) {
        Computed computed = QuarkusTransaction.requiringNew().call(() -> new Computed(Instant.now(), rank(query)));
        if (cache.size() > CACHE_LIMIT) {
            Instant old = Instant.now().minus(Duration.ofMinutes(1));
            cache.entrySet().removeIf(e -> e.getValue().at().isBefore(old));
            previousDay.entrySet().removeIf(e -> e.getValue().at().isBefore(old));
            refreshing.keySet().retainAll(cache.keySet());
            computations.keySet().retainAll(cache.keySet());
        }
        cache.put(query, computed);
        return computed;
    }

    private static boolean isFresh(Computed c, Duration fresh) {
        return c != null && c.at().plus(fresh).isAfter(Instant.now());
    }

    /**
     * Ranks the board, with each place's movement since the board as it stood at the end of the day before (that
     * board changes only when an earlier gift is cancelled or collected, so it is recomputed at most once a minute).
     */
    List<Entry> rank(BoardQuery query) {
        List<Entry> today = ranked(query, query.to());
        if (!query.to().isAfter(query.from())) {
            return today;
        }
        Computed before = previousDay.get(query);
        if (!isFresh(before, PREVIOUS_DAY_FRESH)) {
            before = new Computed(Instant.now(), ranked(query, query.to().minusDays(1)));
            previousDay.put(query, before);
        }
        Map<String, Integer> yesterday = new HashMap<>();
        before.entries().forEach(e -> yesterday.put(e.id(), e.rank()));
        return today.stream().map(e -> new Entry(e.id(), e.name(), e.context(), e.total(), e.headcount(), e.value(),
                e.rank(), e.gapToAbove(), yesterday.containsKey(e.id()) ? yesterday.get(e.id()) - e.rank() : null))
                .toList();
    }

    private List<Entry> ranked(BoardQuery query, LocalDate to) {
        Map<String, long[]> sums = new LinkedHashMap<>();
        Map<String, String[]> names = new HashMap<>();
        if (query.level() == Level.PERSON) {
            people(query, to, sums, names);
        } else {
            groups(query, to, sums, names);
        }
        List<Entry> entries = new ArrayList<>();
        sums.forEach((id, sum) -> entries.add(new Entry(id, names.get(id)[0], names.get(id)[1], sum[0], sum[1],
                valueOf(query, sum[0], sum[1]), 0, null, null)));
        entries.sort(Comparator.comparingLong(Entry::value).reversed().thenComparing(Entry::name));
        List<Entry> ranked = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            Entry above = i == 0 ? null : ranked.get(i - 1);
            int rank = above != null && above.value() == e.value() ? above.rank() : i + 1;
            ranked.add(new Entry(e.id(), e.name(), e.context(), e.total(), e.headcount(), e.value(), rank,
                    above == null ? null : above.value() - e.value(), null));
        }
        return ranked;
    }

    /** Departments summed by the board's level: [total, headcount] per department, location or country. */
    private void groups(BoardQuery query, LocalDate to, Map<String, long[]> sums, Map<String, String[]> names) {
        Map<Long, Long> totals = totalsByDepartment(query, to);
        Map<Long, Long> headcounts = organisation.headcounts(query.headcountDay());
        for (DepartmentPlace d : organisation.departmentPlaces()) {
            if (query.departmentIds() != null && !query.departmentIds().contains(d.id())) {
                continue;
            }
            String id = switch (query.level()) {
                case DEPARTMENT -> String.valueOf(d.id());
                case LOCATION -> String.valueOf(d.locationId());
                case COUNTRY -> d.countryCode();
                case PERSON -> throw new IllegalArgumentException("people are ranked by people()");
            };
            names.putIfAbsent(id, switch (query.level()) {
                case DEPARTMENT -> new String[]{d.name(), d.locationName()};
                case LOCATION -> new String[]{d.locationName(), d.countryCode()};
                case COUNTRY -> new String[]{d.countryCode(), null};
                case PERSON -> throw new IllegalArgumentException("people are ranked by people()");
            });
            long[] sum = sums.computeIfAbsent(id, k -> new long[2]);
            sum[0] += totals.getOrDefault(d.id(), 0L);
            sum[1] += headcounts.getOrDefault(d.id(), 0L);
        }
    }

    /**
     * Only people who chose to be shown, by what they raised under their own name (gifts made while in one of the
     * board's departments); each is one person, with their department now as context.
     */
    private void people(BoardQuery query, LocalDate to, Map<String, long[]> sums, Map<String, String[]> names) {
        List<NamedPerson> shown = organisation.shownOnBoards();
        Map<Long, long[]> raised = ledger.namedRaisedByEmployee(shown.stream().map(NamedPerson::employeeId).toList(),
                query.departmentIds(), query.from(), to);
        int column = query.metric() == Metric.MONEY_PLEDGED ? 0 : 1;
        for (NamedPerson p : shown) {
            long[] amounts = raised.get(p.employeeId());
            boolean inScope = query.departmentIds() == null || query.departmentIds().contains(p.departmentId());
            if (amounts == null && !inScope) {
                continue;
            }
            String id = String.valueOf(p.employeeId());
            names.put(id, new String[]{p.name(), p.departmentName()});
            sums.put(id, new long[]{amounts == null ? 0 : amounts[column], 1});
        }
    }

    private Map<Long, Long> totalsByDepartment(BoardQuery query, LocalDate to) {
        if (query.metric() == Metric.PARTICIPATION) {
            return ledger.participantsByDepartment(query.from(), to);
        }
        if (query.metric() == Metric.VOLUNTEER_HOURS) {
            return volunteering.approvedMinutesByDepartment(query.from(), to);
        }
        Set<Source> sources = query.metric() == Metric.SHIRTS_PRINTED ? EnumSet.of(Source.SHIRT_PRINT) : Source.RAISED;
        int column = switch (query.metric()) {
            case MONEY_PLEDGED -> 0;
            case MONEY_COLLECTED -> 1;
            default -> 2;
        };
        Map<Long, Long> totals = new HashMap<>();
        ledger.moneyByDepartment(sources, query.from(), to).forEach((d, v) -> totals.put(d, v[column]));
        return totals;
    }

    /**
     * The ranked value: the total, or per employee rounded half up (money and minutes as they are; counts per
     * employee in basis points: a share of employees taking part, or shirts per employee ×10,000).
     */
    static long valueOf(BoardQuery query, long total, long headcount) {
        if (query.ranking() == Ranking.TOTAL) {
            return total;
        }
        if (headcount == 0) {
            return 0;
        }
        long scaled = query.metric().isMoney() || query.metric() == Metric.VOLUNTEER_HOURS ? total : total * 10_000;
        return (scaled * 2 + headcount) / (headcount * 2);
    }

    private static BoardView.ValueUnit unitOf(BoardQuery query) {
        if (query.metric().isMoney()) {
            return BoardView.ValueUnit.MINOR;
        }
        if (query.metric() == Metric.VOLUNTEER_HOURS) {
            return BoardView.ValueUnit.MINUTES;
        }
        return query.ranking() == Ranking.TOTAL ? BoardView.ValueUnit.COUNT : BoardView.ValueUnit.BASIS_POINTS;
    }

    private static boolean isMine(Level level, String id, Placement caller) {
        if (caller == null) {
            return false;
        }
        return switch (level) {
            case DEPARTMENT -> id.equals(String.valueOf(caller.department().id()));
            case LOCATION -> id.equals(String.valueOf(caller.location().id()));
            case COUNTRY -> id.equals(caller.country().code());
            case PERSON -> id.equals(String.valueOf(caller.employeeId()));
        };
    }
}
