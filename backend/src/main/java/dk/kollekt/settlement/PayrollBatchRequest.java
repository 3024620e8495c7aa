package dk.kollekt.settlement;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PayrollBatchRequest", requiredProperties = {"countryCode", "period"})
public record PayrollBatchRequest(
        @NotNull @Pattern(regexp = "DK|NO|SE", message = "must be DK, NO or SE") @Schema(maxLength = 2) String countryCode,
        @NotNull @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])", message = "must be a month like 2026-11")
        @Schema(description = "The payroll month, YYYY-MM: pledges made up to its end are included", maxLength = 7)
        String period) {
}
