package dk.kollekt.giving;

import dk.kollekt.common.PlainText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DonationRequest", requiredProperties = {"projectPostId", "amountMinor"})
public record DonationRequest(
        @NotNull @Positive Long projectPostId,
        @NotNull @Positive @Max(1_000_000_000_000L)
        @Schema(description = "Amount in minor units (øre), e.g. 10000 for 100 kr") Long amountMinor,
        @Pattern(regexp = "DKK|NOK|SEK", message = "must be DKK, NOK or SEK")
        @Schema(description = "Default: the giver's country's currency", maxLength = 3) String currency,
        @PlainText @Size(max = 500) String message,
        @Schema(description = "Hide my name from colleagues and the NGO (the admin still sees it for settlement)")
        Boolean anonymous) {
}
