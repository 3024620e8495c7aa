package dk.kollekt.shirt;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Shirts of one size in an order (for a team order: one wearer's), at the price fixed when ordered. */
@Entity
@Table(name = "shirt_order_line")
public class ShirtOrderLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "order_id")
    public long orderId;

    public String size;

    public int quantity;

    @Column(name = "wearer_name")
    public String wearerName;

    @Column(name = "unit_price_minor")
    public long unitPriceMinor;

    /** Shirts of this line printed so far; each has one donation in the ledger. */
    public int printed;
}
