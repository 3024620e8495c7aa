package dk.kollekt.organisation;

import dk.kollekt.common.Ref;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** A person's own directory entry, as their data download shows it: all Kollekt holds in the directory about them. */
@Schema(name = "DirectoryRecord", requiredProperties = {"employeeId", "employeeNumber", "name", "email", "department",
        "location", "countryCode", "departmentSince", "shownOnBoards", "memberships", "departmentsLed"})
public record DirectoryRecord(long employeeId, String employeeNumber, String name, String email,
                              @Schema(description = "The Keycloak account linked at sign-in") String keycloakSubject,
                              Ref department, Ref location, String countryCode, LocalDate departmentSince,
                              @Schema(description = "The choice to appear by name on leaderboards") boolean shownOnBoards,
                              @Schema(description = "Every stay in a department, oldest first") List<Stay> memberships,
                              List<Ref> departmentsLed) {

    @Schema(name = "DepartmentStay", requiredProperties = {"department", "validFrom"})
    public record Stay(Ref department, LocalDate validFrom,
                       @Schema(description = "The day it ended; absent while it lasts") LocalDate validTo) {
    }

    static DirectoryRecord of(Employee e, List<DepartmentMembership> history, List<Ref> led) {
        return new DirectoryRecord(e.id, e.employeeNumber, e.name, e.email, e.keycloakSubject,
                new Ref(e.department.id, e.department.name),
                new Ref(e.department.location.id, e.department.location.name), e.department.location.country.code,
                e.departmentSince, e.shownOnBoards, history.stream().map(m -> new Stay(
                        new Ref(m.department.id, m.department.name), m.validFrom, m.validTo)).toList(), led);
    }
}
