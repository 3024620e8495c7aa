package dk.kollekt.shirt;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** An order of shirts, by an employee for themselves or by a lead for their department's team. */
@Entity
@Table(name = "shirt_order")
public class ShirtOrder {

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "ShirtOrderKind")
    public enum Kind { SELF, TEAM }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "campaign_id")
    public long campaignId;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    @Column(name = "orderer_employee_id")
    public long ordererEmployeeId;

    /** The department, location and country the donations of these shirts are attributed to, as at ordering. */
    @Column(name = "department_id")
    public long departmentId;

    @Column(name = "location_id")
    public long locationId;

    @Column(name = "country_code")
    public String countryCode;

    /** The currency the buyer pays the shirts' price in: the country's. */
    public String currency;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "changed_at")
    public Instant changedAt;

    @Column(name = "cancelled_at")
    public Instant cancelledAt;
}
