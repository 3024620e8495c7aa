package dk.kollekt.ledger;

import java.util.Set;

/** Which contributions a report counts: any field left null (or an empty set of sources) does not filter. */
public record TotalsFilter(Long projectPostId, Set<Source> sources, String countryCode, Long locationId,
                           Long departmentId) {

    public static TotalsFilter none() {
        return new TotalsFilter(null, Set.of(), null, null, null);
    }
}
