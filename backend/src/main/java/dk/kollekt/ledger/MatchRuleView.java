package dk.kollekt.ledger;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A matching rule with what it has used of its budget. */
@Schema(name = "MatchRule", requiredProperties = {"id", "ratioNumerator", "ratioDenominator", "capPerEmployeeMinor",
        "sources", "validFrom", "validTo", "budgetMinor", "usedMinor", "reportingCurrency", "active", "createdAt"})
public record MatchRuleView(long id, int ratioNumerator, int ratioDenominator, long capPerEmployeeMinor,
                            List<Source> sources, LocalDate validFrom, LocalDate validTo, long budgetMinor,
                            long usedMinor, String reportingCurrency, boolean active, Instant createdAt) {

    static MatchRuleView from(MatchRule r, String reportingCurrency) {
        return new MatchRuleView(r.id, r.ratioNumerator, r.ratioDenominator, r.capPerEmployeeMinor,
                List.copyOf(r.sourceSet()), r.validFrom, r.validTo, r.budgetMinor, r.usedMinor, reportingCurrency,
                r.active, r.createdAt);
    }
}
