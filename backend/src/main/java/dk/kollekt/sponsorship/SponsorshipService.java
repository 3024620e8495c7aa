package dk.kollekt.sponsorship;

import dk.kollekt.cause.CauseService;
import dk.kollekt.common.ApiProblem;
import dk.kollekt.common.Money;
import dk.kollekt.common.Problem.FieldError;
import dk.kollekt.common.Ref;
import dk.kollekt.common.audit.AuditService;
import dk.kollekt.ledger.ContributionState;
import dk.kollekt.ledger.ContributionStatus;
import dk.kollekt.ledger.ContributionView;
import dk.kollekt.ledger.LedgerService;
import dk.kollekt.ledger.NewContribution;
import dk.kollekt.ledger.Source;
import dk.kollekt.organisation.OrganisationService;
import dk.kollekt.organisation.Placement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Colleague-to-colleague sponsorships. A fixed pledge enters the ledger when it is made. A per-unit pledge
 * enters it when the owner reports the result, as min(rate × result rounded half up to whole øre, cap), never
 * more than the largest pledge allowed; a result of zero gives nothing and the pledge lapses.
 * Closing an activity without a result (owner or admin) lets its per-unit pledges lapse; fixed pledges stand
 * as given, and each sponsor can still cancel theirs until it is collected.
 */
@ApplicationScoped
public class SponsorshipService {

    static final int MESSAGES_SHOWN = 10;
    private static final char[] CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    ActivityRepository activities;
    @Inject
    SponsorshipPledgeRepository pledges;
    @Inject
    LedgerService ledger;
    @Inject
    CauseService causes;
    @Inject
    OrganisationService organisation;
    @Inject
    AuditService audit;

    @Transactional
    public ActivityView publish(Placement owner, ActivityRequest request) {
        if (request.unit() != Unit.NONE && request.target() == null) {
            throw ApiProblem.badRequest("An activity counted in " + request.unit().name().toLowerCase()
                    + " needs a target.", List.of(FieldError.field("target", "is required unless unit is NONE")));
        }
        LocalDate today = LocalDate.now(LedgerService.ZONE);
        if (request.date().isBefore(today.minusDays(30)) || request.date().isAfter(today.plusYears(2))) {
            throw ApiProblem.badRequest("The date must be within the last 30 days or the next two years.",
                    List.of(FieldError.field("date", "must be within the last 30 days or the next two years")));
        }
        causes.requireActivePost(request.projectPostId(), "projectPostId");
        Activity activity = new Activity();
        activity.shareCode = newShareCode();
        activity.ownerEmployeeId = owner.employeeId();
        activity.title = request.title().strip();
        activity.description = blankToNull(request.description());
        activity.activityDate = request.date();
        activity.unit = request.unit();
        activity.target = request.unit() == Unit.NONE ? null : request.target();
        activity.projectPostId = request.projectPostId();
        activity.status = Activity.Status.OPEN;
        activity.createdAt = Instant.now();
        activities.persist(activity);
        return view(activity, owner.employeeId());
    }

    public ActivityView page(String code, Long viewerEmployeeId) {
        return view(activity(code), viewerEmployeeId);
    }

    public List<ActivityView> ofOwner(long employeeId) {
        return activities.ofOwner(employeeId).stream().map(a -> view(a, employeeId)).toList();
    }

    /** A colleague's pledge. Runs beside other pledges to the activity, never beside its result being reported. */
    @Transactional
    public SponsorshipPledgeView pledge(String code, Placement sponsor, PledgeRequest request) {
        Activity activity = activities.byCodeForPledge(code).orElseThrow(() -> notFound(code));
        if (activity.status != Activity.Status.OPEN) {
            throw ApiProblem.conflict("This activity is " + activity.status.name().toLowerCase()
                    + "; it takes no more pledges.");
        }
        String currency = request.currency() == null ? sponsor.country().currency() : request.currency();
        validateShape(activity, request, currency);

        SponsorshipPledge pledge = new SponsorshipPledge();
        pledge.activityId = activity.id;
        pledge.sponsorEmployeeId = sponsor.employeeId();
        pledge.sponsorDepartmentId = sponsor.department().id();
        pledge.sponsorLocationId = sponsor.location().id();
        pledge.sponsorCountryCode = sponsor.country().code();
        pledge.kind = request.kind();
        pledge.amountMinor = request.amountMinor();
        pledge.rateMinor = request.rateMinor();
        pledge.capMinor = request.capMinor();
        pledge.currency = currency;
        pledge.message = blankToNull(request.message());
        pledge.showName = Boolean.TRUE.equals(request.showName());
        pledge.status = SponsorshipPledge.Status.AWAITING_RESULT;
        pledge.createdAt = Instant.now();
        pledges.persist(pledge);
        if (pledge.kind == SponsorshipPledge.Kind.FIXED) {
            toLedger(pledge, activity, Money.of(pledge.amountMinor, currency));
        }
        return view(pledge, activity, stateOf(pledge));
    }

    private void validateShape(Activity activity, PledgeRequest request, String currency) {
        List<FieldError> errors = new ArrayList<>();
        if (request.kind() == SponsorshipPledge.Kind.FIXED) {
            if (request.amountMinor() == null) {
                errors.add(FieldError.field("amountMinor", "is required for a fixed pledge"));
            }
            if (request.rateMinor() != null || request.capMinor() != null) {
                errors.add(FieldError.field("rateMinor", "only a per-unit pledge has a rate and a cap"));
            }
        } else {
            if (activity.unit == Unit.NONE) {
                errors.add(FieldError.field("kind", "this activity has no unit: pledge a fixed amount"));
            }
            if (request.rateMinor() == null) {
                errors.add(FieldError.field("rateMinor", "is required for a per-unit pledge"));
            }
            if (request.amountMinor() != null) {
                errors.add(FieldError.field("amountMinor", "a per-unit pledge has a rate, not an amount"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.badRequest("The pledge does not fit its kind.", errors);
        }
        if (request.kind() == SponsorshipPledge.Kind.PER_UNIT) {
            Money largest = ledger.largestPledgeIn(currency);
            List<FieldError> tooLarge = new ArrayList<>();
            if (request.rateMinor() > largest.minor()) {
                tooLarge.add(FieldError.field("rateMinor", "larger than the largest pledge allowed"));
            }
            if (request.capMinor() != null && request.capMinor() > largest.minor()) {
                tooLarge.add(FieldError.field("capMinor", "larger than the largest pledge allowed"));
            }
            if (!tooLarge.isEmpty()) {
                throw ApiProblem.unprocessable("A pledge can come to at most " + largest.toDecimalString() + " "
                        + currency + ".", tooLarge);
            }
        }
    }

    /** The owner reports the result: per-unit pledges become amounts in the ledger. Once only. */
    @Transactional
    public ActivityView reportResult(String code, long ownerEmployeeId, BigDecimal result) {
        Activity activity = activities.byCodeForUpdate(code).orElseThrow(() -> notFound(code));
        if (activity.ownerEmployeeId != ownerEmployeeId) {
            throw new ApiProblem(403, "Forbidden", "Only the owner of the activity reports its result.", null);
        }
        requireOpen(activity);
        LocalDate today = LocalDate.now(LedgerService.ZONE);
        if (today.isBefore(activity.activityDate)) {
            throw ApiProblem.conflict("The activity is on " + activity.activityDate
                    + "; report its result on or after that day.");
        }
        Map<String, Object> before = Map.of("status", activity.status);
        for (SponsorshipPledge pledge : pledges.awaitingResult(activity.id)) {
            Money amount = finalAmount(pledge, result);
            if (amount.isPositive()) {
                toLedger(pledge, activity, amount);
            } else {
                pledge.status = SponsorshipPledge.Status.LAPSED;
            }
        }
        activity.status = Activity.Status.COMPLETED;
        activity.result = result;
        activity.finishedAt = Instant.now();
        audit.record("activity.result-reported", "activity", activity.id, before,
                Map.of("status", activity.status, "result", result));
        return view(activity, ownerEmployeeId);
    }

    /** min(rate × result, cap), rounded half up to whole minor units, and never above the largest pledge. */
    Money finalAmount(SponsorshipPledge pledge, BigDecimal result) {
        Money amount = Money.of(pledge.rateMinor, pledge.currency).times(result);
        if (pledge.capMinor != null) {
            amount = amount.min(Money.of(pledge.capMinor, pledge.currency));
        }
        return amount.min(ledger.largestPledgeIn(pledge.currency));
    }

    /** Closes an activity whose result will not come: its per-unit pledges lapse, fixed pledges stand. */
    @Transactional
    public ActivityView close(String code, Long employeeId, boolean admin, String reason) {
        Activity activity = activities.byCodeForUpdate(code).orElseThrow(() -> notFound(code));
        if (!admin && (employeeId == null || activity.ownerEmployeeId != employeeId)) {
            throw new ApiProblem(403, "Forbidden", "Only the owner or an admin closes an activity.", null);
        }
        requireOpen(activity);
        pledges.awaitingResult(activity.id).forEach(p -> p.status = SponsorshipPledge.Status.LAPSED);
        activity.status = Activity.Status.CLOSED;
        activity.closedReason = reason.strip();
        activity.finishedAt = Instant.now();
        audit.record("activity.closed", "activity", activity.id, Map.of("status", Activity.Status.OPEN),
                Map.of("status", activity.status, "reason", activity.closedReason));
        return view(activity, employeeId);
    }

    public List<SponsorshipPledgeView> ofSponsor(long employeeId) {
        List<SponsorshipPledge> mine = pledges.ofSponsor(employeeId);
        Map<Long, ContributionState> states = states(mine);
        Map<Long, Activity> byId = new java.util.HashMap<>();
        return mine.stream().map(p -> view(p, byId.computeIfAbsent(p.activityId, activities::findById),
                p.contributionId == null ? null : states.get(p.contributionId))).toList();
    }

    /** The sponsor cancels their pledge (an admin any, with a reason) until it is collected. */
    @Transactional
    public SponsorshipPledgeView cancel(long pledgeId, Long employeeId, boolean admin, String reason) {
        SponsorshipPledge pledge = pledges.lock(pledgeId)
                .filter(p -> admin || (employeeId != null && p.sponsorEmployeeId == employeeId))
                .orElseThrow(() -> ApiProblem.notFound("There is no sponsorship pledge " + pledgeId + " of yours."));
        boolean own = employeeId != null && pledge.sponsorEmployeeId == employeeId;
        if (!own && (reason == null || reason.isBlank())) {
            throw ApiProblem.badRequest("An admin must give a reason to cancel a pledge.",
                    List.of(FieldError.field("reason", "is required")));
        }
        String why = reason == null || reason.isBlank() ? "cancelled by the sponsor" : reason.strip();
        switch (pledge.status) {
            case IN_LEDGER -> ledger.cancel(pledge.contributionId, why);
            case AWAITING_RESULT -> {
                pledge.status = SponsorshipPledge.Status.CANCELLED;
                audit.record("sponsorship-pledge.cancelled", "sponsorship-pledge", pledge.id,
                        Map.of("status", SponsorshipPledge.Status.AWAITING_RESULT), Map.of("status", pledge.status,
                                "reason", why));
            }
            default -> throw ApiProblem.conflict("This pledge is already " + pledge.status.name().toLowerCase() + ".");
        }
        return view(pledge, activities.findById(pledge.activityId), stateOf(pledge));
    }

    /** The sponsor's per-unit pledges still awaiting a result: each becomes a pledge to settle once it comes. */
    public List<Long> awaitingResultOf(long sponsorEmployeeId) {
        return pledges.ofSponsor(sponsorEmployeeId).stream()
                .filter(p -> p.status == SponsorshipPledge.Status.AWAITING_RESULT).map(p -> p.id).toList();
    }

    /**
     * The owner's activities as their data download shows them: what they wrote and what was pledged to each, without
     * who pledged or their messages (the sponsors' own data).
     */
    public List<OwnActivityView> activitiesOf(long ownerEmployeeId) {
        Map<Long, String> posts = causes.postNames();
        return activities.ofOwner(ownerEmployeeId).stream().map(a -> {
            List<SponsorshipPledge> received = pledges.ofActivity(a.id);
            Map<Long, ContributionState> states = states(received);
            return OwnActivityView.of(a, posts.get(a.projectPostId), received.stream()
                    .map(p -> view(p, a, p.contributionId == null ? null : states.get(p.contributionId)))
                    .toList());
        }).toList();
    }

    /**
     * Erases what the employee wrote in sponsorships: their open activities close (per-unit pledges lapse, fixed
     * pledges stand, as when an admin closes one), every activity of theirs loses its title, description and closing
     * reason, and their pledges to others lose their message and their name. Nothing in the ledger changes.
     */
    @Transactional
    public void eraseTextsOf(long employeeId) {
        for (Activity owned : activities.ofOwner(employeeId)) {
            Activity activity = activities.byCodeForUpdate(owned.shareCode).orElseThrow();
            if (activity.status == Activity.Status.OPEN) {
                pledges.awaitingResult(activity.id).forEach(p -> p.status = SponsorshipPledge.Status.LAPSED);
                activity.status = Activity.Status.CLOSED;
                activity.finishedAt = Instant.now();
                audit.record("activity.closed", "activity", activity.id, Map.of("status", Activity.Status.OPEN),
                        Map.of("status", activity.status, "why", "the owner's personal data was erased"));
            }
            activity.title = ERASED_TITLE;
            activity.description = null;
            activity.closedReason = null;
        }
        for (SponsorshipPledge pledge : pledges.ofSponsor(employeeId)) {
            pledge.message = null;
            pledge.showName = false;
        }
    }

    /** The title an activity keeps once its owner's personal data is erased. */
    static final String ERASED_TITLE = "[erased]";

    private void toLedger(SponsorshipPledge pledge, Activity activity, Money amount) {
        ContributionView contribution = ledger.record(new NewContribution(Source.SPONSORSHIP, amount,
                new NewContribution.Giver(pledge.sponsorEmployeeId, pledge.sponsorDepartmentId,
                        pledge.sponsorLocationId, pledge.sponsorCountryCode),
                !pledge.showName, activity.projectPostId, pledge.message, pledge.origin()));
        pledge.contributionId = contribution.id();
        pledge.status = SponsorshipPledge.Status.IN_LEDGER;
    }

    private ActivityView view(Activity activity, Long viewerEmployeeId) {
        List<SponsorshipPledge> all = pledges.ofActivity(activity.id);
        Map<Long, ContributionState> states = states(all);
        long raised = 0;
        long pending = 0;
        Set<Long> sponsors = new HashSet<>();
        List<SponsorshipPledge> withMessage = new ArrayList<>();
        for (SponsorshipPledge p : all) {
            ContributionState state = p.contributionId == null ? null : states.get(p.contributionId);
            boolean live = p.status == SponsorshipPledge.Status.AWAITING_RESULT
                    || state != null && state.status() != ContributionStatus.CANCELLED;
            if (!live) {
                continue;
            }
            sponsors.add(p.sponsorEmployeeId);
            if (state != null) {
                raised += state.reportingAmountMinor();
            } else if (activity.status == Activity.Status.OPEN && activity.target != null) {
                pending += ledger.inReportingCurrency(finalAmount(p, activity.target)).minor();
            }
            if (p.message != null && withMessage.size() < MESSAGES_SHOWN) {
                withMessage.add(p);
            }
        }
        Map<Long, String> names = organisation.names(withMessage.stream().filter(p -> p.showName)
                .map(p -> p.sponsorEmployeeId).collect(Collectors.toSet()));
        Map<Long, String> owner = organisation.names(List.of(activity.ownerEmployeeId));
        List<ActivityView.Message> messages = withMessage.stream()
                .map(p -> new ActivityView.Message(p.showName ? names.get(p.sponsorEmployeeId) : null, p.message,
                        p.createdAt))
                .toList();
        Ref post = new Ref(activity.projectPostId, causes.postNames().get(activity.projectPostId));
        return new ActivityView(activity.id, activity.shareCode, "/s/" + activity.shareCode, activity.title,
                activity.description, activity.activityDate, activity.unit, activity.target, post,
                owner.get(activity.ownerEmployeeId),
                viewerEmployeeId != null && viewerEmployeeId == activity.ownerEmployeeId, activity.status,
                activity.result, activity.closedReason, raised, raised + pending, ledger.reportingCurrency(),
                sponsors.size(), messages);
    }

    private SponsorshipPledgeView view(SponsorshipPledge p, Activity activity, ContributionState state) {
        SponsorshipPledgeView.Status status = switch (p.status) {
            case AWAITING_RESULT -> SponsorshipPledgeView.Status.AWAITING_RESULT;
            case LAPSED -> SponsorshipPledgeView.Status.LAPSED;
            case CANCELLED -> SponsorshipPledgeView.Status.CANCELLED;
            case IN_LEDGER -> SponsorshipPledgeView.Status.valueOf(state.status().name());
        };
        Long estimate = p.status == SponsorshipPledge.Status.AWAITING_RESULT && activity.target != null
                ? finalAmount(p, activity.target).minor() : null;
        Long amount = state != null ? Long.valueOf(state.amountMinor()) : p.amountMinor;
        return new SponsorshipPledgeView(p.id, activity.shareCode, activity.title, activity.unit, p.kind, amount,
                p.rateMinor, p.capMinor, p.currency, p.message, p.showName, status, p.contributionId,
                state == null ? null : state.paymentReference(), estimate, p.createdAt);
    }

    private ContributionState stateOf(SponsorshipPledge p) {
        return p.contributionId == null ? null : ledger.states(List.of(p.contributionId)).getFirst();
    }

    private Map<Long, ContributionState> states(List<SponsorshipPledge> list) {
        return ledger.states(list.stream().map(p -> p.contributionId).filter(java.util.Objects::nonNull).toList())
                .stream().collect(Collectors.toMap(ContributionState::id, Function.identity()));
    }

    private Activity activity(String code) {
        return activities.byCode(code).orElseThrow(() -> notFound(code));
    }

    private static void requireOpen(Activity activity) {
        if (activity.status != Activity.Status.OPEN) {
            throw ApiProblem.conflict("This activity is already " + activity.status.name().toLowerCase() + ".");
        }
    }

    private String newShareCode() {
        while (true) {
            StringBuilder code = new StringBuilder();
            for (int i = 0; i < 6; i++) {
                code.append(CODE_ALPHABET[RANDOM.nextInt(CODE_ALPHABET.length)]);
            }
            if (!activities.codeExists(code.toString())) {
                return code.toString();
            }
        }
    }

    private static ApiProblem notFound(String code) {
        return ApiProblem.notFound("There is no activity with the share code " + code + ".");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
