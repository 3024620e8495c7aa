package dk.kollekt.leaderboard;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A ranked board. Values (valueUnit) are minor units of the reporting currency, a count, basis points (1/100 %), or
 * minutes (volunteer hours, in total or per employee).
 */
@Schema(name = "Board", requiredProperties = {"level", "metric", "ranking", "from", "to", "valueUnit",
        "computedAt", "entries", "rows"})
public record BoardView(Level level, Metric metric, Ranking ranking, LocalDate from, LocalDate to,
                        ValueUnit valueUnit,
                        String currency, Instant computedAt,
                        @Schema(description = "How many departments, locations, countries or people are ranked") int entries,
                        List<BoardRow> rows) {

    @Schema(name = "BoardValueUnit")
    public enum ValueUnit { MINOR, COUNT, BASIS_POINTS, MINUTES }

    /** One place on the board. */
    @Schema(name = "BoardRow", requiredProperties = {"rank", "id", "name", "value", "total", "headcount", "mine"})
    public record BoardRow(int rank, String id, String name,
                           @Schema(description = "Location of a department, country of a location") String context,
                           @Schema(description = "What is ranked: the total, or the total per employee") long value,
                           long total, long headcount,
                           @Schema(description = "How far behind the place above (absent for the first)") Long gapToAbove,
                           @Schema(description = "Places gained since the end of the previous day (negative: lost)")
                           Integer movement,
                           @Schema(description = "The caller's own department, location or country, or the caller") boolean mine) {
    }
}
