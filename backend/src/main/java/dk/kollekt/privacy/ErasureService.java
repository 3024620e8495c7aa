package dk.kollekt.privacy;

import dk.kollekt.common.ApiProblem;
import dk.kollekt.common.audit.AuditService;
import dk.kollekt.common.idempotency.IdempotencyService;
import dk.kollekt.ledger.LedgerService;
import dk.kollekt.organisation.EmployeeView;
import dk.kollekt.organisation.OrganisationService;
import dk.kollekt.organisation.Placement;
import dk.kollekt.shirt.ShirtOrderService;
import dk.kollekt.sponsorship.SponsorshipService;
import dk.kollekt.volunteering.VolunteeringService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Erasure requests: an employee asks (one open request at a time) and may withdraw while it is open; an admin (never
 * for themselves) refuses it with a reason, or completes it. Completing erases the person's personal data across
 * Kollekt in one transaction while every ledger contribution and amount stays, so no total changes; it waits until
 * nothing of theirs is left to settle (see README, "Data protection").
 */
@ApplicationScoped
public class ErasureService {

    /** Decided requests listed to admins after the open ones. */
    static final int DECIDED_LISTED = 100;
    static final String AUDIT_TYPE = "erasure-request";

    @Inject
    ErasureRequestRepository requests;
    @Inject
    OrganisationService organisation;
    @Inject
    LedgerService ledger;
    @Inject
    SponsorshipService sponsorship;
    @Inject
    VolunteeringService volunteering;
    @Inject
    ShirtOrderService shirts;
    @Inject
    IdempotencyService idempotency;
    @Inject
    AuditService audit;

    /** The employee asks for erasure; 409 while an earlier request of theirs is open. */
    @Transactional
    public ErasureRequestView request(Placement employee, ErasureRequestBody body) {
        if (requests.hasOpen(employee.employeeId())) {
            throw alreadyOpen();
        }
        ErasureRequest request = new ErasureRequest();
        request.employeeId = employee.employeeId();
        request.status = ErasureRequest.Status.OPEN;
        request.note = body.note() == null || body.note().isBlank() ? null : body.note().strip();
        request.requestedAt = Instant.now();
        try {
            requests.persist(request);
            requests.flush();
        } catch (PersistenceException raced) {
            // uq_erasure_open: a second request of the same person committed first
            throw alreadyOpen();
        }
        audit.record("erasure-request.made", AUDIT_TYPE, request.id, null, Map.of("status", request.status,
                "employeeId", request.employeeId));
        return views(List.of(request)).getFirst();
    }

    public List<ErasureRequestView> mine(Placement employee) {
        return views(requests.ofEmployee(employee.employeeId()));
    }

    /** The employee withdraws their own open request; anyone else's is 404 (to admins too), a decided one 409. */
    @Transactional
    public ErasureRequestView withdraw(long id, Placement employee) {
        ErasureRequest request = requests.lock(id).filter(r -> r.employeeId == employee.employeeId())
                .orElseThrow(() -> ApiProblem.notFound("There is no erasure request " + id + " of yours."));
        requireOpen(request);
        request.status = ErasureRequest.Status.WITHDRAWN;
        request.decidedAt = Instant.now();
        audit.record("erasure-request.withdrawn", AUDIT_TYPE, id, Map.of("status", ErasureRequest.Status.OPEN),
                Map.of("status", request.status));
        return views(List.of(request)).getFirst();
    }

    /** For admins: every open request, oldest first, then the most recently decided ones. */
    public List<ErasureRequestView> list() {
        return views(requests.openFirst(DECIDED_LISTED));
    }

    @Transactional
    public ErasureRequestView refuse(long id, String reason, Placement admin) {
        ErasureRequest request = decidable(id, admin);
        request.status = ErasureRequest.Status.REFUSED;
        request.refusalReason = reason.strip();
        request.decidedAt = Instant.now();
        request.decidedBy = audit.currentActor();
        audit.record("erasure-request.refused", AUDIT_TYPE, id, Map.of("status", ErasureRequest.Status.OPEN),
                Map.of("status", request.status, "reason", request.refusalReason));
        return views(List.of(request)).getFirst();
    }

    /**
     * Completes the request: 409 while the employee has pledges left to settle or per-unit pledges awaiting a
     * result (each would need their employee number for payroll). Otherwise, in this one transaction: their
     * sponsorships' texts go and their open activities close, their contributions' messages and the reasons they
     * gave go, their skills, sign-ups to shifts to come and hour-log texts go, their name goes from colleagues' team
     * shirt orders, their stored idempotent responses go, and the directory entry is pseudonymised (name, email,
     * employee number, Keycloak link; they lead no department any more). The audit trail records the completion.
     */
    @Transactional
    public ErasureRequestView complete(long id, Placement admin) {
        ErasureRequest request = decidable(id, admin);
        long employeeId = request.employeeId;
        Outstanding left = outstanding(employeeId);
        if (left.any()) {
            throw ApiProblem.conflict("Employee " + employeeId + " still has " + left.describe()
                    + ". Payroll needs their employee number until these are settled: collect or cancel the pledges"
                    + " (an admin can cancel them with a reason), then complete the request.");
        }
        String name = organisation.names(List.of(employeeId)).get(employeeId);
        String subject = organisation.subjectOf(employeeId).orElse(null);

        sponsorship.eraseTextsOf(employeeId);
        ledger.eraseTextsOf(employeeId, subject);
        volunteering.erase(employeeId);
        shirts.eraseWearerName(name);
        if (subject != null) {
            idempotency.forget(subject);
        }
        requests.ofEmployee(employeeId).forEach(r -> r.note = null);
        organisation.erase(employeeId);

        request.status = ErasureRequest.Status.COMPLETED;
        request.decidedAt = Instant.now();
        request.decidedBy = audit.currentActor();
        audit.record("erasure-request.completed", AUDIT_TYPE, id, Map.of("status", ErasureRequest.Status.OPEN),
                Map.of("status", request.status, "employeeId", employeeId));
        return views(List.of(request)).getFirst();
    }

    private ErasureRequest decidable(long id, Placement admin) {
        ErasureRequest request = requests.lock(id)
                .orElseThrow(() -> ApiProblem.notFound("There is no erasure request " + id + "."));
        if (admin != null && admin.employeeId() == request.employeeId) {
            throw new ApiProblem(403, "Forbidden", "Another admin decides on your own erasure request.", null);
        }
        requireOpen(request);
        return request;
    }

    private static void requireOpen(ErasureRequest request) {
        if (request.status != ErasureRequest.Status.OPEN) {
            throw ApiProblem.conflict("This erasure request is already " + request.status.name().toLowerCase() + ".");
        }
    }

    private static ApiProblem alreadyOpen() {
        return ApiProblem.conflict("You have an erasure request open already; withdraw it or wait for its decision.");
    }

    /** What must be settled before the employee's data can be erased. */
    record Outstanding(List<Long> pledged, List<Long> awaitingResult) {

        boolean any() {
            return !pledged.isEmpty() || !awaitingResult.isEmpty();
        }

        String describe() {
            List<String> parts = new ArrayList<>();
            if (!pledged.isEmpty()) {
                parts.add(pledged.size() + " pledge(s) not yet collected (contributions " + ids(pledged) + ")");
            }
            if (!awaitingResult.isEmpty()) {
                parts.add(awaitingResult.size() + " per-unit sponsorship pledge(s) awaiting a result (sponsorship"
                        + " pledges " + ids(awaitingResult) + ")");
            }
            return String.join(" and ", parts);
        }

        private static String ids(List<Long> ids) {
            return ids.stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
    }

    Outstanding outstanding(long employeeId) {
        return new Outstanding(ledger.pledgedOf(employeeId), sponsorship.awaitingResultOf(employeeId));
    }

    private List<ErasureRequestView> views(List<ErasureRequest> list) {
        Set<Long> ids = list.stream().map(r -> r.employeeId).collect(Collectors.toSet());
        Map<Long, EmployeeView> people = organisation.employeeViews(ids);
        Map<Long, Outstanding> open = list.stream().filter(r -> r.status == ErasureRequest.Status.OPEN)
                .map(r -> r.employeeId).distinct().collect(Collectors.toMap(e -> e, this::outstanding));
        return list.stream().map(r -> {
            EmployeeView who = people.get(r.employeeId);
            Outstanding left = open.get(r.employeeId);
            return new ErasureRequestView(r.id, r.employeeId, who.name(), who.employeeNumber(), who.department(),
                    r.status, r.note, r.requestedAt, r.decidedAt, r.refusalReason,
                    r.status == ErasureRequest.Status.OPEN ? left.pledged().size() : null,
                    r.status == ErasureRequest.Status.OPEN ? left.awaitingResult().size() : null);
        }).toList();
    }
}
