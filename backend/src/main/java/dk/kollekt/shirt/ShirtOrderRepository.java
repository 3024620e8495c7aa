package dk.kollekt.shirt;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ShirtOrderRepository implements PanacheRepository<ShirtOrder> {

    public Optional<ShirtOrder> lock(long id) {
        return find("id", id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** Locks orders in id order, so that two transactions locking several orders never wait on each other in a ring. */
    public List<ShirtOrder> lockAll(Collection<Long> ids) {
        return ids.isEmpty() ? List.of()
                : find("id in ?1 order by id", ids).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    public List<ShirtOrder> ofOrderer(long employeeId) {
        return list("ordererEmployeeId = ?1 order by createdAt desc, id desc", employeeId);
    }

    public List<ShirtOrder> ofCampaign(long campaignId) {
        return list("campaignId = ?1 order by createdAt desc, id desc", campaignId);
    }

    public List<ShirtOrder> activeOfCampaign(long campaignId) {
        return list("campaignId = ?1 and cancelledAt is null order by id", campaignId);
    }
}
