package dk.kollekt.shirt;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

@Schema(name = "PrintRun", requiredProperties = {"id", "campaignId", "reference", "shirts", "lines", "recordedAt"})
public record PrintRunView(long id, long campaignId, String reference,
                           @Schema(description = "Shirts printed in this run; each added one donation to the ledger")
                           int shirts, List<Line> lines, Instant recordedAt) {

    @Schema(name = "PrintRunLine", requiredProperties = {"orderLineId", "quantity"})
    public record Line(long orderLineId, int quantity) {
    }
}
