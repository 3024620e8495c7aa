package dk.kollekt.shirt;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A campaign's shirts, what buyers owe for them, and what the NGO got for them: never added together. */
@Schema(name = "ShirtCampaignSummary", requiredProperties = {"campaignId", "orders", "shirtsOrdered", "shirtsPrinted",
        "prices", "donations"})
public record CampaignSummaryView(long campaignId, int orders, int shirtsOrdered, int shirtsPrinted,
                                  @Schema(description = "Shirt prices owed by buyers, per currency (orders not cancelled)")
                                  List<PriceTotal> prices,
                                  @Schema(description = "Donations for printed shirts, from the ledger") DonationTotal donations) {

    @Schema(name = "ShirtPriceTotal", requiredProperties = {"currency", "shirts", "totalMinor"})
    public record PriceTotal(String currency, int shirts, long totalMinor) {
    }

    @Schema(name = "ShirtDonationTotal", requiredProperties = {"currency", "contributions", "pledgedMinor",
            "collectedMinor"})
    public record DonationTotal(
            @Schema(description = "The reporting currency") String currency,
            @Schema(description = "SHIRT_PRINT contributions: one per printed shirt") int contributions,
            @Schema(description = "Not cancelled (pledged or collected)") long pledgedMinor, long collectedMinor) {
    }
}
