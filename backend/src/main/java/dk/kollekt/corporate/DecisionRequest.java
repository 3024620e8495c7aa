package dk.kollekt.corporate;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CorporateSplitDecision")
public record DecisionRequest(
        @Size(max = 1000) @Schema(description = "Why; required when the split is sent back") String comment) {
}
