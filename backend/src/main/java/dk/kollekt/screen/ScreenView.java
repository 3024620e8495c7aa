package dk.kollekt.screen;

import dk.kollekt.leaderboard.Level;
import dk.kollekt.leaderboard.Metric;
import dk.kollekt.leaderboard.Period;
import dk.kollekt.leaderboard.Ranking;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(name = "Screen", requiredProperties = {"id", "title", "path", "level", "metric", "ranking", "period",
        "createdAt", "revoked"})
public record ScreenView(long id, String title,
                         @Schema(description = "The app's kiosk page for this screen, e.g. /screen/3f9c…") String path,
                         Long competitionId, Level level, Metric metric, Ranking ranking, Period period,
                         Instant createdAt, boolean revoked) {

    static ScreenView from(BoardScreen s) {
        return new ScreenView(s.id, s.title, "/screen/" + s.token, s.competitionId, s.level, s.metric, s.ranking,
                s.period, s.createdAt, s.revokedAt != null);
    }
}
