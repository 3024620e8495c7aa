package dk.kollekt.reporting;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One line of a breakdown: sums in reporting-currency minor units. "Raised" is the part the boards count (donations,
 * sponsorships, department collections), so a department's raised figures equal its board total for the period.
 */
@Schema(name = "ReportRow", requiredProperties = {"key", "pledgedMinor", "collectedMinor", "contributions",
        "raisedPledgedMinor", "raisedCollectedMinor"})
public record ReportRow(
        @Schema(description = "Id of the project post, location or department, the source, or the country code;"
                + " NONE for company money that belongs to no country, location or department") String key,
        @Schema(description = "Display name; absent for NONE and for sources") String name,
        @Schema(description = "Pledged and not cancelled (includes what is collected)") long pledgedMinor,
        long collectedMinor,
        @Schema(description = "Contributions not cancelled") long contributions,
        long raisedPledgedMinor,
        long raisedCollectedMinor) {
}
