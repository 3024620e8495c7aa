package dk.kollekt.ledger;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;

@Schema(name = "ExchangeRate", requiredProperties = {"currency", "date", "reportingCurrency", "rate"})
public record ExchangeRateView(String currency, LocalDate date, String reportingCurrency,
                               @Schema(description = "Units of the reporting currency per unit of currency")
                               BigDecimal rate) {

    static ExchangeRateView from(ExchangeRate r) {
        return new ExchangeRateView(r.key.currency(), r.key.rateDate(), r.key.reportingCurrency(), r.rate);
    }
}
