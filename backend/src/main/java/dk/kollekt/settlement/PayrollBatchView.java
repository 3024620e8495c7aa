package dk.kollekt.settlement;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

@Schema(name = "PayrollBatch", requiredProperties = {"id", "countryCode", "period", "reference", "status", "pledges",
        "totals", "createdAt"})
public record PayrollBatchView(long id, String countryCode, String period, String reference,
                               PayrollBatch.Status status,
                               @Schema(description = "Pledges in the batch that are not cancelled") int pledges,
                               List<CurrencyTotal> totals, Instant createdAt, Instant collectedAt) {

    @Schema(name = "CurrencyTotal", requiredProperties = {"currency", "totalMinor"})
    public record CurrencyTotal(String currency, long totalMinor) {
    }
}
