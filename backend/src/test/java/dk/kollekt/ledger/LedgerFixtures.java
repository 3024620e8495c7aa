package dk.kollekt.ledger;

import io.quarkus.narayana.jta.QuarkusTransaction;

import java.time.Instant;

/** For tests of other packages: records a contribution as made at a given moment, in its own transaction. */
public final class LedgerFixtures {

    private LedgerFixtures() {
    }

    public static ContributionView recordAt(LedgerService ledger, NewContribution contribution, Instant at) {
        return QuarkusTransaction.requiringNew().call(() -> ledger.record(contribution, at));
    }
}
