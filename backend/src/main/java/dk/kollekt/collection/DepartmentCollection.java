package dk.kollekt.collection;

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

/** Money a department collected outside the app, as its lead recorded it. Its money is in the ledger. */
@Entity
@Table(name = "department_collection")
public class DepartmentCollection {

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "CollectionMethod")
    public enum Method { CASH, MOBILE_PAYMENT, BAKE_SALE, GIFT_SWAP, EVENT, OTHER }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "department_id")
    public long departmentId;

    @Column(name = "recorded_by_employee_id")
    public long recordedByEmployeeId;

    @Column(name = "amount_minor")
    public long amountMinor;

    public String currency;

    @Column(name = "collected_on")
    public LocalDate collectedOn;

    @Enumerated(EnumType.STRING)
    public Method method;

    public String description;

    @Column(name = "contribution_id")
    /** Set in the same transaction that records the collection. */
    public Long contributionId;

    @Column(name = "created_at")
    public Instant createdAt;
}
