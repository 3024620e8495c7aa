package dk.kollekt.sponsorship;

import dk.kollekt.common.PlainText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PledgeRequest", requiredProperties = {"kind"})
public record PledgeRequest(
        @NotNull SponsorshipPledge.Kind kind,
        @Positive @Max(1_000_000_000_000L) @Schema(description = "FIXED: the amount in minor units") Long amountMinor,
        @Positive @Max(1_000_000_000_000L) @Schema(description = "PER_UNIT: minor units per unit (km, hour)") Long rateMinor,
        @Positive @Max(1_000_000_000_000L) @Schema(description = "PER_UNIT: the most it may come to, in minor units") Long capMinor,
        @Pattern(regexp = "DKK|NOK|SEK", message = "must be DKK, NOK or SEK")
        @Schema(description = "Default: the sponsor's country's currency", maxLength = 3) String currency,
        @PlainText @Size(max = 500) String message,
        @Schema(description = "Show my name with my message on the activity page (default: no)") Boolean showName) {
}
