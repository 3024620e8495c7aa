package dk.kollekt.privacy;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ErasureRequestRepository implements PanacheRepository<ErasureRequest> {

    public Optional<ErasureRequest> lock(long id) {
        return find("id", id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public boolean hasOpen(long employeeId) {
        return count("employeeId = ?1 and status = ?2", employeeId, ErasureRequest.Status.OPEN) > 0;
    }

    public List<ErasureRequest> ofEmployee(long employeeId) {
        return list("employeeId = ?1 order by requestedAt desc, id desc", employeeId);
    }

    /** Every open request, oldest first, then the {@code decided} most recently decided ones. */
    public List<ErasureRequest> openFirst(int decided) {
        List<ErasureRequest> all = new java.util.ArrayList<>(
                list("status = ?1 order by requestedAt, id", ErasureRequest.Status.OPEN));
        all.addAll(find("status <> ?1 order by decidedAt desc, id desc", ErasureRequest.Status.OPEN)
                .page(0, decided).list());
        return all;
    }
}
