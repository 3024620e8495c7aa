package dk.kollekt.shirt;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A size a campaign offers, with its optional stock limit and the count of shirts ordered in it. */
@Entity
@Table(name = "shirt_campaign_size")
public class CampaignSize {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "campaign_id")
    public long campaignId;

    public String size;

    public int position;

    @Column(name = "stock_limit")
    public Integer stockLimit;

    /** Changed only by conditional updates in {@link CampaignSizeRepository}, so that it never passes the limit. */
    public int ordered;
}
