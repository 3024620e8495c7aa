package dk.kollekt.volunteering;

import dk.kollekt.common.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RejectHoursRequest", requiredProperties = {"reason"})
public record RejectRequest(
        @PlainText @NotBlank @Size(max = 500) @Schema(description = "Shown to the employee") String reason) {
}
