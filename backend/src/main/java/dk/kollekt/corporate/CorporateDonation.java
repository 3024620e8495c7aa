package dk.kollekt.corporate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** The company's own donation for a year, registered by an admin. */
@Entity
@Table(name = "corporate_donation")
public class CorporateDonation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public int year;

    @Column(name = "amount_minor")
    public long amountMinor;

    public String currency;

    @Column(name = "registered_by")
    public String registeredBy;

    @Column(name = "registered_at")
    public Instant registeredAt;
}
