package dk.kollekt.volunteering;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "SkillsProfileRequest", requiredProperties = {"skillIds"})
public record SkillsProfileRequest(
        @NotNull @Size(max = 50) @Schema(description = "Every skill of the profile; replaces the earlier ones")
        List<@NotNull @Positive Long> skillIds) {
}
