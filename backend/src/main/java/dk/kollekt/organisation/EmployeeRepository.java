package dk.kollekt.organisation;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class EmployeeRepository implements PanacheRepository<Employee> {

    private static final String WITH_PLACE =
            "select e from Employee e join fetch e.department d join fetch d.location l join fetch l.country ";

    public Optional<Employee> findBySubject(String subject) {
        return find(WITH_PLACE + "where e.keycloakSubject = ?1", subject).firstResultOptional();
    }

    public Optional<Employee> findByEmail(String email) {
        return find(WITH_PLACE + "where e.email = ?1", email).firstResultOptional();
    }

    public Optional<Employee> findByNumber(String employeeNumber) {
        return find(WITH_PLACE + "where e.employeeNumber = ?1", employeeNumber).firstResultOptional();
    }

    public List<Employee> byIds(java.util.Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : list(WITH_PLACE + "where e.id in ?1", ids);
    }

    public List<Employee> listAll() {
        return list(WITH_PLACE);
    }

    /** Everyone who chose to appear by name on boards, with their department. */
    public List<Employee> shownOnBoards() {
        return find("from Employee e join fetch e.department where e.shownOnBoards = true").list();
    }

    /** Employees whose name, email or employee number contains the text; at most {@code limit}. */
    public List<Employee> search(String text, int limit) {
        String like = "%" + text.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return find(WITH_PLACE + "where lower(e.name) like ?1 or lower(e.email) like ?1 or lower(e.employeeNumber) like ?1 "
                + "order by e.name", like).page(0, limit).list();
    }
}
