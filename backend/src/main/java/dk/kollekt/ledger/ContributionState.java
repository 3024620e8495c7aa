package dk.kollekt.ledger;

/** The little other features need to know of a contribution they created. */
public record ContributionState(long id, ContributionStatus status, long amountMinor, String currency,
                                long reportingAmountMinor, Long giverEmployeeId, String paymentReference) {

    static ContributionState from(Contribution c) {
        return new ContributionState(c.id, c.status, c.amountMinor, c.currency, c.reportingAmountMinor,
                c.giverEmployeeId, c.paymentReference);
    }
}
