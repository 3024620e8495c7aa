package dk.kollekt.ledger;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The company's match of one of the employee's contributions, and the cap of which year it used. */
@Schema(name = "MatchGrant", requiredProperties = {"contributionId", "matchContributionId", "year", "amountMinor",
        "currency", "refunded"})
public record MatchGrantView(long contributionId, long matchContributionId,
                             @Schema(description = "The calendar year whose cap per employee it used") int year,
                             long amountMinor, String currency,
                             @Schema(description = "Refunded with its contribution: budget and cap were given back")
                             boolean refunded) {
}
