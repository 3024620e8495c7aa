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

    public List<DepartmentMembership> historyOf(Employee employee) {
        return list("employee = ?1 order by validFrom, id", employee);
    }
}
