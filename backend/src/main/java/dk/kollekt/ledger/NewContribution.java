package dk.kollekt.ledger;

import dk.kollekt.common.Money;

/**
 * What a feature asks the ledger to record. {@code giver} is null for money that belongs to no department
 * (e.g. the corporate donation); {@code origin} names the feature's item so it gets one contribution at most.
 */
public record NewContribution(Source source, Money amount, Giver giver, boolean anonymous, long projectPostId,
                              String message, String origin) {

    /**
     * Who gave and where they belonged at that moment, kept with the contribution for good. {@code employeeId}
     * is null for a department's own money (e.g. a bake sale): it counts for the department, for no one person.
     */
    public record Giver(Long employeeId, long departmentId, long locationId, String countryCode) {

        public static Giver department(long departmentId, long locationId, String countryCode) {
            return new Giver(null, departmentId, locationId, countryCode);
        }
    }
}
