package dk.kollekt.privacy;

import dk.kollekt.common.PlainText;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An employee asks for the erasure of their personal data. */
@Schema(name = "ErasureRequestBody")
public record ErasureRequestBody(
        @PlainText @Size(max = 1000) @Schema(description = "Anything the admin should know (optional)") String note) {
}
