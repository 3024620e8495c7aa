package dk.kollekt.ledger;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ContributionRepository implements PanacheRepository<Contribution> {

    /** The contribution, its row locked until the transaction ends: status changes happen one at a time. */
    public Optional<Contribution> lock(long id) {
        return find("id", id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public List<Contribution> ofGiver(long employeeId) {
        return list("giverEmployeeId = ?1 order by createdAt desc, id desc", employeeId);
    }

    public List<Long> pledgedOfGiver(long employeeId) {
        return getEntityManager().createQuery("select c.id from Contribution c where c.giverEmployeeId = ?1"
                        + " and c.status = ?2 order by c.id", Long.class)
                .setParameter(1, employeeId).setParameter(2, ContributionStatus.PLEDGED).getResultList();
    }

    /** Removes the giver's messages (free text) from their contributions; amounts and attribution stay. */
    public int eraseMessagesOf(long employeeId) {
        return getEntityManager().createNativeQuery("UPDATE contribution SET message = NULL"
                + " WHERE giver_employee_id = ?1 AND message IS NOT NULL").setParameter(1, employeeId).executeUpdate();
    }

    public List<Contribution> byIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }

    public Optional<Contribution> byPaymentReference(String reference) {
        return find("paymentReference", reference).firstResultOptional();
    }

    /** One look-up in the unique index, as plain SQL: it runs for every pledge. */
    public boolean paymentReferenceExists(String reference) {
        return !getEntityManager().createNativeQuery("SELECT 1 FROM contribution WHERE payment_reference = ?1")
                .setParameter(1, reference).getResultList().isEmpty();
    }

    public List<Contribution> pledgedInCountryBefore(String countryCode, Instant before) {
        return list("status = ?1 and countryCode = ?2 and giverEmployeeId is not null and createdAt < ?3 order by id",
                ContributionStatus.PLEDGED, countryCode, before);
    }

    /** Sums in the reporting currency: [project post, source, sum, count] for the given statuses and period. */
    public List<Object[]> totals(Collection<ContributionStatus> statuses, Instant from, Instant to) {
        return getEntityManager().createQuery("select c.projectPostId, c.source, sum(c.reportingAmountMinor), count(c)"
                        + " from Contribution c where c.status in ?1 and c.createdAt >= ?2 and c.createdAt < ?3"
                        + " group by c.projectPostId, c.source", Object[].class)
                .setParameter(1, statuses).setParameter(2, from).setParameter(3, to).getResultList();
    }
}
