package dk.kollekt.giving;

import dk.kollekt.common.Money;
import dk.kollekt.ledger.ContributionView;
import dk.kollekt.ledger.LedgerService;
import dk.kollekt.ledger.NewContribution;
import dk.kollekt.ledger.Source;
import dk.kollekt.organisation.Placement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Giving directly to a project post. */
@ApplicationScoped
public class GivingService {

    @Inject
    LedgerService ledger;

    public ContributionView donate(Placement giver, DonationRequest request) {
        String currency = request.currency() == null ? giver.country().currency() : request.currency();
        return ledger.record(new NewContribution(Source.DONATION, Money.of(request.amountMinor(), currency),
                giverOf(giver), Boolean.TRUE.equals(request.anonymous()), request.projectPostId(), request.message(),
                null));
    }

    /** The ledger's snapshot of where a giver belongs right now. */
    public static NewContribution.Giver giverOf(Placement p) {
        return new NewContribution.Giver(p.employeeId(), p.department().id(), p.location().id(), p.country().code());
    }
}
