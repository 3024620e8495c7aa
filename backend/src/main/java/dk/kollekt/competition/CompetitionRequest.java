package dk.kollekt.competition;

import dk.kollekt.common.PlainText;
import dk.kollekt.leaderboard.Metric;
import dk.kollekt.leaderboard.Ranking;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.Set;

@Schema(name = "CompetitionRequest", requiredProperties = {"name", "startsOn", "endsOn", "scope", "scopeIds", "metric",
        "ranking"})
public record CompetitionRequest(
        @PlainText @NotBlank @Size(max = 120) String name,
        @PlainText @Size(max = 2000) String description,
        @NotNull @Schema(description = "First day, Europe/Copenhagen") LocalDate startsOn,
        @NotNull @Schema(description = "Last day, inclusive") LocalDate endsOn,
        @NotNull Competition.Scope scope,
        @NotEmpty @Size(max = 2000)
        @Schema(description = "Department ids, location ids (all their departments) or country codes (all of the country)")
        Set<@NotBlank @Size(max = 16) @PlainText String> scopeIds,
        @NotNull Metric metric,
        @NotNull Ranking ranking,
        @Positive @Max(1_000_000_000_000L) @Schema(description = "Optional goal in the metric's unit: minor units, a count, basis points, or minutes")
        Long goal) {
}
