package dk.kollekt.competition;

import dk.kollekt.leaderboard.Metric;
import dk.kollekt.leaderboard.Ranking;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "Competition", requiredProperties = {"id", "name", "startsOn", "endsOn", "scope", "scopeIds", "metric",
        "ranking", "status", "mine", "participants"})
public record CompetitionView(long id, String name, String description, LocalDate startsOn, LocalDate endsOn,
                              Competition.Scope scope, List<String> scopeIds, Metric metric, Ranking ranking, Long goal,
                              Status status, String cancelledReason,
                              @Schema(description = "The caller may manage it (its creator, or an admin)") boolean mine,
                              @Schema(description = "Departments taking part (frozen at the start)") int participants) {

    @Schema(name = "CompetitionStatus")
    public enum Status { SCHEDULED, RUNNING, ENDED, CANCELLED }
}
