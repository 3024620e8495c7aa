package dk.kollekt.volunteering;

import dk.kollekt.common.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SkillRequest", requiredProperties = {"name"})
public record SkillRequest(
        @PlainText @NotBlank @Size(max = 100) @Schema(description = "e.g. Anaesthesia nurse") String name) {
}
