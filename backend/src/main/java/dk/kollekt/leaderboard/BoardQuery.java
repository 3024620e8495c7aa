package dk.kollekt.leaderboard;

import dk.kollekt.common.ApiProblem;
import dk.kollekt.common.Problem.FieldError;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Which board: level, metric, ranking, the local days it covers, and which departments take part (null: all).
 * Headcounts are taken on {@code headcountDay}. Equal queries share one computation. A PERSON board ranks money
 * only (a person's headcount is one, so their value is their total whatever the ranking).
 */
public record BoardQuery(Level level, Metric metric, Ranking ranking, LocalDate from, LocalDate to,
                         Set<Long> departmentIds, LocalDate headcountDay) {

    public BoardQuery {
        if (level == Level.PERSON && !metric.isMoney()) {
            throw ApiProblem.badRequest("People are ranked only by the money they raised.",
                    List.of(FieldError.field("level", "PERSON boards need a money metric")));
        }
    }
}
