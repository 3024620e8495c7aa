package dk.kollekt.ledger;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.Set;

@Schema(name = "MatchRuleRequest", requiredProperties = {"ratioNumerator", "ratioDenominator", "capPerEmployeeMinor",
        "sources", "validFrom", "validTo", "budgetMinor"})
public record MatchRuleRequest(
        @Schema(description = "The company gives numerator/denominator of each qualifying amount, e.g. 1/1")
        @Min(1) @Max(100) int ratioNumerator,
        @Min(1) @Max(100) int ratioDenominator,
        @Schema(description = "Most matched per employee and calendar year, reporting-currency minor units")
        @Positive long capPerEmployeeMinor,
        @NotNull @NotEmpty Set<Source> sources,
        @NotNull LocalDate validFrom,
        @NotNull LocalDate validTo,
        @Schema(description = "Most matched in total, reporting-currency minor units") @Positive long budgetMinor) {
}
