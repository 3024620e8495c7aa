package dk.kollekt.leaderboard;

/**
 * What a board counts. Money raised is {@link dk.kollekt.ledger.Source#RAISED}, pledged (not cancelled) or
 * collected; participation counts employees with a gift that is not cancelled; shirts printed counts the
 * shirt-print contributions that are not cancelled, one per printed shirt; volunteer hours are approved hours, in
 * minutes, on the day they were given, for the department the volunteer was in that day.
 */
@org.eclipse.microprofile.openapi.annotations.media.Schema(name = "BoardMetric")
public enum Metric {
    MONEY_PLEDGED, MONEY_COLLECTED, PARTICIPATION, SHIRTS_PRINTED, VOLUNTEER_HOURS;

    /** Whether the metric is money (valued in minor units of the reporting currency). */
    public boolean isMoney() {
        return this == MONEY_PLEDGED || this == MONEY_COLLECTED;
    }
}
