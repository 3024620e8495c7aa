package dk.kollekt.sponsorship;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** Something an employee does for the cause ("I run 5 km on 27 August") that colleagues sponsor. */
@Entity
@Table(name = "activity")
public class Activity {

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "ActivityStatus")
    public enum Status { OPEN, COMPLETED, CLOSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "share_code")
    public String shareCode;

    @Column(name = "owner_employee_id")
    public long ownerEmployeeId;

    public String title;

    public String description;

    @Column(name = "activity_date")
    public LocalDate activityDate;

    @Enumerated(EnumType.STRING)
    public Unit unit;

    public BigDecimal target;

    @Column(name = "project_post_id")
    public long projectPostId;

    @Enumerated(EnumType.STRING)
    public Status status;

    public BigDecimal result;

    @Column(name = "closed_reason")
    public String closedReason;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "finished_at")
    public Instant finishedAt;
}
