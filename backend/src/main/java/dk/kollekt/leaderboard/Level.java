package dk.kollekt.leaderboard;

/** What a board ranks. */
@org.eclipse.microprofile.openapi.annotations.media.Schema(name = "BoardLevel")
public enum Level {
    DEPARTMENT, LOCATION, COUNTRY
}
