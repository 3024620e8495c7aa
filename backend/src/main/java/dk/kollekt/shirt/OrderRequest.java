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

@Schema(name = "ShirtOrderRequest", requiredProperties = {"lines"})
public record OrderRequest(
        @Schema(description = "SELF (default): shirts for me; TEAM: a lead's order for a department they lead")
        ShirtOrder.Kind kind,
        @Positive @Schema(description = "TEAM only: the department ordered for (default: my own)") Long departmentId,
        @NotEmpty @Size(max = 500) List<@Valid @NotNull Line> lines) {

    public ShirtOrder.Kind kindOrDefault() {
        return kind == null ? ShirtOrder.Kind.SELF : kind;
    }

    @Schema(name = "ShirtOrderLineRequest", requiredProperties = {"size"})
    public record Line(
            @PlainText @NotBlank @Size(max = 8) String size,
            @Min(1) @Max(100) @Schema(description = "Default 1") Integer quantity,
            @PlainText @Size(max = 120) @Schema(description = "TEAM orders: who wears it (required there)")
            String wearerName) {

        public int quantityOrDefault() {
            return quantity == null ? 1 : quantity;
        }
    }
}
