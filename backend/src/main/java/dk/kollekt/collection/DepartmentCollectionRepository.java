package dk.kollekt.collection;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class DepartmentCollectionRepository implements PanacheRepository<DepartmentCollection> {

    public List<DepartmentCollection> ofDepartment(long departmentId) {
        return list("departmentId = ?1 order by createdAt desc, id desc", departmentId);
    }

    public List<DepartmentCollection> recordedBy(long employeeId) {
        return list("recordedByEmployeeId = ?1 order by createdAt, id", employeeId);
    }

    public List<DepartmentCollection> newestFirst(int limit) {
        return find("order by createdAt desc, id desc").page(0, limit).list();
    }
}
