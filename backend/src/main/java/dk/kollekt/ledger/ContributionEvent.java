package dk.kollekt.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A recorded step in a contribution's life: created, collected or cancelled, by whom, when and why. */
@Entity
@Table(name = "contribution_event")
public class ContributionEvent {

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "ContributionEventType")
    public enum Type { CREATED, COLLECTED, CANCELLED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "contribution_id", updatable = false)
    public long contributionId;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    public Type type;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", updatable = false)
    public ContributionStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", updatable = false)
    public ContributionStatus toStatus;

    @Column(name = "occurred_at", updatable = false)
    public Instant occurredAt;

    @Column(updatable = false)
    public String actor;

    @Column(updatable = false)
    public String reason;
}
