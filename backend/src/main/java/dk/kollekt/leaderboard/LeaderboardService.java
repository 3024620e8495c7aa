package dk.kollekt.leaderboard;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kollekt.common.ApiProblem;
import dk.kollekt.common.Caller;
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
import java.util.Optional;
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
    private static final int VIEWER_LIMIT = 20_000;
    private static final int SCOPE_LIMIT = 1_000;

    @Inject
    LedgerService ledger;
    @Inject
    OrganisationService organisation;
    @Inject
    VolunteeringService volunteering;
    @Inject
    ObjectMapper mapper;

    private final Map<BoardQuery, Computed> cache = new ConcurrentHashMap<>();
    private final Map<BoardQuery, Computed> previousDay = new ConcurrentHashMap<>();
    private final Map<BoardQuery, AtomicBoolean> refreshing = new ConcurrentHashMap<>();
    private final Map<BoardQuery, Object> computations = new ConcurrentHashMap<>();
    private final Map<String, Viewer> viewers = new ConcurrentHashMap<>();
    private volatile Places places;
    private volatile Headcounts headcounts;

    /** How many employees each department had on {@code day}, as read at {@code at}. */
    private record Headcounts(Instant at, LocalDate day, Map<Long, Long> byDepartment) {
    }

    /** Where a signed-in caller was in the directory when last looked up (empty: outside it). */
    private record Viewer(Instant at, Optional<Placement> placement) {
    }

    /**
     * Every department with its location and country as read at {@code at}, and the departments of each country or
     * location asked for (the same set for the same scope, so equal queries find each other quickly).
     */
    private record Places(Instant at, List<DepartmentPlace> departments, Map<String, Set<Long>> scopes) {

        Set<Long> scope(String country, Long locationId) {
            String key = country + "/" + locationId;
            Set<Long> scope = scopes.get(key);
            if (scope == null) {
                scope = departments.stream()
                        .filter(d -> country == null || d.countryCode().equals(country))
                        .filter(d -> locationId == null || d.locationId() == locationId)
                        .map(DepartmentPlace::id).collect(Collectors.toUnmodifiableSet());
                if (scopes.size() < SCOPE_LIMIT) {
                    scopes.putIfAbsent(key, scope);
                }
            }
            return scope;
        }
    }

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
                : places(MAX_STALE).scope(country, locationId);
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

    /** A board as computed at {@code at}: its places in order, where each id stands, and its JSON. */
    static final class Computed {

        private final Instant at;
        private final List<Entry> entries;
        private final Map<String, Integer> places;
        private volatile BoardJson json;

        Computed(Instant at, List<Entry> entries) {
            this.at = at;
            this.entries = entries;
            this.places = new HashMap<>(entries.size() * 2);
            for (int i = 0; i < entries.size(); i++) {
                places.put(entries.get(i).id(), i);
            }
        }

        Instant at() {
            return at;
        }

        List<Entry> entries() {
            return entries;
        }

        /** The index of the caller's own place, -1 when the caller has none on this board. */
        int placeOf(Level level, Placement caller) {
            Integer place = caller == null ? null : places.get(switch (level) {
                case DEPARTMENT -> String.valueOf(caller.department().id());
                case LOCATION -> String.valueOf(caller.location().id());
                case COUNTRY -> caller.country().code();
                case PERSON -> String.valueOf(caller.employeeId());
            });
            return place == null ? -1 : place;
        }
    }

    /** The board, its first {@code limit} places, and the caller's own place after them if it is lower. */
    public BoardView board(BoardQuery query, int limit, Placement caller) {
        Computed computed = computed(query);
        int mine = computed.placeOf(query.level(), caller);
        List<BoardView.BoardRow> rows = new ArrayList<>();
        for (int i = 0; i < Math.min(limit, computed.entries().size()); i++) {
            rows.add(row(computed.entries().get(i), i == mine));
        }
        if (mine >= limit) {
            rows.add(row(computed.entries().get(mine), true));
        }
        return view(query, computed, rows);
    }

    /**
     * The same board as {@link #board} as JSON: each computation is written once and its bytes are shared by every
     * reader, so serving a board computed in the last {@link #MAX_STALE} costs no database round trip and almost no
     * serialisation.
     */
    public byte[] boardJson(BoardQuery query, int limit, Placement caller) {
        Computed computed = computed(query);
        BoardJson json = computed.json;
        if (json == null) {
            json = new BoardJson(mapper, view(query, computed, List.of()), computed.entries().size(),
                    (i, mine) -> row(computed.entries().get(i), mine));
            computed.json = json;
        }
        return json.render(limit, computed.placeOf(query.level(), caller));
    }

    /**
     * Where the signed-in caller is in the directory, to mark their own place: looked up once per {@link #MAX_STALE}
     * per caller, the bound within which a board itself may be served as it was.
     */
    public Optional<Placement> viewer(Caller caller) {
        String subject = caller.subject();
        Viewer seen = viewers.get(subject);
        if (seen != null && seen.at().plus(MAX_STALE).isAfter(Instant.now())) {
            return seen.placement();
        }
        Viewer now = new Viewer(Instant.now(), caller.placement());
        if (viewers.size() >= VIEWER_LIMIT) {
            Instant old = Instant.now().minus(MAX_STALE);
            viewers.values().removeIf(v -> v.at().isBefore(old));
        }
        viewers.put(subject, now);
        return now.placement();
    }

    private static BoardView.BoardRow row(Entry e, boolean mine) {
        return new BoardView.BoardRow(e.rank(), e.id(), e.name(), e.context(), e.value(), e.total(), e.headcount(),
                e.gapToAbove(), e.movement(), mine);
    }

    private BoardView view(BoardQuery query, Computed computed, List<BoardView.BoardRow> rows) {
        return new BoardView(query.level(), query.metric(), query.ranking(), query.from(), query.to(),
                unitOf(query), query.metric().isMoney() ? ledger.reportingCurrency() : null,
                computed.at(), computed.entries().size(), rows);
    }

    /** Headcounts on a day, read again when older than {@link #FRESH}: boards computed together share them. */
    private Map<Long, Long> headcounts(LocalDate day) {
        Headcounts current = headcounts;
        if (current != null && current.day().equals(day) && current.at().plus(FRESH).isAfter(Instant.now())) {
            return current.byDepartment();
        }
        Headcounts read = new Headcounts(Instant.now(), day, organisation.headcounts(day));
        headcounts = read;
        return read.byDepartment();
    }

    /**
     * The directory's departments, read again when the copy at hand is older than {@code age}: up to
     * {@link #FRESH} for a computation, so boards computed together share one read and a board that is read keeps
     * them fresh.
     */
    private Places places(Duration age) {
        Places current = places;
        if (current != null && current.at().plus(age).isAfter(Instant.now())) {
            return current;
        }
        Places read = new Places(Instant.now(), organisation.departmentPlaces(), new ConcurrentHashMap<>());
        places = read;
        return read;
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
     * Both read the directory once; totals that add up day by day (all but participation) are read once up to the
     * day before and once for the last day, which makes both boards.
     */
    List<Entry> rank(BoardQuery query) {
        boolean moves = query.to().isAfter(query.from());
        Computed before = moves ? previousDay.get(query) : null;
        boolean beforeDue = moves && !isFresh(before, PREVIOUS_DAY_FRESH);
        LocalDate dayBefore = query.to().minusDays(1);
        List<Entry> today;
        if (query.level() == Level.PERSON) {
            today = ranked(query, people(query, query.to()));
            if (beforeDue) {
                before = new Computed(Instant.now(), ranked(query, people(query, dayBefore)));
            }
        } else {
            List<DepartmentPlace> departments = places(FRESH).departments();
            Map<Long, Long> headcounts = headcounts(query.headcountDay());
            Map<Long, Long> totals;
            Map<Long, Long> earlier = null;
            if (beforeDue && query.metric() != Metric.PARTICIPATION) {
                earlier = totalsByDepartment(query, query.from(), dayBefore);
                totals = new HashMap<>(earlier);
                totalsByDepartment(query, query.to(), query.to()).forEach((d, v) -> totals.merge(d, v, Long::sum));
            } else {
                totals = totalsByDepartment(query, query.from(), query.to());
                if (beforeDue) {
                    earlier = totalsByDepartment(query, query.from(), dayBefore);
                }
            }
            today = ranked(query, groups(query, departments, headcounts, totals));
            if (beforeDue) {
                before = new Computed(Instant.now(), ranked(query, groups(query, departments, headcounts, earlier)));
            }
        }
        if (!moves) {
            return today;
        }
        if (beforeDue) {
            previousDay.put(query, before);
        }
        Map<String, Integer> yesterday = new HashMap<>();
        before.entries().forEach(e -> yesterday.put(e.id(), e.rank()));
        return today.stream().map(e -> new Entry(e.id(), e.name(), e.context(), e.total(), e.headcount(), e.value(),
                e.rank(), e.gapToAbove(), yesterday.containsKey(e.id()) ? yesterday.get(e.id()) - e.rank() : null))
                .toList();
    }

    /** What is ranked: [total, headcount] per id, and [name, context] per id. */
    private record Sums(Map<String, long[]> sums, Map<String, String[]> names) {

        Sums() {
            this(new LinkedHashMap<>(), new HashMap<>());
        }
    }

    private List<Entry> ranked(BoardQuery query, Sums ranked) {
        Map<String, String[]> names = ranked.names();
        List<Entry> entries = new ArrayList<>();
        ranked.sums().forEach((id, sum) -> entries.add(new Entry(id, names.get(id)[0], names.get(id)[1], sum[0],
                sum[1], valueOf(query, sum[0], sum[1]), 0, null, null)));
        entries.sort(Comparator.comparingLong(Entry::value).reversed().thenComparing(Entry::name));
        List<Entry> result = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            Entry above = i == 0 ? null : result.get(i - 1);
            int rank = above != null && above.value() == e.value() ? above.rank() : i + 1;
            result.add(new Entry(e.id(), e.name(), e.context(), e.total(), e.headcount(), e.value(), rank,
                    above == null ? null : above.value() - e.value(), null));
        }
        return result;
    }

    /** Departments summed by the board's level: [total, headcount] per department, location or country. */
    private static Sums groups(BoardQuery query, List<DepartmentPlace> departments, Map<Long, Long> headcounts,
                               Map<Long, Long> totals) {
        Sums ranked = new Sums();
        Map<String, long[]> sums = ranked.sums();
        Map<String, String[]> names = ranked.names();
        for (DepartmentPlace d : departments) {
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
        return ranked;
    }

    /**
     * Only people who chose to be shown, by what they raised under their own name (gifts made while in one of the
     * board's departments); each is one person, with their department now as context.
     */
    private Sums people(BoardQuery query, LocalDate to) {
        Sums ranked = new Sums();
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
            ranked.names().put(id, new String[]{p.name(), p.departmentName()});
            ranked.sums().put(id, new long[]{amounts == null ? 0 : amounts[column], 1});
        }
        return ranked;
    }

    private Map<Long, Long> totalsByDepartment(BoardQuery query, LocalDate from, LocalDate to) {
        if (query.metric() == Metric.PARTICIPATION) {
            return ledger.participantsByDepartment(from, to);
        }
        if (query.metric() == Metric.VOLUNTEER_HOURS) {
            return volunteering.approvedMinutesByDepartment(from, to);
        }
        Set<Source> sources = query.metric() == Metric.SHIRTS_PRINTED ? EnumSet.of(Source.SHIRT_PRINT) : Source.RAISED;
        int column = switch (query.metric()) {
            case MONEY_PLEDGED -> 0;
            case MONEY_COLLECTED -> 1;
            default -> 2;
        };
        Map<Long, Long> totals = new HashMap<>();
        ledger.moneyByDepartment(sources, from, to).forEach((d, v) -> totals.put(d, v[column]));
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
}
