package dk.kollekt.leaderboard;

/** What a board ranks. PERSON ranks only employees who chose to be shown, by the money they raised under their name. */
@org.eclipse.microprofile.openapi.annotations.media.Schema(name = "BoardLevel")
public enum Level {
    DEPARTMENT, LOCATION, COUNTRY, PERSON
}
