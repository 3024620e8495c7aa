package dk.kollekt.volunteering;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ShiftRepository implements PanacheRepository<Shift> {

    /** The shift, its row locked until the transaction ends: sign-ups to one shift take turns. */
    public Optional<Shift> lock(long id) {
        return find("id", id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public List<Shift> ofOpportunities(Collection<Long> opportunityIds, Instant endingAfter) {
        return opportunityIds.isEmpty() ? List.of()
                : list("opportunity.id in ?1 and endsAt > ?2 order by startsAt, id", opportunityIds, endingAfter);
    }

    public List<Shift> withOpportunity(Collection<Long> ids) {
        return ids.isEmpty() ? List.of()
                : list("select s from Shift s join fetch s.opportunity where s.id in ?1 order by s.startsAt, s.id", ids);
    }
}
