package dk.kollekt.leaderboard;

import java.time.LocalDate;
import java.util.Set;

/**
 * Which board: level, metric, ranking, the local days it covers, and which departments take part (null: all).
 * Headcounts are taken on {@code headcountDay}. Equal queries share one computation.
 */
public record BoardQuery(Level level, Metric metric, Ranking ranking, LocalDate from, LocalDate to,
                         Set<Long> departmentIds, LocalDate headcountDay) {
}
