package dk.kollekt.corporate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One proposal of how a corporate donation is split across project posts, and the admin's decision on it. */
@Entity
@Table(name = "corporate_split")
public class CorporateSplit {

    /** PROPOSED → APPROVED or RETURNED; an APPROVED split becomes REPLACED when a later one is approved. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "CorporateSplitState")
    public enum State { PROPOSED, APPROVED, RETURNED, REPLACED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "donation_id")
    public long donationId;

    @Enumerated(EnumType.STRING)
    public State state;

    public String note;

    @Column(name = "proposed_by")
    public String proposedBy;

    @Column(name = "proposed_at")
    public Instant proposedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decision_comment")
    public String decisionComment;

    @Column(name = "replaced_at")
    public Instant replacedAt;
}
