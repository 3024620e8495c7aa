package dk.kollekt.settlement;

import dk.kollekt.common.ApiProblem;
import dk.kollekt.common.CsvFiles;
import dk.kollekt.common.StrictJson;
import dk.kollekt.common.Money;
import dk.kollekt.common.Problem.FieldError;
import dk.kollekt.common.audit.AuditService;
import dk.kollekt.ledger.ContributionState;
import dk.kollekt.ledger.ContributionStatus;
import dk.kollekt.ledger.LedgerService;
import dk.kollekt.organisation.OrganisationService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns pledges into collected money: monthly payroll batches per country (a deduction file for the payroll
 * office, then marked collected), and mobile-payment settlement files matched by payment reference.
 */
@ApplicationScoped
public class SettlementService {

    @Inject
    PayrollBatchRepository batches;
    @Inject
    LedgerService ledger;
    @Inject
    OrganisationService organisation;
    @Inject
    AuditService audit;

    /** Collects every pledge of the country made up to the end of the month and not yet in a batch. */
    @Transactional
    public PayrollBatchView createBatch(PayrollBatchRequest request) {
        YearMonth month = YearMonth.parse(request.period());
        if (month.isAfter(YearMonth.now(LedgerService.ZONE))) {
            throw ApiProblem.badRequest("A payroll batch cannot be for a future month.",
                    List.of(FieldError.field("period", "must not be in the future")));
        }
        if (batches.exists(request.countryCode(), request.period())) {
            throw ApiProblem.conflict("There is already a payroll batch for " + request.countryCode() + " "
                    + request.period() + ".");
        }
        Instant cutoff = month.plusMonths(1).atDay(1).atStartOfDay(LedgerService.ZONE).toInstant();
        Set<Long> batched = batches.batchedContributionIds(request.countryCode());
        List<ContributionState> pledged = ledger.pledgedInCountryBefore(request.countryCode(), cutoff).stream()
                .filter(c -> !batched.contains(c.id())).toList();
        if (pledged.isEmpty()) {
            throw ApiProblem.unprocessable("No pledges to collect in " + request.countryCode() + " up to the end of "
                    + request.period() + ".", null);
        }
        PayrollBatch batch = new PayrollBatch();
        batch.countryCode = request.countryCode();
        batch.period = request.period();
        batch.reference = "KOLLEKT-" + request.countryCode() + "-" + request.period();
        batch.status = PayrollBatch.Status.OPEN;
        batch.createdAt = Instant.now();
        batch.createdBy = audit.currentActor();
        pledged.forEach(c -> batch.items.add(new PayrollBatch.Item(c.id(), c.giverEmployeeId())));
        batches.persist(batch);
        PayrollBatchView view = view(batch);
        audit.record("payroll-batch.created", "payroll-batch", batch.id, null, view);
        return view;
    }

    public List<PayrollBatchView> list() {
        return batches.newestFirst().stream().map(this::view).toList();
    }

    public PayrollBatchView get(long id) {
        return view(batch(id));
    }

    /**
     * The file for the payroll office: one line per employee and currency with the sum of their pledges in the
     * batch that are still pledged (cancelled ones drop out), all with the batch's reference.
     */
    public String deductionFile(long id) {
        PayrollBatch batch = batch(id);
        Map<Long, ContributionState> states = states(batch);
        Map<Long, String> numbers = organisation.employeeNumbers(batch.items.stream()
                .map(PayrollBatch.Item::employeeId).collect(Collectors.toSet()));
        Map<String, Long> sums = new TreeMap<>();
        for (PayrollBatch.Item item : batch.items) {
            ContributionState state = states.get(item.contributionId());
            if (state.status() == ContributionStatus.PLEDGED) {
                sums.merge(numbers.get(item.employeeId()) + "\u0000" + state.currency(), state.amountMinor(), Long::sum);
            }
        }
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setHeader("employee_number", "amount", "currency", "reference").setRecordSeparator("\n").get())) {
            for (Map.Entry<String, Long> sum : sums.entrySet()) {
                String[] key = sum.getKey().split("\u0000");
                csv.printRecord(key[0], Money.of(sum.getValue(), key[1]).toDecimalString(), key[1], batch.reference);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** After the payroll run: every pledge of the batch still pledged becomes collected. Once. */
    @Transactional
    public PayrollBatchView markCollected(long id) {
        PayrollBatch batch = batches.lock(id).orElseThrow(() -> notFound(id));
        if (batch.status == PayrollBatch.Status.COLLECTED) {
            throw ApiProblem.conflict("Payroll batch " + batch.reference + " is already collected.");
        }
        PayrollBatchView before = view(batch);
        Map<Long, ContributionState> states = states(batch);
        for (PayrollBatch.Item item : batch.items) {
            if (states.get(item.contributionId()).status() == ContributionStatus.PLEDGED) {
                ledger.collect(item.contributionId(), "payroll " + batch.reference);
            }
        }
        batch.status = PayrollBatch.Status.COLLECTED;
        batch.collectedAt = Instant.now();
        batch.collectedBy = audit.currentActor();
        PayrollBatchView after = view(batch);
        audit.record("payroll-batch.collected", "payroll-batch", batch.id, before, after);
        return after;
    }

    /**
     * Matches a MobilePay/Vipps/Swish settlement file (reference, amount, date) to pledges by payment reference.
     * Exact amounts of pledged contributions become collected; mismatches and unknown references are listed and
     * change nothing; a line already collected counts as such, so re-importing a file applies nothing twice.
     * A malformed file is rejected whole.
     */
    @Transactional
    public MobilePaymentImportResult importMobilePayments(String csv) {
        record Payment(int line, String reference, long paidMinor, LocalDate date) {
        }
        List<Payment> payments = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(csv == null ? "" : CsvFiles.requireUtf8(csv).strip()),
                format)) {
            Map<String, String> header = parser.getHeaderNames().stream()
                    .collect(Collectors.toMap(h -> h.toLowerCase(Locale.ROOT), Function.identity(), (a, b) -> a));
            if (!header.keySet().containsAll(List.of("reference", "amount", "date"))) {
                throw ApiProblem.badRequest("The header must name reference, amount and date.",
                        List.of(FieldError.line(1, null, "expected the columns reference,amount,date")));
            }
            for (CSVRecord record : parser) {
                int line = (int) record.getRecordNumber() + 1;
                if (!record.isConsistent()) {
                    errors.add(FieldError.line(line, null, "expected " + parser.getHeaderNames().size()
                            + " columns, found " + record.size()));
                    continue;
                }
                try {
                    String reference = record.get(header.get("reference")).toUpperCase(Locale.ROOT);
                    long paid = Money.parse(record.get(header.get("amount")), "DKK").minor();
                    LocalDate date = StrictJson.date(record.get(header.get("date")));
                    if (reference.isEmpty() || paid <= 0) {
                        errors.add(FieldError.line(line, reference.isEmpty() ? "reference" : "amount",
                                reference.isEmpty() ? "is required" : "must be positive"));
                        continue;
                    }
                    payments.add(new Payment(line, reference, paid, date));
                } catch (NumberFormatException | ArithmeticException e) {
                    errors.add(FieldError.line(line, "amount", "must be an amount like 150.00"));
                } catch (DateTimeParseException e) {
                    errors.add(FieldError.line(line, "date", "must be a date like 2026-08-27"));
                } catch (IllegalArgumentException | IllegalStateException e) {
                    errors.add(FieldError.line(line, null, "expected the columns reference,amount,date"));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw CsvFiles.malformed(e);
        } catch (IllegalArgumentException e) {
            throw CsvFiles.badHeader(e);
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.badRequest(errors.size() + " malformed line(s); nothing was applied.", errors);
        }
        List<MobilePaymentImportResult.Line> collected = new ArrayList<>();
        List<MobilePaymentImportResult.Line> already = new ArrayList<>();
        List<MobilePaymentImportResult.Line> mismatches = new ArrayList<>();
        List<MobilePaymentImportResult.Line> unknown = new ArrayList<>();
        for (Payment p : payments) {
            Optional<ContributionState> found = ledger.byPaymentReference(p.reference());
            if (found.isEmpty()) {
                unknown.add(new MobilePaymentImportResult.Line(p.line(), p.reference(), p.paidMinor(), null, null,
                        null, "no pledge has this reference"));
                continue;
            }
            ContributionState c = found.get();
            var line = new MobilePaymentImportResult.Line(p.line(), p.reference(), p.paidMinor(), c.amountMinor(),
                    c.currency(), c.id(), null);
            if (c.status() == ContributionStatus.COLLECTED) {
                already.add(line);
            } else if (c.status() == ContributionStatus.CANCELLED) {
                mismatches.add(withNote(line, "the pledge was cancelled; refund the payment"));
            } else if (c.amountMinor() != p.paidMinor()) {
                mismatches.add(withNote(line, "paid " + Money.of(p.paidMinor(), c.currency()).toDecimalString()
                        + ", pledged " + Money.of(c.amountMinor(), c.currency()).toDecimalString()));
            } else {
                ledger.collect(c.id(), "mobile payment " + p.reference() + " on " + p.date());
                collected.add(line);
            }
        }
        return new MobilePaymentImportResult(payments.size(), collected, already, mismatches, unknown);
    }

    private static MobilePaymentImportResult.Line withNote(MobilePaymentImportResult.Line l, String note) {
        return new MobilePaymentImportResult.Line(l.line(), l.reference(), l.paidMinor(), l.expectedMinor(),
                l.currency(), l.contributionId(), note);
    }

    private PayrollBatchView view(PayrollBatch batch) {
        Map<Long, ContributionState> states = states(batch);
        Map<String, Long> totals = new TreeMap<>();
        int live = 0;
        for (PayrollBatch.Item item : batch.items) {
            ContributionState state = states.get(item.contributionId());
            if (state.status() != ContributionStatus.CANCELLED) {
                live++;
                totals.merge(state.currency(), state.amountMinor(), Long::sum);
            }
        }
        return new PayrollBatchView(batch.id, batch.countryCode, batch.period, batch.reference, batch.status, live,
                totals.entrySet().stream().map(e -> new PayrollBatchView.CurrencyTotal(e.getKey(), e.getValue())).toList(),
                batch.createdAt, batch.collectedAt);
    }

    private Map<Long, ContributionState> states(PayrollBatch batch) {
        return ledger.states(batch.items.stream().map(PayrollBatch.Item::contributionId).toList()).stream()
                .collect(Collectors.toMap(ContributionState::id, Function.identity()));
    }

    private PayrollBatch batch(long id) {
        return batches.findByIdOptional(id).orElseThrow(() -> notFound(id));
    }

    private static ApiProblem notFound(long id) {
        return ApiProblem.notFound("There is no payroll batch " + id + ".");
    }
}
