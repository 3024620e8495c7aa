package dk.kollekt.ledger;

/**
 * One running-total cell: sums in reporting-currency minor units for a project post, source and the department,
 * location and country the money counts for (null when it belongs to none, e.g. the corporate donation).
 */
public record PostTotal(long projectPostId, Source source, Long departmentId, Long locationId, String countryCode,
                        long pledgedMinor, long collectedMinor, long contributions) {
}
