package dk.kollekt.volunteering;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "GrantPolicyRequest", requiredProperties = {"enabled", "rateMinor"})
public record GrantPolicyRequest(
        @NotNull Boolean enabled,
        @NotNull @Min(0) @Max(10_000_000) @Schema(description = "Grant per approved hour, minor units of the country's currency")
        Long rateMinor,
        @Positive @Schema(description = "Project post the grants go to; required when enabled") Long projectPostId) {
}
