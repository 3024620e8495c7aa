package dk.kollekt.shirt;

import dk.kollekt.common.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "PrintRunRequest", requiredProperties = {"reference", "lines"})
public record PrintRunRequest(
        @PlainText @NotBlank @Size(max = 64)
        @Schema(description = "The printer's job reference; a run with a reference already recorded is refused")
        String reference,
        @NotEmpty @Size(max = 5000) List<@Valid @NotNull Line> lines) {

    @Schema(name = "PrintRunLineRequest", requiredProperties = {"orderLineId", "quantity"})
    public record Line(
            @NotNull @Positive Long orderLineId,
            @NotNull @Min(1) @Max(100)
            @Schema(description = "Shirts of this line printed in this run (at most ordered minus printed before)")
            Integer quantity) {
    }
}
