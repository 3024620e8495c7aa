package dk.kollekt.collection;

import dk.kollekt.common.PlainText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "CollectionRequest", requiredProperties = {"projectPostId", "amountMinor", "collectedOn", "method",
        "description"})
public record CollectionRequest(
        @NotNull @Positive Long projectPostId,
        @NotNull @Positive @Max(1_000_000_000_000L) @Schema(description = "Amount in minor units (øre)") Long amountMinor,
        @Pattern(regexp = "DKK|NOK|SEK", message = "must be DKK, NOK or SEK")
        @Schema(description = "Default: the department's country's currency", maxLength = 3) String currency,
        @NotNull @Schema(description = "The day the money was collected (not in the future)") LocalDate collectedOn,
        @NotNull DepartmentCollection.Method method,
        @PlainText @NotBlank @Size(max = 1000) @Schema(description = "What it was, e.g. the canteen bake sale")
        String description) {
}
