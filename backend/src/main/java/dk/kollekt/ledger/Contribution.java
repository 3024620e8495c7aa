package dk.kollekt.ledger;

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

/**
 * One amount in the ledger. Its amounts, giver and attribution never change after it is written; only its
 * status moves, and every move is a {@link ContributionEvent}.
 */
@Entity
@Table(name = "contribution")
public class Contribution {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    public Source source;

    @Column(name = "amount_minor", updatable = false)
    public long amountMinor;

    @Column(updatable = false)
    public String currency;

    @Column(name = "reporting_amount_minor", updatable = false)
    public long reportingAmountMinor;

    @Column(name = "reporting_currency", updatable = false)
    public String reportingCurrency;

    @Column(name = "exchange_rate", updatable = false)
    public BigDecimal exchangeRate;

    @Column(name = "rate_date", updatable = false)
    public LocalDate rateDate;

    @Column(name = "giver_employee_id", updatable = false)
    public Long giverEmployeeId;

    @Column(updatable = false)
    public boolean anonymous;

    @Column(name = "department_id", updatable = false)
    public Long departmentId;

    @Column(name = "location_id", updatable = false)
    public Long locationId;

    @Column(name = "country_code", updatable = false)
    public String countryCode;

    @Column(name = "project_post_id", updatable = false)
    public long projectPostId;

    @Enumerated(EnumType.STRING)
    public ContributionStatus status;

    @Column(updatable = false)
    public String message;

    /** What created it in another feature, e.g. "sponsorship-pledge:42": at most one contribution each. */
    @Column(updatable = false)
    public String origin;

    @Column(name = "payment_reference", updatable = false)
    public String paymentReference;

    @Column(name = "created_at", updatable = false)
    public Instant createdAt;

    @Column(name = "status_changed_at")
    public Instant statusChangedAt;
}
