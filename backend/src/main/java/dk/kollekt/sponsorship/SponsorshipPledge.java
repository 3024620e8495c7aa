package dk.kollekt.sponsorship;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A colleague's pledge to an activity: a fixed amount (in the ledger at once) or an amount per unit with an
 * optional cap (in the ledger once the result is reported). Keeps where the sponsor belonged when pledging.
 */
@Entity
@Table(name = "sponsorship_pledge")
public class SponsorshipPledge {

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "PledgeKind")
    public enum Kind { FIXED, PER_UNIT }

    public enum Status { AWAITING_RESULT, IN_LEDGER, LAPSED, CANCELLED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "activity_id")
    public long activityId;

    @Column(name = "sponsor_employee_id")
    public long sponsorEmployeeId;

    @Column(name = "sponsor_department_id")
    public long sponsorDepartmentId;

    @Column(name = "sponsor_location_id")
    public long sponsorLocationId;

    @Column(name = "sponsor_country_code")
    public String sponsorCountryCode;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    @Column(name = "amount_minor")
    public Long amountMinor;

    @Column(name = "rate_minor")
    public Long rateMinor;

    @Column(name = "cap_minor")
    public Long capMinor;

    public String currency;

    public String message;

    @Column(name = "show_name")
    public boolean showName;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "contribution_id")
    public Long contributionId;

    @Column(name = "created_at")
    public Instant createdAt;

    String origin() {
        return "sponsorship-pledge:" + id;
    }
}
