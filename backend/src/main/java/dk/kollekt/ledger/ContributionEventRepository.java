package dk.kollekt.ledger;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;

@ApplicationScoped
public class ContributionEventRepository implements PanacheRepository<ContributionEvent> {

    public List<ContributionEvent> of(Collection<Long> contributionIds) {
        return contributionIds.isEmpty() ? List.of()
                : list("contributionId in ?1 order by contributionId, id", contributionIds);
    }
}
