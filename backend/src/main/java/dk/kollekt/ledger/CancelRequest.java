package dk.kollekt.ledger;

import dk.kollekt.common.PlainText;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CancelRequest")
public record CancelRequest(
        @PlainText @Size(max = 500) @Schema(description = "Why; required when an admin cancels someone else's pledge")
        String reason) {
}
