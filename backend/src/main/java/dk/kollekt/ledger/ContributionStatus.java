package dk.kollekt.ledger;

/** A contribution is pledged, then collected or cancelled; collected and cancelled are final. */
public enum ContributionStatus {
    PLEDGED, COLLECTED, CANCELLED
}
