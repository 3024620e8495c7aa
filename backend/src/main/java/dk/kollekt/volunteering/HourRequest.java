package dk.kollekt.volunteering;

import dk.kollekt.common.PlainText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "HourRequest", requiredProperties = {"date", "minutes", "description"},
        description = "Hours against an opportunity (opportunityId) or free-form for a partner NGO (ngoId): exactly one")
public record HourRequest(
        @NotNull @Schema(description = "The day of the hours (not in the future)") LocalDate date,
        @NotNull @Min(1) @Max(1440) @Schema(description = "At most 24 hours a day per person, all logs together")
        Integer minutes,
        @PlainText @NotBlank @Size(max = 1000) String description,
        @Positive Long opportunityId,
        @Positive Long ngoId) {
}
