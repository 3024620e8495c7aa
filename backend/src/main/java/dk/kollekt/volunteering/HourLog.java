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
import java.time.LocalDate;

/** Hours an employee gave on a day, with the department they were in that day, and the decision on them. */
@Entity
@Table(name = "hour_log")
public class HourLog {

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "HourLogStatus",
            description = "SUBMITTED (editable) until a lead or the opportunity's owner approves or rejects it")
    public enum Status { SUBMITTED, APPROVED, REJECTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "employee_id")
    public long employeeId;

    @Column(name = "work_date")
    public LocalDate workDate;

    public int minutes;

    public String description;

    @Column(name = "opportunity_id")
    public Long opportunityId;

    @Column(name = "ngo_id")
    public long ngoId;

    @Column(name = "department_id")
    public long departmentId;

    @Column(name = "location_id")
    public long locationId;

    @Column(name = "country_code")
    public String countryCode;

    @Enumerated(EnumType.STRING)
    public Status status;

    /** Keycloak subject of who approved or rejected it. */
    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    public String reason;

    @Column(name = "contribution_id")
    public Long contributionId;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
