package dk.kollekt.sponsorship;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class SponsorshipPledgeRepository implements PanacheRepository<SponsorshipPledge> {

    public List<SponsorshipPledge> ofActivity(long activityId) {
        return list("activityId = ?1 order by createdAt desc, id desc", activityId);
    }

    public List<SponsorshipPledge> awaitingResult(long activityId) {
        return list("activityId = ?1 and status = ?2 order by id", activityId, SponsorshipPledge.Status.AWAITING_RESULT);
    }

    public List<SponsorshipPledge> ofSponsor(long employeeId) {
        return list("sponsorEmployeeId = ?1 order by createdAt desc, id desc", employeeId);
    }

    public Optional<SponsorshipPledge> lock(long id) {
        return find("id", id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }
}
