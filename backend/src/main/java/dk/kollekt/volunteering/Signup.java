package dk.kollekt.volunteering;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One employee's place on a shift, or their place in its waiting list (ordered by queue number). */
@Entity
@Table(name = "volunteer_signup")
public class Signup {

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "SignupStatus")
    public enum Status { CONFIRMED, WAITING, WITHDRAWN }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "shift_id")
    public long shiftId;

    @Column(name = "employee_id")
    public long employeeId;

    @Enumerated(EnumType.STRING)
    public Status status;

    /** Order of signing up on this shift, given under the shift's lock; the waiting list follows it. */
    @Column(name = "queue_no")
    public int queueNo;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
