package dk.kollekt.ledger;

import dk.kollekt.cause.CauseService;
import dk.kollekt.common.ApiProblem;
import dk.kollekt.common.KollektConfig;
import dk.kollekt.common.Money;
import dk.kollekt.common.Problem.FieldError;
import dk.kollekt.common.Ref;
import dk.kollekt.common.audit.AuditEntry;
import dk.kollekt.common.audit.AuditService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The one place money is written. Every amount that counts toward a total is recorded here as an immutable
 * contribution; its status moves pledged → collected or → cancelled only through recorded events, and every
 * change is audited in the same transaction.
 */
@ApplicationScoped
public class LedgerService {

    public static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");
    static final String AUDIT_TYPE = "contribution";
    private static final char[] REFERENCE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    ContributionRepository contributions;
    @Inject
    ContributionEventRepository events;
    @Inject
    ExchangeRateService rates;
    @Inject
    CauseService causes;
    @Inject
    AuditService audit;
    @Inject
    KollektConfig config;
    @Inject
    LedgerTotalsRepository totals;
    @Inject
    PostTotalsRepository postTotals;
    @Inject
    MatchService matching;

    /** Company money bounded elsewhere (the registered donation, a match budget): no single-pledge maximum. */
    private static final java.util.Set<Source> UNCAPPED = java.util.EnumSet.of(Source.CORPORATE_DONATION,
            Source.COMPANY_MATCH);

    /**
     * Records a new pledged contribution, converted into the reporting currency at today's rate. 422 when the
     * project post is not open, no rate exists, or it exceeds the largest pledge allowed (field "amountMinor").
     */
    @Transactional
    public ContributionView record(NewContribution c) {
        return record(c, Instant.now());
    }

    /** Records as made at {@code now}: the public method's body, open to tests that need other days. */
    @Transactional
    ContributionView record(NewContribution c, Instant now) {
        Written written = write(c, now);
        ContributionView view = ContributionView.from(written.row, written.postName, List.of(written.created));
        audit.record("contribution.created", AUDIT_TYPE, written.row.id, null, view);
        return view;
    }

    private record Written(Contribution row, String postName, ContributionEvent created) {
    }

    private Written write(NewContribution c, Instant now) {
        if (!c.amount().isPositive()) {
            throw ApiProblem.unprocessable("The amount must be positive.",
                    List.of(FieldError.field("amountMinor", "must be positive")));
        }
        String postName = causes.requireActivePost(c.projectPostId(), "projectPostId").name();
        ExchangeRateService.Conversion conversion = rates.toReporting(c.amount(), LocalDate.ofInstant(now, ZONE));
        if (!UNCAPPED.contains(c.source())) {
            requireWithinMaximum(conversion.reporting());
        }

        Contribution row = new Contribution();
        row.source = c.source();
        row.amountMinor = c.amount().minor();
        row.currency = c.amount().currency();
        row.reportingAmountMinor = conversion.reporting().minor();
        row.reportingCurrency = conversion.reporting().currency();
        row.exchangeRate = conversion.rate();
        row.rateDate = conversion.rateDate();
        if (c.giver() != null) {
            row.giverEmployeeId = c.giver().employeeId();
            row.departmentId = c.giver().departmentId();
            row.locationId = c.giver().locationId();
            row.countryCode = c.giver().countryCode();
        }
        row.anonymous = c.anonymous();
        row.projectPostId = c.projectPostId();
        row.message = c.message() == null || c.message().isBlank() ? null : c.message().strip();
        row.origin = c.origin();
        row.status = ContributionStatus.PLEDGED;
        row.paymentReference = newPaymentReference();
        row.createdAt = now;
        row.statusChangedAt = now;
        contributions.persist(row);
        count(row, 1);
        return new Written(row, postName, event(row, ContributionEvent.Type.CREATED, null, null));
    }

    /** The largest pledge in a currency, from the configured maximum in the reporting currency. */
    public void requireWithinMaximum(Money reporting) {
        long max = config.ledger().maxPledgeMinor();
        if (reporting.minor() > max) {
            throw ApiProblem.unprocessable("A single pledge can be at most " + Money.of(max, reporting.currency())
                    .toDecimalString() + " " + reporting.currency() + " (or the same in another currency).",
                    List.of(FieldError.field("amountMinor", "larger than the largest pledge allowed")));
        }
    }

    public String reportingCurrency() {
        return rates.reportingCurrency();
    }

    /** The largest single pledge in {@code currency}, at today's rate. */
    public Money largestPledgeIn(String currency) {
        Money max = Money.of(config.ledger().maxPledgeMinor(), rates.reportingCurrency());
        if (currency.equals(max.currency())) {
            return max;
        }
        BigDecimal rate = rates.toReporting(Money.of(1, currency), LocalDate.now(ZONE)).rate();
        return max.convertDownFrom(rate, currency);
    }

    /** Converts into the reporting currency at today's rate, e.g. for an estimate. */
    public Money inReportingCurrency(Money amount) {
        return rates.toReporting(amount, LocalDate.now(ZONE)).reporting();
    }

    /** The giver cancels their own pledge while it is not collected; others get 404, as if it did not exist. */
    @Transactional
    public ContributionView cancelOwn(long id, long employeeId, String reason) {
        Contribution row = contributions.lock(id).filter(c -> c.giverEmployeeId != null && c.giverEmployeeId == employeeId)
                .orElseThrow(() -> notFound(id));
        return transition(row, ContributionStatus.CANCELLED, reason == null || reason.isBlank() ? "cancelled by the giver" : reason);
    }

    /** An admin cancels any pledge that is not collected; the reason is required. */
    @Transactional
    public ContributionView cancelAsAdmin(long id, String reason) {
        if (reason == null || reason.isBlank()) {
            throw ApiProblem.badRequest("An admin must give a reason to cancel a pledge.",
                    List.of(FieldError.field("reason", "is required")));
        }
        return transition(contributions.lock(id).orElseThrow(() -> notFound(id)), ContributionStatus.CANCELLED, reason);
    }

    /** Cancels a contribution another feature created (e.g. a cancelled sponsorship pledge). */
    @Transactional
    public ContributionView cancel(long id, String reason) {
        return transition(contributions.lock(id).orElseThrow(() -> notFound(id)), ContributionStatus.CANCELLED, reason);
    }

    /** Marks a pledge collected (payroll, mobile payment); 409 when it is not pledged. */
    @Transactional
    public ContributionView collect(long id, String reason) {
        return transition(contributions.lock(id).orElseThrow(() -> notFound(id)), ContributionStatus.COLLECTED, reason);
    }

    /**
     * An admin refunds a collected contribution (the money went back): it becomes cancelled, with a reason, and
     * leaves every total; its company match, if any, is refunded with it and gives back budget and cap.
     */
    @Transactional
    public ContributionView refund(long id, String reason) {
        if (reason == null || reason.isBlank()) {
            throw ApiProblem.badRequest("A refund needs a reason.", List.of(FieldError.field("reason", "is required")));
        }
        Contribution row = contributions.lock(id).orElseThrow(() -> notFound(id));
        if (row.status != ContributionStatus.COLLECTED) {
            throw ApiProblem.conflict("Contribution " + row.id + " is " + row.status.name().toLowerCase()
                    + "; only a collected contribution can be refunded.");
        }
        return change(row, ContributionStatus.CANCELLED, reason);
    }

    private ContributionView transition(Contribution row, ContributionStatus to, String reason) {
        if (row.status != ContributionStatus.PLEDGED) {
            throw ApiProblem.conflict("Contribution " + row.id + " is already " + row.status.name().toLowerCase()
                    + "; only a pledged contribution can be " + to.name().toLowerCase() + ".");
        }
        return change(row, to, reason);
    }

    /**
     * Moves the status, keeps the running totals, and writes or reverses the company match: collecting a qualifying
     * contribution writes its match (collected at once, see README); refunding it refunds the match.
     */
    private ContributionView change(Contribution row, ContributionStatus to, String reason) {
        ContributionView before = view(row);
        ContributionStatus from = row.status;
        if (to == ContributionStatus.CANCELLED) {
            count(row, -1);
        } else {
            if (row.departmentId != null) {
                totals.add(row.departmentId, day(row), row.source, 0, row.reportingAmountMinor, 0);
                if (row.giverEmployeeId != null && named(row) > 0) {
                    totals.participant(row.departmentId, day(row), row.giverEmployeeId, 0, 0, named(row));
                }
            }
            postTotals.add(row, day(row), 0, row.reportingAmountMinor, 0);
        }
        row.status = to;
        row.statusChangedAt = Instant.now();
        event(row, to == ContributionStatus.COLLECTED ? ContributionEvent.Type.COLLECTED
                : ContributionEvent.Type.CANCELLED, from, reason);
        ContributionView after = view(row);
        audit.record("contribution." + (from == ContributionStatus.COLLECTED ? "refunded" : to.name().toLowerCase()),
                AUDIT_TYPE, row.id, before, after);
        if (to == ContributionStatus.COLLECTED) {
            writeMatch(row);
        } else if (from == ContributionStatus.COLLECTED) {
            matching.release(row.id).filter(matchId -> !matchId.equals(row.id)).ifPresent(matchId -> change(
                    contributions.lock(matchId).orElseThrow(), ContributionStatus.CANCELLED,
                    "the matched contribution " + row.id + " was refunded"));
        }
        return after;
    }

    private void writeMatch(Contribution original) {
        matching.take(original, day(original)).ifPresent(grant -> {
            Contribution match = write(new NewContribution(Source.COMPANY_MATCH,
                    Money.of(grant.amountMinor(), rates.reportingCurrency()),
                    NewContribution.Giver.department(original.departmentId, original.locationId,
                            original.countryCode), false, original.projectPostId, null,
                    "match:" + original.id), Instant.now()).row;
            audit.record("contribution.created", AUDIT_TYPE, match.id, null, view(match));
            matching.recordGrant(original.id, match.id, grant);
            change(match, ContributionStatus.COLLECTED, "company match of contribution " + original.id);
        });
    }

    /** Counts a contribution into (+1) or out of (-1) its department's running totals and participation. */
    private void count(Contribution row, int sign) {
        long collected = row.status == ContributionStatus.COLLECTED ? row.reportingAmountMinor : 0;
        postTotals.add(row, day(row), sign * row.reportingAmountMinor, sign * collected, sign);
        if (row.departmentId == null) {
            return;
        }
        totals.add(row.departmentId, day(row), row.source, sign * row.reportingAmountMinor, sign * collected, sign);
        if (row.giverEmployeeId != null) {
            long namedCollected = row.status == ContributionStatus.COLLECTED ? named(row) : 0;
            totals.participant(row.departmentId, day(row), row.giverEmployeeId, sign, sign * named(row),
                    sign * namedCollected);
        }
    }

    /** What a contribution adds to its giver's own line on boards: raised money given under their name. */
    private static long named(Contribution row) {
        return !row.anonymous && Source.RAISED.contains(row.source) ? row.reportingAmountMinor : 0;
    }

    /** The local day a contribution counts on: the day it was made, Europe/Copenhagen. */
    private static LocalDate day(Contribution row) {
        return LocalDate.ofInstant(row.createdAt, ZONE);
    }

    /**
     * Pledged and collected sums in the reporting currency, and the number of contributions, per department, for
     * contributions (not cancelled) of these sources made from {@code from} to {@code to} (local days, inclusive).
     * Reads running totals, never contributions.
     */
    public Map<Long, long[]> moneyByDepartment(Collection<Source> sources, LocalDate from, LocalDate to) {
        return totals.money(sources, from, to);
    }

    /**
     * What each employee raised under their own name (not anonymously), [pledged, collected] in the reporting
     * currency, from {@code from} to {@code to}, counting only gifts made while in {@code departmentIds} (null: any).
     */
    public Map<Long, long[]> namedRaisedByEmployee(Collection<Long> employeeIds, Collection<Long> departmentIds,
                                                   LocalDate from, LocalDate to) {
        return totals.namedByEmployee(employeeIds, departmentIds, from, to);
    }

    /**
     * Running-total cells (project post, source, department, location, country) with their sums over the local days
     * {@code from} to {@code to}, inclusive; a cell may come more than once (month and day tables) and is summed by
     * the caller. Reads running totals, never contributions.
     */
    public List<PostTotal> postTotals(TotalsFilter filter, LocalDate from, LocalDate to) {
        return postTotals.cells(filter, from, to);
    }

    /** Sums per local day; with {@code months}, whole months as one row dated the month's first day. */
    public List<DayTotal> dailyTotals(TotalsFilter filter, LocalDate from, LocalDate to, boolean months) {
        return postTotals.series(filter, from, to, months);
    }

    /** Employees who gave (and did not cancel) per department, from {@code from} to {@code to}. */
    public Map<Long, Long> participantsByDepartment(LocalDate from, LocalDate to) {
        return totals.participants(from, to);
    }

    private ContributionEvent event(Contribution row, ContributionEvent.Type type, ContributionStatus from,
                                    String reason) {
        ContributionEvent event = new ContributionEvent();
        event.contributionId = row.id;
        event.type = type;
        event.fromStatus = from;
        event.toStatus = row.status;
        event.occurredAt = row.statusChangedAt;
        event.actor = audit.currentActor();
        event.reason = reason == null ? null : reason.strip();
        events.persist(event);
        return event;
    }

    /** The giver's own contribution, or any for an admin; 404 for everyone else. */
    public ContributionView get(long id, Long viewerEmployeeId, boolean admin) {
        return contributions.findByIdOptional(id)
                .filter(c -> admin || (viewerEmployeeId != null && viewerEmployeeId.equals(c.giverEmployeeId)))
                .map(this::view)
                .orElseThrow(() -> notFound(id));
    }

    public List<ContributionView> ofGiver(long employeeId) {
        List<Contribution> rows = contributions.ofGiver(employeeId);
        Map<Long, List<ContributionEvent>> history = events.of(rows.stream().map(c -> c.id).toList()).stream()
                .collect(Collectors.groupingBy(e -> e.contributionId));
        Map<Long, String> posts = causes.postNames();
        return rows.stream().map(c -> ContributionView.from(c, posts.get(c.projectPostId),
                history.getOrDefault(c.id, List.of()))).toList();
    }

    /** The giver's contributions still pledged: payroll or a mobile payment has yet to settle them. */
    public List<Long> pledgedOf(long employeeId) {
        return contributions.pledgedOfGiver(employeeId);
    }

    /**
     * Erases the free text an employee wrote on their contributions: their messages, and the reasons they gave on
     * their status changes (signed by {@code subject}, when they ever signed in). Amounts, giver, attribution,
     * status and the events themselves stay, so no total changes.
     */
    @Transactional
    public void eraseTextsOf(long employeeId, String subject) {
        contributions.eraseMessagesOf(employeeId);
        if (subject != null) {
            events.eraseReasonsOf(employeeId, subject);
        }
    }

    public List<AuditEntry> auditTrail(long id) {
        if (contributions.findByIdOptional(id).isEmpty()) {
            throw notFound(id);
        }
        return audit.trailOf(AUDIT_TYPE, id);
    }

    public List<ContributionState> states(Collection<Long> ids) {
        return contributions.byIds(ids).stream().map(ContributionState::from).toList();
    }

    public Optional<ContributionState> byPaymentReference(String reference) {
        return contributions.byPaymentReference(reference).map(ContributionState::from);
    }

    /** Pledges of employees giving in a country, made before {@code before}: what payroll can collect. */
    public List<ContributionState> pledgedInCountryBefore(String countryCode, Instant before) {
        return contributions.pledgedInCountryBefore(countryCode, before).stream().map(ContributionState::from).toList();
    }

    /** Totals in the reporting currency for contributions made from {@code from} to {@code to} (inclusive days). */
    public TotalsView totals(Basis basis, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw ApiProblem.badRequest("The period ends before it starts.",
                    List.of(FieldError.field("to", "must not be before from")));
        }
        List<Object[]> rows = contributions.totals(basis.statuses, from.atStartOfDay(ZONE).toInstant(),
                to.plusDays(1).atStartOfDay(ZONE).toInstant());
        Map<Long, String> posts = causes.postNames();
        Map<Long, long[]> byPost = new TreeMap<>();
        Map<Source, long[]> bySource = new TreeMap<>();
        long total = 0;
        long count = 0;
        for (Object[] r : rows) {
            long sum = ((Number) r[2]).longValue();
            long n = ((Number) r[3]).longValue();
            add(byPost.computeIfAbsent((Long) r[0], k -> new long[2]), sum, n);
            add(bySource.computeIfAbsent((Source) r[1], k -> new long[2]), sum, n);
            total += sum;
            count += n;
        }
        List<TotalsView.PostTotal> postTotals = new ArrayList<>();
        byPost.forEach((id, v) -> postTotals.add(new TotalsView.PostTotal(new Ref(id, posts.get(id)), v[0], v[1])));
        postTotals.sort(Comparator.comparingLong(TotalsView.PostTotal::totalMinor).reversed());
        List<TotalsView.SourceTotal> sourceTotals = new ArrayList<>();
        bySource.forEach((source, v) -> sourceTotals.add(new TotalsView.SourceTotal(source, v[0], v[1])));
        return new TotalsView(basis, from, to, rates.reportingCurrency(), total, count, postTotals, sourceTotals);
    }

    private static void add(long[] acc, long sum, long count) {
        acc[0] += sum;
        acc[1] += count;
    }

    private ContributionView view(Contribution c) {
        Map<Long, String> posts = causes.postNames();
        return ContributionView.from(c, posts.get(c.projectPostId), events.of(List.of(c.id)));
    }

    private String newPaymentReference() {
        while (true) {
            StringBuilder reference = new StringBuilder("K");
            for (int i = 0; i < 7; i++) {
                reference.append(REFERENCE_ALPHABET[RANDOM.nextInt(REFERENCE_ALPHABET.length)]);
            }
            if (!contributions.paymentReferenceExists(reference.toString())) {
                return reference.toString();
            }
        }
    }

    private static ApiProblem notFound(long id) {
        return ApiProblem.notFound("There is no contribution " + id + " of yours.");
    }
}
