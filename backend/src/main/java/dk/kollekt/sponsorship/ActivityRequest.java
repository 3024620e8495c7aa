package dk.kollekt.sponsorship;

import dk.kollekt.common.PlainText;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;

@Schema(name = "ActivityRequest", requiredProperties = {"title", "date", "unit", "projectPostId"})
public record ActivityRequest(
        @PlainText @NotBlank @Size(max = 120) String title,
        @PlainText @Size(max = 2000) String description,
        @NotNull LocalDate date,
        @NotNull Unit unit,
        @Positive @DecimalMax("100000") @Digits(integer = 6, fraction = 2)
        @Schema(description = "How many units the owner aims for, e.g. 10 (km); required unless unit is NONE")
        BigDecimal target,
        @NotNull @Positive Long projectPostId) {
}
