package dk.kollekt.sponsorship;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** A sponsorship pledge as its sponsor sees it. */
@Schema(name = "SponsorshipPledge", requiredProperties = {"id", "activityCode", "activityTitle", "kind", "currency",
        "showName", "status", "createdAt"})
public record SponsorshipPledgeView(
        long id,
        String activityCode,
        String activityTitle,
        Unit unit,
        SponsorshipPledge.Kind kind,
        Long amountMinor,
        Long rateMinor,
        Long capMinor,
        String currency,
        String message,
        boolean showName,
        Status status,
        @Schema(description = "The ledger contribution, once there is one") Long contributionId,
        @Schema(description = "Reference to pay it by MobilePay, Vipps or Swish, once it is in the ledger")
        String paymentReference,
        @Schema(description = "PER_UNIT before the result: what it comes to at the target, in currency minor units")
        Long estimateMinor,
        Instant createdAt) {

    /** Awaiting the result (per unit), then as in the ledger; lapsed when the result never came or was zero. */
    @Schema(name = "SponsorshipPledgeStatus")
    public enum Status { AWAITING_RESULT, PLEDGED, COLLECTED, CANCELLED, LAPSED }
}
