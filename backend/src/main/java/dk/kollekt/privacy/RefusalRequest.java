package dk.kollekt.privacy;

import dk.kollekt.common.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why an admin refuses an erasure request (e.g. the law requires keeping the data). */
@Schema(name = "RefusalRequest", requiredProperties = {"reason"})
public record RefusalRequest(@PlainText @NotBlank @Size(max = 500) String reason) {
}
