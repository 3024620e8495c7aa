package dk.kollekt.ledger;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

@Schema(name = "ExchangeRateRequest", requiredProperties = {"rate"})
public record ExchangeRateRequest(
        @NotNull @DecimalMin(value = "0.00000001") @DecimalMax("1000000") @Digits(integer = 10, fraction = 8)
        @Schema(description = "Units of the reporting currency per unit of the currency, e.g. 0.6512")
        BigDecimal rate) {
}
