package dk.kollekt.corporate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CorporateDonationRequest", requiredProperties = {"year", "amountMinor", "currency"})
public record DonationRequest(
        @Min(2000) @Max(2100) int year,
        @Positive @Max(1_000_000_000_000L) @Schema(description = "Minor units (øre) of currency") long amountMinor,
        @NotNull @Pattern(regexp = "DKK|NOK|SEK", message = "must be DKK, NOK or SEK") @Schema(maxLength = 3)
        String currency) {
}
