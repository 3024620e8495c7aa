package dk.kollekt.volunteering;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** The company's grant per approved volunteer hour in one country, in its currency; off by default. */
@Entity
@Table(name = "volunteer_grant_policy")
public class GrantPolicy {

    @Id
    @Column(name = "country_code")
    public String countryCode;

    public boolean enabled;

    @Column(name = "rate_minor")
    public long rateMinor;

    @Column(name = "project_post_id")
    public Long projectPostId;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
