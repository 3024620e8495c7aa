package dk.kollekt.collection;

import dk.kollekt.common.ApiProblem;
import dk.kollekt.common.Money;
import dk.kollekt.common.Problem.FieldError;
import dk.kollekt.common.Ref;
import dk.kollekt.ledger.ContributionState;
import dk.kollekt.ledger.ContributionView;
import dk.kollekt.ledger.LedgerService;
import dk.kollekt.ledger.NewContribution;
import dk.kollekt.ledger.Source;
import dk.kollekt.organisation.DepartmentPlace;
import dk.kollekt.organisation.OrganisationService;
import dk.kollekt.organisation.Placement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Money departments collect outside the app. A lead records it for their department; it enters the ledger at once
 * as a pledge of the department (no one person gave it) on the project post of the department's choosing, and
 * counts on the boards on the day it is recorded. An admin confirms it arrived (collected) or cancels it.
 */
@ApplicationScoped
public class CollectionService {

    @Inject
    DepartmentCollectionRepository collections;
    @Inject
    LedgerService ledger;
    @Inject
    OrganisationService organisation;

    @Transactional
    public CollectionView record(long departmentId, Placement lead, boolean admin, CollectionRequest request) {
        DepartmentPlace department = organisation.departmentPlace(departmentId)
                .orElseThrow(() -> ApiProblem.notFound("There is no department " + departmentId + "."));
        if (!admin && !organisation.leads(lead.employeeId(), departmentId)) {
            throw new ApiProblem(403, "Forbidden", "Only a lead of " + department.name()
                    + " (or an admin) records its collections.", null);
        }
        if (request.collectedOn().isAfter(LocalDate.now(LedgerService.ZONE))) {
            throw ApiProblem.badRequest("The collection cannot be in the future.",
                    List.of(FieldError.field("collectedOn", "must not be in the future")));
        }
        String currency = request.currency() == null ? organisation.currencyOf(department.countryCode())
                : request.currency();
        DepartmentCollection collection = new DepartmentCollection();
        collection.departmentId = departmentId;
        collection.recordedByEmployeeId = lead.employeeId();
        collection.amountMinor = request.amountMinor();
        collection.currency = currency;
        collection.collectedOn = request.collectedOn();
        collection.method = request.method();
        collection.description = request.description().strip();
        collection.createdAt = Instant.now();
        collections.persist(collection);
        ContributionView contribution = ledger.record(new NewContribution(Source.DEPARTMENT_COLLECTION,
                Money.of(request.amountMinor(), currency),
                NewContribution.Giver.department(departmentId, department.locationId(), department.countryCode()),
                false, request.projectPostId(), collection.description, "department-collection:" + collection.id));
        collection.contributionId = contribution.id();
        return view(collection, department, contribution.status());
    }

    /** An admin confirms the money arrived: the collection's contribution becomes collected. */
    @Transactional
    public CollectionView confirm(long id) {
        DepartmentCollection collection = collection(id);
        ledger.collect(collection.contributionId, "collection confirmed by an admin");
        return view(collection);
    }

    /** An admin cancels a collection that did not arrive, with a reason. */
    @Transactional
    public CollectionView cancel(long id, String reason) {
        DepartmentCollection collection = collection(id);
        ledger.cancelAsAdmin(collection.contributionId, reason);
        return view(collection);
    }

    public List<CollectionView> ofDepartment(long departmentId, Placement viewer, boolean admin) {
        if (!admin && (viewer == null || !organisation.leads(viewer.employeeId(), departmentId))) {
            throw new ApiProblem(403, "Forbidden", "Only the department's leads and admins see its collections.", null);
        }
        return views(collections.ofDepartment(departmentId));
    }

    /** Collections the employee recorded: for their data download. */
    public List<CollectionView> recordedBy(long employeeId) {
        return views(collections.recordedBy(employeeId));
    }

    public List<CollectionView> newest(int limit) {
        return views(collections.newestFirst(limit));
    }

    private List<CollectionView> views(List<DepartmentCollection> list) {
        Map<Long, ContributionState> states = ledger.states(list.stream().map(c -> c.contributionId).toList())
                .stream().collect(Collectors.toMap(ContributionState::id, Function.identity()));
        return list.stream().map(c -> view(c, organisation.departmentPlace(c.departmentId).orElseThrow(),
                states.get(c.contributionId).status())).toList();
    }

    private CollectionView view(DepartmentCollection c) {
        return view(c, organisation.departmentPlace(c.departmentId).orElseThrow(),
                ledger.states(List.of(c.contributionId)).getFirst().status());
    }

    private CollectionView view(DepartmentCollection c, DepartmentPlace department,
                                dk.kollekt.ledger.ContributionStatus status) {
        return new CollectionView(c.id, new Ref(department.id(), department.name()), c.amountMinor, c.currency,
                c.collectedOn, c.method, c.description, status, c.contributionId,
                organisation.names(List.of(c.recordedByEmployeeId)).get(c.recordedByEmployeeId), c.createdAt);
    }

    private DepartmentCollection collection(long id) {
        return collections.findByIdOptional(id)
                .orElseThrow(() -> ApiProblem.notFound("There is no collection " + id + "."));
    }
}
