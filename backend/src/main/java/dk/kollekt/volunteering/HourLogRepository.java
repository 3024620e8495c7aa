package dk.kollekt.volunteering;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class HourLogRepository implements PanacheRepository<HourLog> {

    public Optional<HourLog> lock(long id) {
        return find("id", id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /**
     * Locks the employee's day (creating its row if needed) until the transaction ends, so that two logs of the
     * same person and day are checked against the daily limit one after the other.
     */
    public void lockDay(long employeeId, LocalDate day) {
        getEntityManager().createNativeQuery("INSERT INTO volunteer_employee_day (employee_id, day) VALUES (?1, ?2)"
                        + " ON DUPLICATE KEY UPDATE day = VALUES(day)")
                .setParameter(1, employeeId).setParameter(2, day).executeUpdate();
    }

    /** Minutes of the employee's logs of a day that are not rejected, leaving out one log (being edited). */
    public long minutesOn(long employeeId, LocalDate day, Long exceptId) {
        Long sum = getEntityManager().createQuery("select sum(h.minutes) from HourLog h where h.employeeId = ?1"
                        + " and h.workDate = ?2 and h.status <> ?3 and h.id <> ?4", Long.class)
                .setParameter(1, employeeId).setParameter(2, day).setParameter(3, HourLog.Status.REJECTED)
                .setParameter(4, exceptId == null ? -1L : exceptId).getSingleResult();
        return sum == null ? 0 : sum;
    }

    public List<HourLog> ofEmployee(long employeeId) {
        return list("employeeId = ?1 order by workDate desc, id desc", employeeId);
    }

    /** Submitted logs of these departments or these opportunities (or all, for admins), not the viewer's own. */
    public List<HourLog> submittedFor(Collection<Long> departmentIds, Collection<Long> opportunityIds, boolean all,
                                      Long exceptEmployeeId, int limit) {
        long except = exceptEmployeeId == null ? -1 : exceptEmployeeId;
        if (all) {
            return find("status = ?1 and employeeId <> ?2 order by workDate, id", HourLog.Status.SUBMITTED, except)
                    .page(0, limit).list();
        }
        if (departmentIds.isEmpty() && opportunityIds.isEmpty()) {
            return List.of();
        }
        return find("status = ?1 and employeeId <> ?2 and (departmentId in ?3 or opportunityId in ?4)"
                        + " order by workDate, id", HourLog.Status.SUBMITTED, except,
                departmentIds.isEmpty() ? List.of(-1L) : departmentIds,
                opportunityIds.isEmpty() ? List.of(-1L) : opportunityIds).page(0, limit).list();
    }

    /** Adds approved minutes to the department's running total of the day. */
    public void addToDayTotal(long departmentId, LocalDate day, long minutes) {
        getEntityManager().createNativeQuery("INSERT INTO volunteer_day_total (department_id, day, minutes)"
                        + " VALUES (?1, ?2, ?3) ON DUPLICATE KEY UPDATE minutes = minutes + VALUES(minutes)")
                .setParameter(1, departmentId).setParameter(2, day).setParameter(3, minutes).executeUpdate();
    }

    public Map<Long, Long> approvedMinutesByDepartment(LocalDate from, LocalDate to) {
        return sums(getEntityManager().createNativeQuery("SELECT department_id, SUM(minutes) FROM volunteer_day_total"
                + " WHERE day BETWEEN ?1 AND ?2 GROUP BY department_id").setParameter(1, from).setParameter(2, to)
                .getResultList());
    }

    public Map<Long, Long> approvedMinutesByNgo(LocalDate from, LocalDate to) {
        return sums(getEntityManager().createNativeQuery("SELECT ngo_id, SUM(minutes) FROM hour_log"
                        + " WHERE status = 'APPROVED' AND work_date BETWEEN ?1 AND ?2 GROUP BY ngo_id")
                .setParameter(1, from).setParameter(2, to).getResultList());
    }

    private static Map<Long, Long> sums(List<?> rows) {
        Map<Long, Long> sums = new HashMap<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            sums.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
        }
        return sums;
    }
}
