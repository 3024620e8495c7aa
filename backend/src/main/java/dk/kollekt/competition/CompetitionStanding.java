package dk.kollekt.competition;

import dk.kollekt.leaderboard.BoardView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where the caller's department ({@code mine}) stands in one competition it takes part in, beside the {@code leader}. */
@Schema(name = "CompetitionStanding", requiredProperties = {"competition", "valueUnit", "entries", "mine", "leader"})
public record CompetitionStanding(CompetitionView competition, BoardView.ValueUnit valueUnit, String currency,
                                  @Schema(description = "How many departments take part") int entries,
                                  BoardView.BoardRow mine, BoardView.BoardRow leader) {
}
