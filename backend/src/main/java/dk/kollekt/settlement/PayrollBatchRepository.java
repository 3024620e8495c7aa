package dk.kollekt.settlement;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class PayrollBatchRepository implements PanacheRepository<PayrollBatch> {

    public Optional<PayrollBatch> lock(long id) {
        return find("id", id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public boolean exists(String countryCode, String period) {
        return count("countryCode = ?1 and period = ?2", countryCode, period) > 0;
    }

    public List<PayrollBatch> newestFirst() {
        return list("order by period desc, countryCode");
    }

    /** Contributions already in some batch: a pledge goes into one batch at most. */
    public Set<Long> batchedContributionIds(String countryCode) {
        return new HashSet<>(getEntityManager().createQuery("select i.contributionId from PayrollBatch b join b.items i"
                + " where b.countryCode = ?1", Long.class).setParameter(1, countryCode).getResultList());
    }
}
