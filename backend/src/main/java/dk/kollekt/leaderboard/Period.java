package dk.kollekt.leaderboard;

/** The local days a board covers, up to today; CUSTOM takes explicit days. */
@org.eclipse.microprofile.openapi.annotations.media.Schema(name = "BoardPeriod")
public enum Period {
    MONTH, YEAR, ALL, CUSTOM
}
