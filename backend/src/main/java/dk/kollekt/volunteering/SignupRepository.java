package dk.kollekt.volunteering;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class SignupRepository implements PanacheRepository<Signup> {

    public Optional<Signup> of(long shiftId, long employeeId) {
        return find("shiftId = ?1 and employeeId = ?2", shiftId, employeeId).firstResultOptional();
    }

    public long confirmed(long shiftId) {
        return count("shiftId = ?1 and status = ?2", shiftId, Signup.Status.CONFIRMED);
    }

    public int lastQueueNo(long shiftId) {
        Integer max = getEntityManager().createQuery("select max(s.queueNo) from Signup s where s.shiftId = ?1",
                Integer.class).setParameter(1, shiftId).getSingleResult();
        return max == null ? 0 : max;
    }

    /** The waiting list of a shift, first in line first. */
    public List<Signup> waiting(long shiftId) {
        return list("shiftId = ?1 and status = ?2 order by queueNo", shiftId, Signup.Status.WAITING);
    }

    /** Confirmed and waiting sign-ups of these shifts, in queue order. */
    public List<Signup> active(Collection<Long> shiftIds) {
        return shiftIds.isEmpty() ? List.of() : list("shiftId in ?1 and status <> ?2 order by shiftId, queueNo",
                shiftIds, Signup.Status.WITHDRAWN);
    }

    /** Every sign-up of the employee, withdrawn ones too. */
    public List<Signup> allOf(long employeeId) {
        return list("employeeId = ?1 order by createdAt, id", employeeId);
    }

    public List<Signup> activeOf(long employeeId) {
        return list("employeeId = ?1 and status <> ?2", employeeId, Signup.Status.WITHDRAWN);
    }
}
