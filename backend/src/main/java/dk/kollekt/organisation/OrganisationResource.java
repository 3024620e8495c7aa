package dk.kollekt.organisation;

import dk.kollekt.common.CsvFiles;
import dk.kollekt.common.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.List;

/** The company directory over HTTP: countries, locations, departments, leads and the HR import. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organisation")
public class OrganisationResource {

    @Inject
    OrganisationService organisation;
    @Inject
    DirectoryImportService directoryImport;

    @GET
    @Path("/countries")
    @RolesAllowed({"employee", "lead", "ngo", "admin"})
    @Operation(operationId = "listCountries", summary = "Countries with their currencies")
    public List<CountryView> countries() {
        return organisation.countries();
    }

    @GET
    @Path("/locations")
    @RolesAllowed({"employee", "lead", "ngo", "admin"})
    @Operation(operationId = "listLocations", summary = "Locations, optionally of one country")
    public List<LocationView> locations(@QueryParam("country") @Pattern(regexp = "[A-Z]{2}",
            message = "must be a two-letter country code") @Size(max = 2) String country) {
        return organisation.locations(country);
    }

    @GET
    @Path("/locations/{locationId}/departments")
    @RolesAllowed({"employee", "lead", "ngo", "admin"})
    @Operation(operationId = "listDepartments", summary = "Departments at a location, with their leads")
    @APIResponse(responseCode = "200", description = "The departments")
    @APIResponse(responseCode = "404", description = "No such location",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<DepartmentView> departments(@PathParam("locationId") @Positive long locationId) {
        return organisation.departmentsAt(locationId);
    }

    @GET
    @Path("/employees")
    @RolesAllowed("admin")
    @Operation(operationId = "searchEmployees", summary = "Find employees by name, email or employee number")
    public List<EmployeeView> searchEmployees(
            @QueryParam("q") @NotBlank(message = "is required") @Size(min = 2, max = 100) String q,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {
        return organisation.searchEmployees(q, limit);
    }

    @PUT
    @Path("/departments/{departmentId}/leads/{employeeId}")
    @RolesAllowed("admin")
    @Operation(operationId = "addDepartmentLead",
            summary = "Make an employee a lead of a department (grants Keycloak's lead role)")
    @APIResponse(responseCode = "200", description = "The department with its leads")
    @APIResponse(responseCode = "404", description = "No such department or employee",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "Keycloak could not be updated; nothing changed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DepartmentView addLead(@PathParam("departmentId") @Positive long departmentId, @PathParam("employeeId") @Positive long employeeId) {
        return organisation.addLead(departmentId, employeeId);
    }

    @DELETE
    @Path("/departments/{departmentId}/leads/{employeeId}")
    @RolesAllowed("admin")
    @Operation(operationId = "removeDepartmentLead",
            summary = "End an employee's lead of a department (Keycloak's lead role goes when they lead none)")
    @APIResponse(responseCode = "200", description = "The department with its leads")
    @APIResponse(responseCode = "404", description = "No such department or employee",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "Keycloak could not be updated; nothing changed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DepartmentView removeLead(@PathParam("departmentId") @Positive long departmentId,
                                     @PathParam("employeeId") @Positive long employeeId) {
        return organisation.removeLead(departmentId, employeeId);
    }

    @POST
    @Path("/directory/imports")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @RolesAllowed("admin")
    @Operation(operationId = "importDirectory", summary = "Import the HR export (CSV); all rows or none")
    @RequestBody(required = true, description = "CSV with the header employee_number,email,name,department,location,country"
            + " (comma or semicolon separated, UTF-8)",
            content = @Content(mediaType = "text/csv", schema = @Schema(
                    type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                    maxLength = CsvFiles.MAX_LENGTH)))
    @APIResponse(responseCode = "200", description = "What the import changed")
    @APIResponse(responseCode = "400", description = "The file has bad rows; each is listed with its line, nothing was imported",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DirectoryImportResult importDirectory(String csv) {
        return directoryImport.importCsv(csv, LocalDate.now(java.time.ZoneId.of("Europe/Copenhagen")));
    }
}
