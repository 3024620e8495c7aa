package dk.kollekt.privacy;

import dk.kollekt.collection.CollectionView;
import dk.kollekt.common.Ref;
import dk.kollekt.common.audit.AuditAction;
import dk.kollekt.competition.CompetitionView;
import dk.kollekt.ledger.ContributionView;
import dk.kollekt.ledger.MatchGrantView;
import dk.kollekt.organisation.DirectoryRecord;
import dk.kollekt.screen.ScreenView;
import dk.kollekt.shirt.OrderView;
import dk.kollekt.sponsorship.OwnActivityView;
import dk.kollekt.sponsorship.SponsorshipPledgeView;
import dk.kollekt.volunteering.HourDecision;
import dk.kollekt.volunteering.HourLogView;
import dk.kollekt.volunteering.SignupView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/**
 * Everything Kollekt holds about the signed-in person, as one document: their directory entry and what they did in
 * every feature. Other people's personal data is left out (sponsors of their activities, wearers of their team
 * orders); for people outside the company directory (NGO staff) only what is tied to their sign-in.
 */
@Schema(name = "MyData", requiredProperties = {"generatedAt", "subject", "skills", "contributions", "companyMatches",
        "sponsorshipPledges", "activities", "volunteerSignups", "hourLogs", "shirtOrders", "collectionsRecorded",
        "competitionsCreated", "screensCreated", "opportunitiesPosted", "hourDecisions", "erasureRequests",
        "actions"})
public record MyData(
        Instant generatedAt,
        @Schema(description = "The Keycloak subject of the sign-in") String subject,
        @Schema(description = "The directory entry with its department history and the departments led; absent for"
                + " people outside the company directory") DirectoryRecord person,
        @Schema(description = "The skills profile") List<Ref> skills,
        @Schema(description = "Every contribution given, anonymous ones too, with amounts, status and history")
        List<ContributionView> contributions,
        @Schema(description = "The company's matches of those contributions") List<MatchGrantView> companyMatches,
        @Schema(description = "Sponsorship pledges made to colleagues' activities")
        List<SponsorshipPledgeView> sponsorshipPledges,
        @Schema(description = "Activities published, with what was pledged to them") List<OwnActivityView> activities,
        @Schema(description = "Sign-ups to volunteer shifts, withdrawn ones too") List<SignupView> volunteerSignups,
        List<HourLogView> hourLogs,
        List<OrderView> shirtOrders,
        @Schema(description = "Department collections recorded as a lead") List<CollectionView> collectionsRecorded,
        List<CompetitionView> competitionsCreated,
        @Schema(description = "Canteen screens made") List<ScreenView> screensCreated,
        @Schema(description = "Volunteer opportunities posted") List<Ref> opportunitiesPosted,
        @Schema(description = "Decisions on other people's volunteer hours") List<HourDecision> hourDecisions,
        List<ErasureRequestView> erasureRequests,
        @Schema(description = "Changes to money and requests made, from the audit trail") List<AuditAction> actions) {
}
