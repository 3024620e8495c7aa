package dk.kollekt.sponsorship;

import dk.kollekt.common.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CloseRequest", requiredProperties = {"reason"})
public record CloseRequest(@PlainText @NotBlank @Size(max = 500) String reason) {
}
