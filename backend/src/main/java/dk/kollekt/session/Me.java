package dk.kollekt.session;

import dk.kollekt.common.Ref;
import dk.kollekt.common.Role;
import dk.kollekt.organisation.CountryView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** The signed-in person and, when they are in the company directory, where they belong. */
@Schema(name = "Me", requiredProperties = {"subject", "name", "roles", "leads"})
public record Me(
        String subject,
        String name,
        String email,
        @Schema(description = "Kollekt roles from the token") List<Role> roles,
        @Schema(description = "Absent when the person is not in the company directory (e.g. NGO staff)") String employeeNumber,
        Ref department,
        Ref location,
        CountryView country,
        @Schema(description = "ISO 4217 currency of the person's country") String currency,
        LocalDate departmentSince,
        @Schema(description = "Departments this person leads") List<Ref> leads,
        @Schema(description = "Whether the person appears by name on leaderboards (employees only; off by default)")
        Boolean shownOnBoards) {
}
