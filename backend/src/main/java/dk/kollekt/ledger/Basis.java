package dk.kollekt.ledger;

import java.util.EnumSet;
import java.util.Set;

/** How totals count: everything promised and not cancelled, or only what has been collected. */
public enum Basis {
    PLEDGED(EnumSet.of(ContributionStatus.PLEDGED, ContributionStatus.COLLECTED)),
    COLLECTED(EnumSet.of(ContributionStatus.COLLECTED));

    final Set<ContributionStatus> statuses;

    Basis(Set<ContributionStatus> statuses) {
        this.statuses = statuses;
    }
}
