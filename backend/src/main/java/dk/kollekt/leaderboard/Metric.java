package dk.kollekt.leaderboard;

import dk.kollekt.ledger.Source;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a board counts. Money raised is what employees and departments brought in: donations, sponsorships and
 * department collections (company money such as matches and grants is not "raised"). Participation counts
 * employees with a gift that is not cancelled.
 */
@org.eclipse.microprofile.openapi.annotations.media.Schema(name = "BoardMetric")
public enum Metric {
    MONEY_PLEDGED, MONEY_COLLECTED, PARTICIPATION;

    public static final Set<Source> RAISED = EnumSet.of(Source.DONATION, Source.SPONSORSHIP,
            Source.DEPARTMENT_COLLECTION);
}
