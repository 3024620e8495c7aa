package dk.kollekt.organisation;

import dk.kollekt.common.Ref;
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

    /** The departments an employee leads, as id and name only: read for every request's placement. */
    public List<Ref> refsLedBy(long employeeId) {
        return getEntityManager().createQuery("select new dk.kollekt.common.Ref(d.id, d.name) from Department d"
                + " join d.leads e where e.id = ?1 order by d.name", Ref.class).setParameter(1, employeeId).getResultList();
    }

    public List<Department> ledBy(long employeeId) {
        return list("select d from Department d join d.leads e where e.id = ?1 order by d.name", employeeId);
    }
}
