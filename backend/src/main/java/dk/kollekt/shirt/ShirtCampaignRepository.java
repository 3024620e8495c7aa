package dk.kollekt.shirt;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ShirtCampaignRepository implements PanacheRepository<ShirtCampaign> {

    public Optional<ShirtCampaign> lock(long id) {
        return find("id", id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public List<ShirtCampaign> newestDeadlineFirst() {
        return list("order by orderDeadline desc, id desc");
    }
}
