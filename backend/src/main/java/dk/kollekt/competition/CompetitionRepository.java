package dk.kollekt.competition;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class CompetitionRepository implements PanacheRepository<Competition> {

    public Optional<Competition> lock(long id) {
        return find("id", id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public List<Competition> newestFirst() {
        return list("order by startsOn desc, id desc");
    }

    public List<Competition> createdBy(long employeeId) {
        return list("createdByEmployeeId = ?1 order by createdAt, id", employeeId);
    }
}
