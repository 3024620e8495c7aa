package dk.kollekt.screen;

import dk.kollekt.common.PlainText;
import dk.kollekt.leaderboard.Level;
import dk.kollekt.leaderboard.Metric;
import dk.kollekt.leaderboard.Ranking;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ScreenRequest", requiredProperties = {"title"})
public record ScreenRequest(
        @PlainText @NotBlank @Size(max = 120) String title,
        @Positive @Schema(description = "Show this competition's board (its metric, ranking and days)") Long competitionId,
        @Schema(description = "Default DEPARTMENT") Level level,
        @Schema(description = "Without a competition; default MONEY_PLEDGED") Metric metric,
        @Schema(description = "Without a competition; default TOTAL") Ranking ranking,
        @Schema(description = "Without a competition: MONTH (default), YEAR or ALL") ScreenPeriod period) {

    /** The periods a screen can follow (a canteen screen has no custom days). */
    @Schema(name = "ScreenPeriod")
    public enum ScreenPeriod { MONTH, YEAR, ALL }
}
