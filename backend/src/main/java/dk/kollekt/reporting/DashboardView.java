package dk.kollekt.reporting;

import dk.kollekt.ledger.Source;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** The NGO's dashboard for a period and filters: counts and sums only, never a person. */
@Schema(name = "Dashboard", requiredProperties = {"from", "to", "granularity", "reportingCurrency", "total",
        "raisedSources", "byProjectPost", "bySource", "byCountry", "byLocation", "byDepartment", "series",
        "shirtsPrinted", "volunteerMinutes"})
public record DashboardView(
        LocalDate from,
        LocalDate to,
        Granularity granularity,
        String reportingCurrency,
        @Schema(description = "All money in the filter, company money included; its raised* figures are the boards'")
        ReportRow total,
        @Schema(description = "The sources that count as raised on the leaderboards") List<Source> raisedSources,
        List<ReportRow> byProjectPost,
        @Schema(description = "Every source, company money (shirt prints, grants, corporate, match) as its own")
        List<ReportRow> bySource,
        List<ReportRow> byCountry,
        List<ReportRow> byLocation,
        List<ReportRow> byDepartment,
        List<SeriesPoint> series,
        @Schema(description = "Shirt-print contributions that are not cancelled") long shirtsPrinted,
        @Schema(description = "Approved volunteer hours of the departments in the filter, in minutes, by the day given")
        long volunteerMinutes) {
}
