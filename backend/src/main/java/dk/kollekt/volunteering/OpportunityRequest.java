package dk.kollekt.volunteering;

import dk.kollekt.common.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "OpportunityRequest", requiredProperties = {"ngoId", "title", "description", "skillIds", "placeKind",
        "shifts"})
public record OpportunityRequest(
        @NotNull @Positive @Schema(description = "The partner NGO it is for") Long ngoId,
        @PlainText @NotBlank @Size(max = 200) String title,
        @PlainText @NotBlank @Size(max = 4000) String description,
        @NotNull @Size(max = 20) @Schema(description = "Skills wanted (from the shared list); may be empty")
        List<@NotNull @Positive Long> skillIds,
        @NotNull Opportunity.PlaceKind placeKind,
        @Positive @Schema(description = "Required for LOCATION: the company location") Long locationId,
        @PlainText @Size(max = 200) @Schema(description = "Required for NGO_SITE, e.g. Masanga, Sierra Leone")
        String placeText,
        @NotNull @Size(min = 1, max = 50) List<@Valid @NotNull ShiftRequest> shifts) {
}
