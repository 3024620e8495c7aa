package dk.kollekt.organisation;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class DepartmentRepository implements PanacheRepository<Department> {

    public List<Department> listWithLocation() {
        return list("select d from Department d join fetch d.location l join fetch l.country");
    }

    public List<Department> listAtLocation(long locationId) {
        return list("select distinct d from Department d join fetch d.location l join fetch l.country "
                + "left join fetch d.leads where l.id = ?1 order by d.name", locationId);
    }

    public Optional<Department> findWithLeads(long id) {
        return find("select d from Department d join fetch d.location l join fetch l.country "
                + "left join fetch d.leads where d.id = ?1", id).singleResultOptional();
    }

    public List<Department> ledBy(long employeeId) {
        return list("select d from Department d join d.leads e where e.id = ?1 order by d.name", employeeId);
    }
}
