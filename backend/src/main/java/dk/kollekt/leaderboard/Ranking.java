package dk.kollekt.leaderboard;

/** Rank by the total, or per employee (headcount), so that a team of 5 can beat a team of 200. */
@org.eclipse.microprofile.openapi.annotations.media.Schema(name = "BoardRanking")
public enum Ranking {
    TOTAL, PER_EMPLOYEE
}
