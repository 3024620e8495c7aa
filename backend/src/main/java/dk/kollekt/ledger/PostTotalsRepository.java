package dk.kollekt.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Running totals per day and month, project post, source, department, location and country
 * (ledger_post_day_total, ledger_post_month_total), for every contribution including company money without a
 * department (department 0, location 0, country ''). Changed by the ledger in the transaction that changes a
 * contribution; read by the NGO's dashboard, whole months from the month table and the days at either end from the
 * day table, so a report never scans contributions.
 */
@ApplicationScoped
public class PostTotalsRepository {

    @Inject
    EntityManager em;

    void add(Contribution row, LocalDate day, long pledged, long collected, int contributions) {
        upsert("ledger_post_day_total", "day", day, row, pledged, collected, contributions);
        upsert("ledger_post_month_total", "month", day.withDayOfMonth(1), row, pledged, collected, contributions);
    }

    private void upsert(String table, String column, LocalDate bucket, Contribution row, long pledged, long collected,
                        int contributions) {
        em.createNativeQuery("INSERT INTO " + table + " (" + column + ", project_post_id, source, department_id,"
                        + " location_id, country_code, pledged_minor, collected_minor, contributions)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) ON DUPLICATE KEY UPDATE"
                        + " pledged_minor = pledged_minor + VALUES(pledged_minor),"
                        + " collected_minor = collected_minor + VALUES(collected_minor),"
                        + " contributions = contributions + VALUES(contributions)")
                .setParameter(1, bucket).setParameter(2, row.projectPostId).setParameter(3, row.source.name())
                .setParameter(4, row.departmentId == null ? 0 : row.departmentId)
                .setParameter(5, row.locationId == null ? 0 : row.locationId)
                .setParameter(6, row.countryCode == null ? "" : row.countryCode)
                .setParameter(7, pledged).setParameter(8, collected).setParameter(9, contributions)
                .executeUpdate();
    }

    /** Every cell with its sums over the period; cells of the month and day tables are summed by the caller. */
    List<PostTotal> cells(TotalsFilter filter, LocalDate from, LocalDate to) {
        List<PostTotal> out = new ArrayList<>();
        for (Range r : ranges(from, to)) {
            for (Object[] row : query("SELECT project_post_id, source, department_id, location_id, country_code,"
                    + " SUM(pledged_minor), SUM(collected_minor), SUM(contributions)", r, filter,
                    " GROUP BY project_post_id, source, department_id, location_id, country_code")) {
                long department = ((Number) row[2]).longValue();
                long location = ((Number) row[3]).longValue();
                String country = (String) row[4];
                out.add(new PostTotal(((Number) row[0]).longValue(), Source.valueOf((String) row[1]),
                        department == 0 ? null : department, location == 0 ? null : location,
                        country == null || country.isBlank() ? null : country, ((Number) row[5]).longValue(),
                        ((Number) row[6]).longValue(), ((Number) row[7]).longValue()));
            }
        }
        return out;
    }

    /**
     * Sums per day over the period; with {@code months}, whole months come as one row dated the first of the month
     * (from the month table) and only the days at either end per day.
     */
    List<DayTotal> series(TotalsFilter filter, LocalDate from, LocalDate to, boolean months) {
        List<Range> ranges = months ? ranges(from, to) : List.of(new Range("ledger_post_day_total", "day", from, to));
        List<DayTotal> out = new ArrayList<>();
        for (Range r : ranges) {
            for (Object[] row : query("SELECT " + r.column + ", SUM(pledged_minor), SUM(collected_minor),"
                    + " SUM(contributions)", r, filter, " GROUP BY " + r.column)) {
                out.add(new DayTotal(toDate(row[0]), ((Number) row[1]).longValue(), ((Number) row[2]).longValue(),
                        ((Number) row[3]).longValue()));
            }
        }
        return out;
    }

    private static LocalDate toDate(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private record Range(String table, String column, LocalDate from, LocalDate to) {
    }

    /** Whole months from the month table, the days before the first and after the last whole month from the day table. */
    private static List<Range> ranges(LocalDate from, LocalDate to) {
        LocalDate firstWhole = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        LocalDate endExclusive = to.plusDays(1).withDayOfMonth(1);
        if (!firstWhole.isBefore(endExclusive)) {
            return List.of(new Range("ledger_post_day_total", "day", from, to));
        }
        List<Range> ranges = new ArrayList<>();
        ranges.add(new Range("ledger_post_month_total", "month", firstWhole, endExclusive.minusDays(1)));
        if (from.isBefore(firstWhole)) {
            ranges.add(new Range("ledger_post_day_total", "day", from, firstWhole.minusDays(1)));
        }
        if (!endExclusive.isAfter(to)) {
            ranges.add(new Range("ledger_post_day_total", "day", endExclusive, to));
        }
        return ranges;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> query(String select, Range r, TotalsFilter f, String groupBy) {
        StringBuilder sql = new StringBuilder(select).append(" FROM ").append(r.table).append(" WHERE ")
                .append(r.column).append(" BETWEEN :from AND :to AND contributions <> 0");
        if (f.projectPostId() != null) {
            sql.append(" AND project_post_id = :post");
        }
        if (f.sources() != null && !f.sources().isEmpty()) {
            sql.append(" AND source IN (:sources)");
        }
        if (f.countryCode() != null) {
            sql.append(" AND country_code = :country");
        }
        if (f.locationId() != null) {
            sql.append(" AND location_id = :location");
        }
        if (f.departmentId() != null) {
            sql.append(" AND department_id = :department");
        }
        Query q = em.createNativeQuery(sql.append(groupBy).toString()).setParameter("from", r.from)
                .setParameter("to", r.to);
        if (f.projectPostId() != null) {
            q.setParameter("post", f.projectPostId());
        }
        if (f.sources() != null && !f.sources().isEmpty()) {
            q.setParameter("sources", f.sources().stream().map(Source::name).toList());
        }
        if (f.countryCode() != null) {
            q.setParameter("country", f.countryCode());
        }
        if (f.locationId() != null) {
            q.setParameter("location", f.locationId());
        }
        if (f.departmentId() != null) {
            q.setParameter("department", f.departmentId());
        }
        return q.getResultList();
    }
}
