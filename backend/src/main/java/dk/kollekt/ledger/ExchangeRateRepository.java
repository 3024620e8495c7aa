package dk.kollekt.ledger;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ExchangeRateRepository implements PanacheRepositoryBase<ExchangeRate, ExchangeRate.Key> {

    /** The rate in force on a day: the latest one entered for that day or before it. */
    public Optional<ExchangeRate> inForce(String currency, String reportingCurrency, LocalDate day) {
        return find("key.currency = ?1 and key.reportingCurrency = ?2 and key.rateDate <= ?3 order by key.rateDate desc",
                currency, reportingCurrency, day).firstResultOptional();
    }

    public List<ExchangeRate> between(String currency, LocalDate from, LocalDate to) {
        return currency == null
                ? list("key.rateDate between ?1 and ?2 order by key.rateDate desc, key.currency", from, to)
                : list("key.currency = ?1 and key.rateDate between ?2 and ?3 order by key.rateDate desc",
                currency, from, to);
    }
}
