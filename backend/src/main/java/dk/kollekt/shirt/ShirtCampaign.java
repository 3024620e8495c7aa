package dk.kollekt.shirt;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A shirt campaign: the print, its prices per currency, the donation per printed shirt and the order deadline. */
@Entity
@Table(name = "shirt_campaign")
public class ShirtCampaign {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String name;

    public String description;

    @Column(name = "print_title")
    public String printTitle;

    @Column(name = "project_post_id")
    public long projectPostId;

    @Column(name = "donation_per_print_minor")
    public long donationPerPrintMinor;

    @Column(name = "donation_currency")
    public String donationCurrency;

    @Column(name = "order_deadline")
    public Instant orderDeadline;

    @Column(name = "created_at")
    public Instant createdAt;

    /** Price of one shirt in minor units, per currency (DKK, NOK, SEK). */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "shirt_campaign_price", joinColumns = @JoinColumn(name = "campaign_id"))
    @MapKeyColumn(name = "currency")
    @Column(name = "price_minor")
    public Map<String, Long> prices = new TreeMap<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "shirt_campaign_delivery", joinColumns = @JoinColumn(name = "campaign_id"))
    public List<Delivery> deliveries = new ArrayList<>();

    /** Where a location's shirts go. */
    @Embeddable
    public static class Delivery {

        @Column(name = "location_id")
        public long locationId;

        public String address;

        public String note;
    }

    public boolean openAt(Instant now) {
        return now.isBefore(orderDeadline);
    }
}
