package dk.kollekt.ledger;

import dk.kollekt.common.Ref;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** Ledger totals in the reporting currency for a period, by project post and by source. No personal data. */
@Schema(name = "Totals", requiredProperties = {"basis", "from", "to", "reportingCurrency", "totalMinor",
        "contributions", "byProjectPost", "bySource"})
public record TotalsView(Basis basis, LocalDate from, LocalDate to, String reportingCurrency, long totalMinor,
                         long contributions, List<PostTotal> byProjectPost, List<SourceTotal> bySource) {

    @Schema(name = "ProjectPostTotal", requiredProperties = {"projectPost", "totalMinor", "contributions"})
    public record PostTotal(Ref projectPost, long totalMinor, long contributions) {
    }

    @Schema(name = "SourceTotal", requiredProperties = {"source", "totalMinor", "contributions"})
    public record SourceTotal(Source source, long totalMinor, long contributions) {
    }
}
