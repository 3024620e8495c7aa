package dk.kollekt.ledger;

import dk.kollekt.common.Money;

/**
 * What a feature asks the ledger to record. {@code giver} is null for money that is not an employee's
 * (e.g. the corporate donation); {@code origin} names the feature's item so it gets one contribution at most.
 */
public record NewContribution(Source source, Money amount, Giver giver, boolean anonymous, long projectPostId,
                              String message, String origin) {

    /** The giver and where they belonged at the moment of giving: kept with the contribution for good. */
    public record Giver(long employeeId, long departmentId, long locationId, String countryCode) {
    }
}
