package dk.kollekt.reporting;

import dk.kollekt.ledger.LedgerService;
import dk.kollekt.ledger.Source;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

/** The NGO's totals and their CSV and XLSX exports, for NGO staff and admins: counts and sums, names only by consent. */
@Path("/reports")
@Tag(name = "Reports")
public class ReportingResource {

    @Inject
    DashboardService dashboard;
    @Inject
    ExportService exports;

    /** The dashboard's period and filters as query parameters. */
    public static class Filter {
        @Parameter(description = "First local day (Europe/Copenhagen); default 1 January this year")
        @QueryParam("from")
        LocalDate from;
        @Parameter(description = "Last local day, inclusive; default today")
        @QueryParam("to")
        LocalDate to;
        @Parameter(description = "Only this project post")
        @QueryParam("projectPostId")
        @Positive
        Long projectPostId;
        @Parameter(description = "Only these sources (repeat the parameter)")
        @QueryParam("source")
        @Size(max = 7, message = "names a source at most once")
        List<Source> sources;
        @Parameter(description = "Only this country")
        @QueryParam("country")
        @Pattern(regexp = "[A-Z]{2}", message = "must be a two-letter country code")
        @Size(max = 2)
        String country;
        @Parameter(description = "Only this location")
        @QueryParam("locationId")
        @Positive
        Long locationId;
        @Parameter(description = "Only this department")
        @QueryParam("departmentId")
        @Positive
        Long departmentId;

        ReportFilter toFilter() {
            LocalDate today = LocalDate.now(LedgerService.ZONE);
            return new ReportFilter(from == null ? today.withDayOfYear(1) : from, to == null ? today : to,
                    projectPostId, sources == null || sources.isEmpty() ? EnumSet.noneOf(Source.class)
                    : EnumSet.copyOf(sources), country, locationId, departmentId);
        }
    }

    @GET
    @Path("/dashboard")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"ngo", "admin"})
    @Operation(operationId = "getDashboard", summary = "Pledged and collected by project post, source, country,"
            + " location, department and over time, for a period and filters")
    public DashboardView dashboard(@jakarta.validation.Valid @BeanParam Filter filter,
                                   @Parameter(description = "Buckets of the time series; default by the period's length")
                                   @QueryParam("granularity") Granularity granularity) {
        return dashboard.dashboard(filter.toFilter(), granularity);
    }

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @GET
    @Path("/totals.csv")
    @Produces("text/csv")
    @RolesAllowed({"ngo", "admin"})
    @Operation(operationId = "exportTotals", summary = "The dashboard's totals as CSV, grouped one way")
    @APIResponse(responseCode = "200", description = "CSV with a header line",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    public Response totals(@jakarta.validation.Valid @BeanParam Filter filter,
                           @Parameter(description = "Grouping; default SOURCE") @QueryParam("by") Grouping by) {
        return totals(filter, by, ExportFormat.CSV);
    }

    @GET
    @Path("/totals.xlsx")
    @Produces(XLSX)
    @RolesAllowed({"ngo", "admin"})
    @Operation(operationId = "exportTotalsXlsx", summary = "The dashboard's totals as an Excel workbook, grouped one way")
    @APIResponse(responseCode = "200", description = "One sheet with a header row",
            content = @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response totalsXlsx(@jakarta.validation.Valid @BeanParam Filter filter,
                               @Parameter(description = "Grouping; default SOURCE") @QueryParam("by") Grouping by) {
        return totals(filter, by, ExportFormat.XLSX);
    }

    @GET
    @Path("/contributions.csv")
    @Produces("text/csv")
    @RolesAllowed({"ngo", "admin"})
    @Operation(operationId = "exportContributions", summary = "The contributions behind the totals as CSV"
            + " (streamed; times in UTC); givers as pseudonyms, named only if they chose to show their name")
    @APIResponse(responseCode = "200", description = "CSV with a header line, one contribution a line",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    public Response contributions(@jakarta.validation.Valid @BeanParam Filter filter) {
        return export(exports.contributions(filter.toFilter(), ExportFormat.CSV), ExportFormat.CSV, "contributions");
    }

    @GET
    @Path("/contributions.xlsx")
    @Produces(XLSX)
    @RolesAllowed({"ngo", "admin"})
    @Operation(operationId = "exportContributionsXlsx", summary = "The contributions behind the totals as an Excel"
            + " workbook (streamed; times in UTC; a further sheet after each 1,048,575 rows); givers as pseudonyms,"
            + " named only if they chose to show their name")
    @APIResponse(responseCode = "200", description = "Sheets with a header row, one contribution a row",
            content = @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response contributionsXlsx(@jakarta.validation.Valid @BeanParam Filter filter) {
        return export(exports.contributions(filter.toFilter(), ExportFormat.XLSX), ExportFormat.XLSX, "contributions");
    }

    private Response totals(Filter filter, Grouping by, ExportFormat format) {
        Grouping grouping = by == null ? Grouping.SOURCE : by;
        return export(exports.totals(filter.toFilter(), grouping, format), format,
                "totals-" + grouping.name().toLowerCase());
    }

    private static Response export(Object body, ExportFormat format, String name) {
        return Response.ok(body, format.mediaType)
                .header("Content-Disposition", "attachment; filename=\"" + name + "." + format.extension + "\"").build();
    }
}
