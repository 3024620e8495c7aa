package dk.kollekt.reporting;

import dk.kollekt.cause.CauseService;
import dk.kollekt.common.ApiProblem;
import dk.kollekt.common.Problem.FieldError;
import dk.kollekt.ledger.DayTotal;
import dk.kollekt.ledger.LedgerService;
import dk.kollekt.ledger.PostTotal;
import dk.kollekt.ledger.Source;
import dk.kollekt.organisation.DepartmentPlace;
import dk.kollekt.organisation.OrganisationService;
import dk.kollekt.volunteering.VolunteeringService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The NGO's totals: pledged and collected apart, by project post, source, country, location, department and over
 * time, read from the ledger's running totals (never from contributions), so they agree with the boards.
 */
@ApplicationScoped
public class DashboardService {

    static final String NONE = "NONE";
    private static final int MAX_DAYS = 366 * 20;

    @Inject
    LedgerService ledger;
    @Inject
    CauseService causes;
    @Inject
    OrganisationService organisation;
    @Inject
    VolunteeringService volunteering;

    @Transactional(Transactional.TxType.SUPPORTS)
    public DashboardView dashboard(ReportFilter filter, Granularity requested) {
        validate(filter);
        Granularity granularity = requested != null ? requested : defaultGranularity(filter);
        if (granularity == Granularity.DAY && ChronoUnit.DAYS.between(filter.from(), filter.to()) > 800) {
            throw ApiProblem.badRequest("Daily points are limited to about two years; choose weeks or months.",
                    List.of(FieldError.field("granularity", "DAY covers at most 800 days")));
        }
        List<PostTotal> cells = ledger.postTotals(filter.totals(), filter.from(), filter.to());
        Names names = names();
        Acc total = new Acc();
        cells.forEach(total::add);
        long shirts = cells.stream().filter(c -> c.source() == Source.SHIRT_PRINT).mapToLong(PostTotal::contributions).sum();
        return new DashboardView(filter.from(), filter.to(), granularity, ledger.reportingCurrency(),
                total.row("ALL", null), List.copyOf(Source.RAISED),
                rows(cells, Grouping.PROJECT_POST, names), rows(cells, Grouping.SOURCE, names),
                rows(cells, Grouping.COUNTRY, names), rows(cells, Grouping.LOCATION, names),
                rows(cells, Grouping.DEPARTMENT, names), series(filter, granularity), shirts, volunteerMinutes(filter));
    }

    /** Approved volunteer minutes of the departments the filter covers (hours have no project post or source). */
    private long volunteerMinutes(ReportFilter filter) {
        Map<Long, DepartmentPlace> places = new HashMap<>();
        organisation.departmentPlaces().forEach(d -> places.put(d.id(), d));
        return volunteering.approvedMinutesByDepartment(filter.from(), filter.to()).entrySet().stream()
                .filter(e -> {
                    DepartmentPlace d = places.get(e.getKey());
                    return d != null && (filter.countryCode() == null || filter.countryCode().equals(d.countryCode()))
                            && (filter.locationId() == null || filter.locationId() == d.locationId())
                            && (filter.departmentId() == null || filter.departmentId() == d.id());
                })
                .mapToLong(Map.Entry::getValue).sum();
    }

    /** The breakdown by one of the non-time groupings, largest pledged first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReportRow> breakdown(ReportFilter filter, Grouping grouping) {
        validate(filter);
        return switch (grouping) {
            case DAY, WEEK, MONTH -> series(filter, Granularity.valueOf(grouping.name())).stream()
                    .map(p -> new ReportRow(p.start().toString(), null, p.pledgedMinor(), p.collectedMinor(),
                            p.contributions(), 0, 0)).toList();
            default -> rows(ledger.postTotals(filter.totals(), filter.from(), filter.to()), grouping, names());
        };
    }

    static void validate(ReportFilter filter) {
        if (filter.to().isBefore(filter.from())) {
            throw ApiProblem.badRequest("The period ends before it starts.",
                    List.of(FieldError.field("to", "must not be before from")));
        }
        if (ChronoUnit.DAYS.between(filter.from(), filter.to()) > MAX_DAYS) {
            throw ApiProblem.badRequest("The period is longer than twenty years.",
                    List.of(FieldError.field("from", "at most twenty years before to")));
        }
    }

    private static Granularity defaultGranularity(ReportFilter filter) {
        long days = ChronoUnit.DAYS.between(filter.from(), filter.to());
        return days <= 62 ? Granularity.DAY : days <= 366 ? Granularity.WEEK : Granularity.MONTH;
    }

    private List<SeriesPoint> series(ReportFilter filter, Granularity granularity) {
        Function<LocalDate, LocalDate> bucket = switch (granularity) {
            case DAY -> d -> d;
            case WEEK -> d -> d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> d -> d.withDayOfMonth(1);
        };
        Map<LocalDate, long[]> sums = new TreeMap<>();
        for (LocalDate d = bucket.apply(filter.from()); !d.isAfter(filter.to()); d = next(d, granularity)) {
            sums.put(d, new long[3]);
        }
        for (DayTotal t : ledger.dailyTotals(filter.totals(), filter.from(), filter.to(),
                granularity == Granularity.MONTH)) {
            long[] acc = sums.computeIfAbsent(bucket.apply(t.day()), k -> new long[3]);
            acc[0] += t.pledgedMinor();
            acc[1] += t.collectedMinor();
            acc[2] += t.contributions();
        }
        List<SeriesPoint> points = new ArrayList<>();
        sums.forEach((start, v) -> points.add(new SeriesPoint(start, v[0], v[1], v[2])));
        return points;
    }

    private static LocalDate next(LocalDate d, Granularity granularity) {
        return switch (granularity) {
            case DAY -> d.plusDays(1);
            case WEEK -> d.plusWeeks(1);
            case MONTH -> d.plusMonths(1);
        };
    }

    private static List<ReportRow> rows(List<PostTotal> cells, Grouping grouping, Names names) {
        Map<String, Acc> groups = new LinkedHashMap<>();
        for (PostTotal c : cells) {
            groups.computeIfAbsent(key(c, grouping), k -> new Acc()).add(c);
        }
        List<ReportRow> rows = new ArrayList<>();
        groups.forEach((key, acc) -> rows.add(acc.row(key, names.of(grouping, key))));
        rows.sort(Comparator.comparingLong(ReportRow::pledgedMinor).reversed().thenComparing(ReportRow::key));
        return rows;
    }

    private static String key(PostTotal c, Grouping grouping) {
        return switch (grouping) {
            case PROJECT_POST -> String.valueOf(c.projectPostId());
            case SOURCE -> c.source().name();
            case COUNTRY -> c.countryCode() == null ? NONE : c.countryCode();
            case LOCATION -> c.locationId() == null ? NONE : String.valueOf(c.locationId());
            case DEPARTMENT -> c.departmentId() == null ? NONE : String.valueOf(c.departmentId());
            default -> throw new IllegalArgumentException(grouping.name());
        };
    }

    /** Display names of project posts, countries, locations and departments. */
    record Names(Map<Long, String> posts, Map<String, String> countries, Map<Long, String> locations,
                 Map<Long, String> departments) {

        String of(Grouping grouping, String key) {
            if (NONE.equals(key)) {
                return null;
            }
            return switch (grouping) {
                case PROJECT_POST -> posts.get(Long.parseLong(key));
                case COUNTRY -> countries.get(key);
                case LOCATION -> locations.get(Long.parseLong(key));
                case DEPARTMENT -> departments.get(Long.parseLong(key));
                default -> null;
            };
        }
    }

    Names names() {
        Map<Long, String> locations = new HashMap<>();
        Map<Long, String> departments = new HashMap<>();
        for (DepartmentPlace d : organisation.departmentPlaces()) {
            locations.put(d.locationId(), d.locationName());
            departments.put(d.id(), d.name());
        }
        Map<String, String> countries = new HashMap<>();
        organisation.countries().forEach(c -> countries.put(c.code(), c.name()));
        return new Names(causes.postNames(), countries, locations, departments);
    }

    /** Sums of cells, with the raised part apart. */
    private static final class Acc {
        long pledged;
        long collected;
        long contributions;
        long raisedPledged;
        long raisedCollected;

        void add(PostTotal c) {
            pledged += c.pledgedMinor();
            collected += c.collectedMinor();
            contributions += c.contributions();
            if (Source.RAISED.contains(c.source())) {
                raisedPledged += c.pledgedMinor();
                raisedCollected += c.collectedMinor();
            }
        }

        ReportRow row(String key, String name) {
            return new ReportRow(key, name, pledged, collected, contributions, raisedPledged, raisedCollected);
        }
    }
}
