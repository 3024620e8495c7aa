package dk.kollekt.screen;

import dk.kollekt.leaderboard.BoardView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a canteen screen shows: its title and its board. Nothing else. */
@Schema(name = "ScreenBoard", requiredProperties = {"title", "board"})
public record ScreenBoard(String title, BoardView board) {
}
