package dk.kollekt.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** How many units of the reporting currency one unit of a currency was worth on a day. */
@Entity
@Table(name = "exchange_rate")
public class ExchangeRate {

    @EmbeddedId
    public Key key;

    public BigDecimal rate;

    @Embeddable
    public record Key(String currency, @Column(name = "rate_date") LocalDate rateDate,
                      @Column(name = "reporting_currency") String reportingCurrency) implements Serializable {
    }
}
