package dk.kollekt.volunteering;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(name = "ShiftRequest", requiredProperties = {"startsAt", "endsAt", "places"})
public record ShiftRequest(@NotNull Instant startsAt,
                           @NotNull @Schema(description = "After startsAt") Instant endsAt,
                           @NotNull @Min(1) @Max(1000) Integer places) {
}
