package dk.kollekt.privacy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** An employee's request to have their personal data erased, and what became of it. */
@Entity
@Table(name = "erasure_request")
public class ErasureRequest {

    /** OPEN until the employee withdraws it or an admin completes or refuses it; the other three are final. */
    @Schema(name = "ErasureStatus")
    public enum Status { OPEN, WITHDRAWN, REFUSED, COMPLETED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "employee_id")
    public long employeeId;

    @Enumerated(EnumType.STRING)
    public Status status;

    /** What the employee wanted the admin to know; removed when their data is erased. */
    public String note;

    @Column(name = "requested_at")
    public Instant requestedAt;

    @Column(name = "decided_at")
    public Instant decidedAt;

    /** Keycloak subject of the admin who completed or refused it. */
    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "refusal_reason")
    public String refusalReason;
}
