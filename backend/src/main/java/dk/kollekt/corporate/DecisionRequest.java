package dk.kollekt.corporate;

import dk.kollekt.common.PlainText;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CorporateSplitDecision")
public record DecisionRequest(
        @PlainText @Size(max = 1000) @Schema(description = "Why; required when the split is sent back")
        String comment) {
}
