package dk.kollekt.sponsorship;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

@Schema(name = "ResultRequest", requiredProperties = {"result"})
public record ResultRequest(
        @NotNull @DecimalMin("0") @DecimalMax("100000") @Digits(integer = 6, fraction = 2)
        @Schema(description = "What was done, in the activity's unit, e.g. 12.4 (km); 1 for an activity without unit")
        BigDecimal result) {
}
