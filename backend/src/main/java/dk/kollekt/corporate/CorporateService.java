package dk.kollekt.corporate;

import dk.kollekt.cause.CauseService;
import dk.kollekt.common.ApiProblem;
import dk.kollekt.common.Money;
import dk.kollekt.common.Problem.FieldError;
import dk.kollekt.common.Ref;
import dk.kollekt.common.audit.AuditService;
import dk.kollekt.ledger.ContributionState;
import dk.kollekt.ledger.ContributionStatus;
import dk.kollekt.ledger.LedgerService;
import dk.kollekt.ledger.NewContribution;
import dk.kollekt.ledger.Source;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The company's donation for a year. An admin registers it; NGO staff propose its split across project posts (amounts
 * that sum exactly to the donation); an admin approves or returns it with a comment. The approved split enters the
 * ledger as one corporate contribution per post; a later approved split cancels those through the ledger (refunds
 * them if already collected) and records new ones, so nothing is edited. Every proposal and decision is kept.
 */
@ApplicationScoped
public class CorporateService {

    static final String AUDIT_TYPE = "corporate-donation";

    @Inject
    CorporateRepository repository;
    @Inject
    LedgerService ledger;
    @Inject
    CauseService causes;
    @Inject
    AuditService audit;

    @Transactional
    public DonationView register(DonationRequest request, String actor) {
        if (repository.byYear(request.year()).isPresent()) {
            throw ApiProblem.conflict("The donation for " + request.year() + " is already registered.");
        }
        CorporateDonation donation = new CorporateDonation();
        donation.year = request.year();
        donation.amountMinor = request.amountMinor();
        donation.currency = request.currency();
        donation.registeredBy = actor;
        donation.registeredAt = Instant.now();
        repository.persist(donation);
        DonationView view = view(donation);
        audit.record("corporate-donation.registered", AUDIT_TYPE, donation.id, null, view);
        return view;
    }

    public List<DonationView> list() {
        return repository.list("order by year desc").stream().map(this::view).toList();
    }

    public DonationView get(int year) {
        return view(donation(year));
    }

    /** NGO staff propose a split; 422 naming the parts unless they sum exactly to the donation; 409 while one waits. */
    @Transactional
    public DonationView propose(int year, SplitRequest request, String actor) {
        CorporateDonation donation = repository.lockByYear(year).orElseThrow(() -> notFound(year));
        List<FieldError> errors = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        long sum = 0;
        for (int i = 0; i < request.parts().size(); i++) {
            SplitRequest.Part part = request.parts().get(i);
            if (!seen.add(part.projectPostId())) {
                errors.add(FieldError.field("parts[" + i + "].projectPostId", "appears more than once"));
            }
            try {
                causes.requireActivePost(part.projectPostId(), "parts[" + i + "].projectPostId");
            } catch (ApiProblem e) {
                errors.add(FieldError.field("parts[" + i + "].projectPostId", "no open project post with this id"));
            }
            sum = Math.addExact(sum, part.amountMinor());
        }
        if (sum != donation.amountMinor) {
            errors.add(FieldError.field("parts", "sum to " + Money.of(sum, donation.currency).toDecimalString()
                    + ", not the donation's " + Money.of(donation.amountMinor, donation.currency).toDecimalString()
                    + " " + donation.currency));
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.unprocessable("The parts must sum exactly to the donation, each an open project post once.",
                    errors);
        }
        if (repository.splits(donation.id).stream().anyMatch(s -> s.state == CorporateSplit.State.PROPOSED)) {
            throw ApiProblem.conflict("A proposal for " + year + " is waiting for the admin's decision.");
        }
        CorporateSplit split = new CorporateSplit();
        split.donationId = donation.id;
        split.state = CorporateSplit.State.PROPOSED;
        split.note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        split.proposedBy = actor;
        split.proposedAt = Instant.now();
        repository.save(split);
        for (SplitRequest.Part p : request.parts()) {
            CorporateSplitPart part = new CorporateSplitPart();
            part.splitId = split.id;
            part.projectPostId = p.projectPostId();
            part.amountMinor = p.amountMinor();
            repository.save(part);
        }
        audit.record("corporate-split.proposed", AUDIT_TYPE, donation.id, null, split.id);
        return view(donation);
    }

    /** An admin approves a proposed split: it enters the ledger and replaces the split approved before, if any. */
    @Transactional
    public DonationView approve(int year, long splitId, String comment, String actor) {
        CorporateDonation donation = repository.lockByYear(year).orElseThrow(() -> notFound(year));
        CorporateSplit split = proposed(donation, splitId);
        Instant now = Instant.now();
        for (CorporateSplit previous : repository.splits(donation.id)) {
            if (previous.state == CorporateSplit.State.APPROVED) {
                withdraw(previous, "replaced by split " + split.id);
                previous.state = CorporateSplit.State.REPLACED;
                previous.replacedAt = now;
            }
        }
        for (CorporateSplitPart part : repository.parts(split.id)) {
            part.contributionId = ledger.record(new NewContribution(Source.CORPORATE_DONATION,
                    Money.of(part.amountMinor, donation.currency), null, false, part.projectPostId,
                    "Corporate donation " + year, "corporate:" + split.id + ":" + part.projectPostId)).id();
        }
        decide(split, CorporateSplit.State.APPROVED, comment, actor, now);
        audit.record("corporate-split.approved", AUDIT_TYPE, donation.id, null, split.id);
        return view(donation);
    }

    /** An admin sends a proposed split back with a comment; nothing enters the ledger. */
    @Transactional
    public DonationView sendBack(int year, long splitId, String comment, String actor) {
        if (comment == null || comment.isBlank()) {
            throw ApiProblem.badRequest("Say why the split is sent back.",
                    List.of(FieldError.field("comment", "is required")));
        }
        CorporateDonation donation = repository.lockByYear(year).orElseThrow(() -> notFound(year));
        CorporateSplit split = proposed(donation, splitId);
        decide(split, CorporateSplit.State.RETURNED, comment, actor, Instant.now());
        audit.record("corporate-split.returned", AUDIT_TYPE, donation.id, null, split.id);
        return view(donation);
    }

    /** The company has paid: the approved split's contributions become collected. */
    @Transactional
    public DonationView paid(int year) {
        CorporateDonation donation = repository.lockByYear(year).orElseThrow(() -> notFound(year));
        CorporateSplit approved = repository.splits(donation.id).stream()
                .filter(s -> s.state == CorporateSplit.State.APPROVED).findFirst()
                .orElseThrow(() -> ApiProblem.conflict("No split of the " + year + " donation is approved yet."));
        List<Long> ids = repository.parts(approved.id).stream().map(p -> p.contributionId).toList();
        for (ContributionState state : ledger.states(ids)) {
            if (state.status() == ContributionStatus.PLEDGED) {
                ledger.collect(state.id(), "the company paid its " + year + " donation");
            }
        }
        return view(donation);
    }

    public List<HistoryEntry> history(int year) {
        CorporateDonation donation = donation(year);
        List<HistoryEntry> entries = new ArrayList<>();
        for (CorporateSplit s : repository.splits(donation.id)) {
            entries.add(new HistoryEntry(s.id, CorporateSplit.State.PROPOSED, s.proposedBy, s.proposedAt, s.note));
            if (s.decidedAt != null) {
                entries.add(new HistoryEntry(s.id, s.state == CorporateSplit.State.RETURNED
                        ? CorporateSplit.State.RETURNED : CorporateSplit.State.APPROVED, s.decidedBy, s.decidedAt,
                        s.decisionComment));
            }
            if (s.replacedAt != null) {
                entries.add(new HistoryEntry(s.id, CorporateSplit.State.REPLACED, null, s.replacedAt, null));
            }
        }
        entries.sort(Comparator.comparing(HistoryEntry::at).thenComparing(HistoryEntry::splitId));
        return entries;
    }

    private void withdraw(CorporateSplit previous, String reason) {
        List<Long> ids = repository.parts(previous.id).stream().map(p -> p.contributionId).filter(Objects::nonNull)
                .toList();
        for (ContributionState state : ledger.states(ids)) {
            if (state.status() == ContributionStatus.PLEDGED) {
                ledger.cancel(state.id(), reason);
            } else if (state.status() == ContributionStatus.COLLECTED) {
                ledger.refund(state.id(), reason);
            }
        }
    }

    private static void decide(CorporateSplit split, CorporateSplit.State state, String comment, String actor,
                               Instant at) {
        split.state = state;
        split.decidedBy = actor;
        split.decidedAt = at;
        split.decisionComment = comment == null || comment.isBlank() ? null : comment.strip();
    }

    private CorporateSplit proposed(CorporateDonation donation, long splitId) {
        CorporateSplit split = repository.splits(donation.id).stream().filter(s -> s.id == splitId).findFirst()
                .orElseThrow(() -> ApiProblem.notFound("There is no split " + splitId + " of the " + donation.year
                        + " donation."));
        if (split.state != CorporateSplit.State.PROPOSED) {
            throw ApiProblem.conflict("Split " + splitId + " is already " + split.state.name().toLowerCase() + ".");
        }
        return split;
    }

    private CorporateDonation donation(int year) {
        return repository.byYear(year).orElseThrow(() -> notFound(year));
    }

    private static ApiProblem notFound(int year) {
        return ApiProblem.notFound("No corporate donation is registered for " + year + ".");
    }

    private DonationView view(CorporateDonation d) {
        Map<Long, String> posts = causes.postNames();
        List<CorporateSplit> splits = repository.splits(d.id);
        List<DonationView.SplitView> views = new ArrayList<>();
        Long approved = null;
        for (CorporateSplit s : splits) {
            List<CorporateSplitPart> parts = repository.parts(s.id);
            Map<Long, ContributionStatus> statuses = ledger.states(parts.stream().map(p -> p.contributionId)
                            .filter(Objects::nonNull).toList()).stream()
                    .collect(Collectors.toMap(ContributionState::id, ContributionState::status));
            views.add(new DonationView.SplitView(s.id, s.state, parts.stream().map(p -> new DonationView.PartView(
                    new Ref(p.projectPostId, posts.get(p.projectPostId)), p.amountMinor, p.contributionId,
                    p.contributionId == null ? null : statuses.get(p.contributionId))).toList(), s.note,
                    s.proposedBy, s.proposedAt, s.decidedBy, s.decidedAt, s.decisionComment, s.replacedAt));
            if (s.state == CorporateSplit.State.APPROVED) {
                approved = s.id;
            }
        }
        return new DonationView(d.id, d.year, d.amountMinor, d.currency, d.registeredAt, approved, views);
    }

}
