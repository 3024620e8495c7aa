package dk.kollekt.privacy;

import dk.kollekt.collection.CollectionService;
import dk.kollekt.common.audit.AuditService;
import dk.kollekt.competition.CompetitionService;
import dk.kollekt.ledger.LedgerService;
import dk.kollekt.ledger.MatchService;
import dk.kollekt.organisation.OrganisationService;
import dk.kollekt.organisation.Placement;
import dk.kollekt.screen.ScreenService;
import dk.kollekt.shirt.ShirtOrderService;
import dk.kollekt.sponsorship.SponsorshipService;
import dk.kollekt.volunteering.VolunteeringService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Gathers a person's data download from every feature: what is tied to their directory entry and to their sign-in. */
@ApplicationScoped
public class MyDataService {

    @Inject
    OrganisationService organisation;
    @Inject
    LedgerService ledger;
    @Inject
    MatchService matching;
    @Inject
    SponsorshipService sponsorship;
    @Inject
    VolunteeringService volunteering;
    @Inject
    ShirtOrderService shirts;
    @Inject
    CollectionService collections;
    @Inject
    CompetitionService competitions;
    @Inject
    ScreenService screens;
    @Inject
    ErasureService erasure;
    @Inject
    AuditService audit;

    /** Read in one transaction, so the sections agree with each other. */
    @Transactional
    public MyData of(String subject, Optional<Placement> placement) {
        MyData bySignIn = new MyData(Instant.now(), subject, null, List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                volunteering.opportunitiesPostedBy(subject), volunteering.decisionsBy(subject), List.of(),
                audit.actionsOf(subject));
        if (placement.isEmpty()) {
            return bySignIn;
        }
        long id = placement.get().employeeId();
        return new MyData(bySignIn.generatedAt(), subject, organisation.directoryRecord(id).orElseThrow(),
                volunteering.skillsOf(id), ledger.ofGiver(id), matching.grantsOf(id), sponsorship.ofSponsor(id),
                sponsorship.activitiesOf(id), volunteering.signupsOf(id), volunteering.myHours(id),
                shirts.ofOrderer(id), collections.recordedBy(id), competitions.createdBy(id), screens.createdBy(id),
                bySignIn.opportunitiesPosted(), bySignIn.hourDecisions(), erasure.mine(placement.get()),
                bySignIn.actions());
    }
}
