package dk.kollekt.corporate;

import dk.kollekt.common.Ref;
import dk.kollekt.ledger.ContributionStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** A corporate donation with every proposal of its split, oldest first. */
@Schema(name = "CorporateDonation", requiredProperties = {"id", "year", "amountMinor", "currency", "registeredAt",
        "splits"})
public record DonationView(long id, int year, long amountMinor, String currency, Instant registeredAt,
                           @Schema(description = "The split in force, if one is approved") Long approvedSplitId,
                           List<SplitView> splits) {

    @Schema(name = "CorporateSplit", requiredProperties = {"id", "state", "parts", "proposedBy", "proposedAt"})
    public record SplitView(long id, CorporateSplit.State state, List<PartView> parts, String note,
                            String proposedBy, Instant proposedAt, String decidedBy, Instant decidedAt,
                            String decisionComment, Instant replacedAt) {
    }

    @Schema(name = "CorporateSplitPart", requiredProperties = {"projectPost", "amountMinor"})
    public record PartView(Ref projectPost, long amountMinor,
                           @Schema(description = "Its ledger contribution, once approved") Long contributionId,
                           ContributionStatus status) {
    }
}
