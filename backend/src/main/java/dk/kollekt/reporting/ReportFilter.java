package dk.kollekt.reporting;

import dk.kollekt.ledger.Source;
import dk.kollekt.ledger.TotalsFilter;

import java.time.LocalDate;
import java.util.Set;

/** The dashboard's period and filters, shared by the dashboard and its exports. */
public record ReportFilter(LocalDate from, LocalDate to, Long projectPostId, Set<Source> sources, String countryCode,
                           Long locationId, Long departmentId) {

    TotalsFilter totals() {
        return new TotalsFilter(projectPostId, sources, countryCode, locationId, departmentId);
    }
}
