package dk.kollekt.ledger;

import dk.kollekt.common.ApiProblem;
import dk.kollekt.common.CsvFiles;
import dk.kollekt.common.StrictJson;
import dk.kollekt.common.KollektConfig;
import dk.kollekt.common.Money;
import dk.kollekt.common.Problem.FieldError;
import dk.kollekt.common.audit.AuditService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Daily exchange rates into the reporting currency, kept by admins; contributions keep the rate they used. */
@ApplicationScoped
public class ExchangeRateService {

    /** The largest rate, as for one set by itself (ExchangeRateRequest). */
    static final BigDecimal MAX_RATE = new BigDecimal("1000000");

    /** A rate in force for a day: the one to convert with, and the date it was entered for. */
    public record Conversion(BigDecimal rate, LocalDate rateDate, Money reporting) {
    }

    @Inject
    ExchangeRateRepository rates;
    @Inject
    KollektConfig config;
    @Inject
    AuditService audit;

    public String reportingCurrency() {
        return config.ledger().reportingCurrency();
    }

    /** Converts with the rate in force on {@code day}; 422 when no rate has been entered yet. */
    public Conversion toReporting(Money amount, LocalDate day) {
        String reporting = reportingCurrency();
        if (amount.currency().equals(reporting)) {
            return new Conversion(BigDecimal.ONE, day, amount);
        }
        ExchangeRate rate = rates.inForce(amount.currency(), reporting, day).orElseThrow(() ->
                ApiProblem.unprocessable("There is no exchange rate from " + amount.currency() + " to " + reporting
                        + " on or before " + day + "; an admin must enter one.",
                        List.of(FieldError.field("currency", "no exchange rate yet"))));
        return new Conversion(rate.rate, rate.key.rateDate(), amount.convert(rate.rate, reporting));
    }

    @Transactional
    public ExchangeRateView set(String currency, LocalDate date, BigDecimal rate) {
        requireForeign(currency);
        ExchangeRate.Key key = new ExchangeRate.Key(currency, date, reportingCurrency());
        ExchangeRate existing = rates.findById(key);
        ExchangeRateView before = existing == null ? null : ExchangeRateView.from(existing);
        if (existing == null) {
            existing = new ExchangeRate();
            existing.key = key;
            existing.rate = rate;
            rates.persist(existing);
        } else {
            existing.rate = rate;
        }
        ExchangeRateView after = ExchangeRateView.from(existing);
        audit.record("exchange-rate.set", "exchange-rate", date.toEpochDay(), before, after);
        return after;
    }

    public List<ExchangeRateView> list(String currency, LocalDate from, LocalDate to) {
        return rates.between(currency, from, to).stream().map(ExchangeRateView::from).toList();
    }

    /** Imports "date,currency,rate" lines; all or none, each bad line named. Returns the rates written. */
    @Transactional
    public List<ExchangeRateView> importCsv(String csv) {
        record Line(int line, String currency, LocalDate date, BigDecimal rate) {
        }
        List<Line> lines = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(csv == null ? "" : CsvFiles.requireUtf8(csv).strip()),
                format)) {
            if (!parser.getHeaderNames().containsAll(List.of("date", "currency", "rate"))) {
                throw ApiProblem.badRequest("The header must be date,currency,rate.",
                        List.of(FieldError.line(1, null, "expected the header date,currency,rate")));
            }
            for (CSVRecord record : parser) {
                int line = (int) record.getRecordNumber() + 1;
                if (!record.isConsistent()) {
                    errors.add(FieldError.line(line, null, "expected " + parser.getHeaderNames().size()
                            + " columns, found " + record.size()));
                    continue;
                }
                try {
                    String currency = record.get("currency").toUpperCase(Locale.ROOT);
                    if (!Money.isKnown(currency) || currency.equals(reportingCurrency())) {
                        errors.add(FieldError.line(line, "currency", "not a foreign currency Kollekt knows: " + currency));
                        continue;
                    }
                    BigDecimal rate = new BigDecimal(record.get("rate").replace(',', '.'));
                    if (rate.signum() <= 0 || rate.scale() > 8 || rate.compareTo(MAX_RATE) > 0) {
                        errors.add(FieldError.line(line, "rate", "must be positive, at most 1000000, with at most 8"
                                + " decimals"));
                        continue;
                    }
                    lines.add(new Line(line, currency, StrictJson.date(record.get("date")), rate));
                } catch (DateTimeParseException e) {
                    errors.add(FieldError.line(line, "date", "must be a date like 2026-08-27"));
                } catch (NumberFormatException e) {
                    errors.add(FieldError.line(line, "rate", "must be a decimal number"));
                } catch (IllegalArgumentException | IllegalStateException e) {
                    errors.add(FieldError.line(line, null, "expected 3 columns"));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw CsvFiles.malformed(e);
        } catch (IllegalArgumentException e) {
            throw CsvFiles.badHeader(e);
        }
        if (lines.isEmpty() && errors.isEmpty()) {
            errors.add(FieldError.line(2, null, "no rates in the file"));
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.badRequest(errors.size() + " line problem(s); no rate was imported.", errors);
        }
        return lines.stream().map(l -> set(l.currency(), l.date(), l.rate())).toList();
    }

    private void requireForeign(String currency) {
        if (!Money.isKnown(currency) || currency.equals(reportingCurrency())) {
            throw ApiProblem.badRequest("Rates are kept for " + String.join(", ", Money.CURRENCIES.stream()
                            .filter(c -> !c.equals(reportingCurrency())).sorted().toList()) + ".",
                    List.of(FieldError.field("currency", "not a foreign currency Kollekt knows")));
        }
    }
}
