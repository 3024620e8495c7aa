package dk.kollekt.sponsorship;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ActivityRepository implements PanacheRepository<Activity> {

    public Optional<Activity> byCode(String code) {
        return find("shareCode", code).firstResultOptional();
    }

    /** Shared lock: pledges to one activity run side by side, but not while its result is being reported. */
    public Optional<Activity> byCodeForPledge(String code) {
        return find("shareCode", code).withLock(LockModeType.PESSIMISTIC_READ).firstResultOptional();
    }

    /** Exclusive lock, for reporting the result or closing. */
    public Optional<Activity> byCodeForUpdate(String code) {
        return find("shareCode", code).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public boolean codeExists(String code) {
        return count("shareCode", code) > 0;
    }

    public List<Activity> ofOwner(long employeeId) {
        return list("ownerEmployeeId = ?1 order by activityDate desc, id desc", employeeId);
    }
}
