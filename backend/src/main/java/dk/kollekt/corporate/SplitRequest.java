package dk.kollekt.corporate;

import dk.kollekt.common.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "CorporateSplitRequest", requiredProperties = {"parts"})
public record SplitRequest(
        @NotNull @NotEmpty @Size(max = 100) List<@Valid @NotNull Part> parts,
        @PlainText @Size(max = 1000) String note) {

    @Schema(name = "CorporateSplitPartRequest", requiredProperties = {"projectPostId", "amountMinor"})
    public record Part(@Positive long projectPostId,
                       @Positive @Max(1_000_000_000_000L) @Schema(description = "Minor units of the donation's currency")
                       long amountMinor) {
    }
}
