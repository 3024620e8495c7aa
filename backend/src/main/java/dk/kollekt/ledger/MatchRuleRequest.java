package dk.kollekt.ledger;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.validator.constraints.UniqueElements;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "MatchRuleRequest", requiredProperties = {"ratioNumerator", "ratioDenominator", "capPerEmployeeMinor",
        "sources", "validFrom", "validTo", "budgetMinor"})
public record MatchRuleRequest(
        @Schema(description = "The company gives numerator/denominator of each qualifying amount, e.g. 1/1")
        @Min(1) @Max(100) int ratioNumerator,
        @Min(1) @Max(100) int ratioDenominator,
        @Schema(description = "Most matched per employee and calendar year, reporting-currency minor units")
        @Positive @Max(1_000_000_000_000L) long capPerEmployeeMinor,
        @Schema(description = "Of DONATION, SPONSORSHIP and DEPARTMENT_COLLECTION, each at most once", uniqueItems = true)
        @NotNull @NotEmpty @Size(max = 3) @UniqueElements List<Source> sources,
        @NotNull LocalDate validFrom,
        @NotNull LocalDate validTo,
        @Schema(description = "Most matched in total, reporting-currency minor units") @Positive @Max(1_000_000_000_000L) long budgetMinor) {
}
