package dk.kollekt.session;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a person chooses about how they appear in Kollekt. */
@Schema(name = "MyPreferences", requiredProperties = {"shownOnBoards"})
public record MyPreferences(
        @NotNull @Schema(description = "Appear by name on leaderboards (people boards rank only those who chose to)")
        Boolean shownOnBoards) {
}
