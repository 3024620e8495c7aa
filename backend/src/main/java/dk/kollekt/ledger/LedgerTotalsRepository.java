package dk.kollekt.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Running totals per department, day and month (tables ledger_day_total, ledger_month_total, ledger_participant),
 * changed by the ledger in the transaction that changes a contribution; read by boards.
 */
@ApplicationScoped
public class LedgerTotalsRepository {

    @Inject
    EntityManager em;

    /** Adds to the day's and the month's totals of a department and source. */
    void add(long departmentId, LocalDate day, Source source, long pledged, long collected, int contributions) {
        upsert("ledger_day_total", "day", departmentId, day, source, pledged, collected, contributions);
        upsert("ledger_month_total", "month", departmentId, day.withDayOfMonth(1), source, pledged, collected,
                contributions);
    }

    private void upsert(String table, String column, long departmentId, LocalDate bucket, Source source, long pledged,
                        long collected, int contributions) {
        em.createNativeQuery("INSERT INTO " + table + " (department_id, " + column + ", source, pledged_minor,"
                        + " collected_minor, contributions) VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON DUPLICATE KEY UPDATE"
                        + " pledged_minor = pledged_minor + VALUES(pledged_minor),"
                        + " collected_minor = collected_minor + VALUES(collected_minor),"
                        + " contributions = contributions + VALUES(contributions)")
                .setParameter(1, departmentId).setParameter(2, bucket).setParameter(3, source.name())
                .setParameter(4, pledged).setParameter(5, collected).setParameter(6, contributions)
                .executeUpdate();
    }

    /**
     * Counts (or uncounts, with -1) an employee's contribution toward their department taking part that day, with
     * the money it adds to what they raised under their own name (zero for anonymous gifts and company money).
     */
    void participant(long departmentId, LocalDate day, long employeeId, int delta, long namedPledged,
                     long namedCollected) {
        em.createNativeQuery("INSERT INTO ledger_participant (department_id, day, employee_id, contributions,"
                        + " named_pledged_minor, named_collected_minor) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"
                        + " ON DUPLICATE KEY UPDATE contributions = contributions + VALUES(contributions),"
                        + " named_pledged_minor = named_pledged_minor + VALUES(named_pledged_minor),"
                        + " named_collected_minor = named_collected_minor + VALUES(named_collected_minor)")
                .setParameter(1, departmentId).setParameter(2, day).setParameter(3, employeeId).setParameter(4, delta)
                .setParameter(5, namedPledged).setParameter(6, namedCollected)
                .executeUpdate();
    }

    /**
     * Pledged and collected sums and the number of contributions (not cancelled) per department for the sources,
     * from {@code from} to {@code to} inclusive: whole months from the month totals, the days at either end from
     * the day totals.
     */
    Map<Long, long[]> money(Collection<Source> sources, LocalDate from, LocalDate to) {
        Map<Long, long[]> sums = new HashMap<>();
        LocalDate firstWhole = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        LocalDate endExclusive = to.plusDays(1).withDayOfMonth(1);
        if (!firstWhole.isBefore(endExclusive)) {
            addRows(sums, sum("ledger_day_total", "day", sources, from, to));
            return sums;
        }
        addRows(sums, sum("ledger_month_total", "month", sources, firstWhole, endExclusive.minusDays(1)));
        if (from.isBefore(firstWhole)) {
            addRows(sums, sum("ledger_day_total", "day", sources, from, firstWhole.minusDays(1)));
        }
        if (!endExclusive.isAfter(to)) {
            addRows(sums, sum("ledger_day_total", "day", sources, endExclusive, to));
        }
        return sums;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> sum(String table, String column, Collection<Source> sources, LocalDate from, LocalDate to) {
        return em.createNativeQuery("SELECT department_id, SUM(pledged_minor), SUM(collected_minor), SUM(contributions) FROM " + table
                        + " WHERE " + column + " BETWEEN ?1 AND ?2 AND source IN (?3) GROUP BY department_id")
                .setParameter(1, from).setParameter(2, to)
                .setParameter(3, sources.stream().map(Source::name).toList())
                .getResultList();
    }

    private static void addRows(Map<Long, long[]> sums, List<Object[]> rows) {
        for (Object[] r : rows) {
            long[] acc = sums.computeIfAbsent(((Number) r[0]).longValue(), k -> new long[3]);
            acc[0] += ((Number) r[1]).longValue();
            acc[1] += ((Number) r[2]).longValue();
            acc[2] += ((Number) r[3]).longValue();
        }
    }

    /** Employees with a contribution that is not cancelled, per department, from {@code from} to {@code to}. */
    @SuppressWarnings("unchecked")
    Map<Long, Long> participants(LocalDate from, LocalDate to) {
        List<Object[]> rows = em.createNativeQuery("SELECT department_id, COUNT(DISTINCT employee_id) FROM"
                        + " ledger_participant WHERE day BETWEEN ?1 AND ?2 AND contributions > 0 GROUP BY department_id")
                .setParameter(1, from).setParameter(2, to).getResultList();
        Map<Long, Long> counts = new HashMap<>();
        rows.forEach(r -> counts.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue()));
        return counts;
    }

    /**
     * What each of these employees raised under their own name from {@code from} to {@code to}: [pledged,
     * collected] per employee, only in the given departments (null: all). Reads per-employee day rows.
     */
    @SuppressWarnings("unchecked")
    Map<Long, long[]> namedByEmployee(Collection<Long> employeeIds, Collection<Long> departmentIds, LocalDate from,
                                      LocalDate to) {
        Map<Long, long[]> sums = new HashMap<>();
        if (employeeIds.isEmpty() || (departmentIds != null && departmentIds.isEmpty())) {
            return sums;
        }
        var query = em.createNativeQuery("SELECT employee_id, SUM(named_pledged_minor), SUM(named_collected_minor)"
                        + " FROM ledger_participant WHERE employee_id IN (?1) AND day BETWEEN ?2 AND ?3"
                        + (departmentIds == null ? "" : " AND department_id IN (?4)") + " GROUP BY employee_id")
                .setParameter(1, employeeIds).setParameter(2, from).setParameter(3, to);
        if (departmentIds != null) {
            query.setParameter(4, departmentIds);
        }
        for (Object[] r : (List<Object[]>) query.getResultList()) {
            sums.put(((Number) r[0]).longValue(), new long[]{((Number) r[1]).longValue(), ((Number) r[2]).longValue()});
        }
        return sums;
    }
}
