package dk.kollekt.organisation;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;

@ApplicationScoped
public class DepartmentMembershipRepository implements PanacheRepository<DepartmentMembership> {

    /** Ends the employee's open stay and opens one in the new department, from {@code date}. */
    public void move(Employee employee, Department to, LocalDate date) {
        update("validTo = ?1 where employee = ?2 and validTo is null", date, employee);
        open(employee, to, date);
    }

    public void open(Employee employee, Department department, LocalDate date) {
        DepartmentMembership membership = new DepartmentMembership();
        membership.employee = employee;
        membership.department = department;
        membership.validFrom = date;
        persist(membership);
    }

    /** Employees per department on a day: stays that began on or before it and had not ended. */
    public java.util.Map<Long, Long> headcounts(LocalDate day) {
        java.util.Map<Long, Long> counts = new java.util.HashMap<>();
        getEntityManager().createQuery("select m.department.id, count(m) from DepartmentMembership m"
                        + " where m.validFrom <= ?1 and (m.validTo is null or m.validTo > ?1) group by m.department.id",
                Object[].class).setParameter(1, day).getResultList()
                .forEach(r -> counts.put((Long) r[0], (Long) r[1]));
        return counts;
    }

    /** The department the employee belonged to on a day, if the history covers it. */
    public java.util.Optional<Department> departmentOn(long employeeId, LocalDate day) {
        return getEntityManager().createQuery("select m.department from DepartmentMembership m"
                        + " where m.employee.id = ?1 and m.validFrom <= ?2 and (m.validTo is null or m.validTo > ?2)"
                        + " order by m.validFrom desc, m.id desc", Department.class)
                .setParameter(1, employeeId).setParameter(2, day).setMaxResults(1).getResultStream().findFirst();
    }

    public List<DepartmentMembership> historyOf(Employee employee) {
        return list("employee = ?1 order by validFrom, id", employee);
    }
}
