package dk.kollekt.settlement;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One month's payroll deductions in one country: the pledges the payroll office collects. */
@Entity
@Table(name = "payroll_batch")
public class PayrollBatch {

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "PayrollBatchStatus")
    public enum Status { OPEN, COLLECTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "country_code")
    public String countryCode;

    /** The month, as YYYY-MM. */
    public String period;

    public String reference;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "collected_at")
    public Instant collectedAt;

    @Column(name = "collected_by")
    public String collectedBy;

    @ElementCollection
    @CollectionTable(name = "payroll_batch_item", joinColumns = @JoinColumn(name = "batch_id"))
    public List<Item> items = new ArrayList<>();

    @Embeddable
    public record Item(@Column(name = "contribution_id") long contributionId,
                       @Column(name = "employee_id") long employeeId) {
    }
}
