package dk.kollekt.organisation;

import dk.kollekt.common.Ref;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** An employee as admins see them in the directory. */
@Schema(name = "Employee", requiredProperties = {"id", "employeeNumber", "name", "email", "department", "location",
        "countryCode", "departmentSince"})
public record EmployeeView(long id, String employeeNumber, String name, String email, Ref department, Ref location,
                           String countryCode, LocalDate departmentSince) {

    static EmployeeView from(Employee e) {
        return new EmployeeView(e.id, e.employeeNumber, e.name, e.email, new Ref(e.department.id, e.department.name),
                new Ref(e.department.location.id, e.department.location.name), e.department.location.country.code,
                e.departmentSince);
    }
}
