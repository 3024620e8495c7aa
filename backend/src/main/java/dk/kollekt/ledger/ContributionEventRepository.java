package dk.kollekt.ledger;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;

@ApplicationScoped
public class ContributionEventRepository implements PanacheRepository<ContributionEvent> {

    /** Removes the reasons the giver typed on their own contributions' events (e.g. why they cancelled). */
    public int eraseReasonsOf(long giverEmployeeId, String actor) {
        return getEntityManager().createNativeQuery("UPDATE contribution_event e JOIN contribution c"
                        + " ON c.id = e.contribution_id SET e.reason = NULL"
                        + " WHERE c.giver_employee_id = ?1 AND e.actor = ?2 AND e.reason IS NOT NULL")
                .setParameter(1, giverEmployeeId).setParameter(2, actor).executeUpdate();
    }

    public List<ContributionEvent> of(Collection<Long> contributionIds) {
        return contributionIds.isEmpty() ? List.of()
                : list("contributionId in ?1 order by contributionId, id", contributionIds);
    }
}
