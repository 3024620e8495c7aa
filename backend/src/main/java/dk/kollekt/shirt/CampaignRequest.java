package dk.kollekt.shirt;

import dk.kollekt.common.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

@Schema(name = "ShirtCampaignRequest", requiredProperties = {"name", "printTitle", "projectPostId", "orderDeadline",
        "sizes", "prices"})
public record CampaignRequest(
        @PlainText @NotBlank @Size(max = 120) String name,
        @PlainText @Size(max = 2000) String description,
        @PlainText @NotBlank @Size(max = 120) @Schema(description = "The print's title, e.g. the relay's slogan")
        String printTitle,
        @NotNull @Positive @Schema(description = "The project post the donations go to") Long projectPostId,
        @Positive @Max(10_000_000)
        @Schema(description = "Donation per printed shirt in minor units of the reporting currency; default 5000 (50 kr)")
        Long donationPerPrintMinor,
        @NotNull @Schema(description = "The moment ordering closes (ISO instant)") Instant orderDeadline,
        @NotEmpty @Size(max = 20) List<@Valid @NotNull SizeRequest> sizes,
        @NotEmpty @Size(max = 3) List<@Valid @NotNull PriceRequest> prices,
        @Size(max = 1000) List<@Valid @NotNull DeliveryRequest> deliveries) {

    @Schema(name = "ShirtSizeRequest", requiredProperties = {"size"})
    public record SizeRequest(
            @NotBlank @Size(max = 8) @Pattern(regexp = "[A-Za-z0-9-]+", message = "letters, digits and '-' only")
            String size,
            @PositiveOrZero @Max(1_000_000) @Schema(description = "Optional: at most this many shirts in this size")
            Integer stockLimit) {
    }

    @Schema(name = "ShirtPriceRequest", requiredProperties = {"currency", "priceMinor"})
    public record PriceRequest(
            @NotNull @Pattern(regexp = "DKK|NOK|SEK", message = "must be DKK, NOK or SEK") @Schema(maxLength = 3)
            String currency,
            @NotNull @PositiveOrZero @Max(10_000_000) @Schema(description = "Price of one shirt in minor units")
            Long priceMinor) {
    }

    @Schema(name = "ShirtDeliveryRequest", requiredProperties = {"locationId", "address"})
    public record DeliveryRequest(
            @NotNull @Positive Long locationId,
            @PlainText @NotBlank @Size(max = 500) String address,
            @PlainText @Size(max = 500) @Schema(description = "For the printer, e.g. \"reception, ask for Mette\"")
            String note) {
    }
}
