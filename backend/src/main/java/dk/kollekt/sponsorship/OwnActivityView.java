package dk.kollekt.sponsorship;

import dk.kollekt.common.Ref;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An activity in its owner's data download: what they published, and the pledges made to it without the sponsors. */
@Schema(name = "OwnActivity", requiredProperties = {"code", "title", "date", "unit", "projectPost", "status",
        "createdAt", "pledgesReceived"})
public record OwnActivityView(String code, String title, String description, LocalDate date, Unit unit,
                              BigDecimal target, Ref projectPost, Activity.Status status, BigDecimal result,
                              String closedReason, Instant createdAt, Instant finishedAt,
                              @Schema(description = "Pledges colleagues made to it; who they are and what they wrote"
                                      + " is theirs, so it is left out") List<ReceivedPledge> pledgesReceived) {

    @Schema(name = "ReceivedPledge", requiredProperties = {"kind", "currency", "status", "createdAt"})
    public record ReceivedPledge(SponsorshipPledge.Kind kind, Long amountMinor, Long rateMinor, Long capMinor,
                                 String currency, SponsorshipPledgeView.Status status, Instant createdAt) {
    }

    static OwnActivityView of(Activity a, String postName, List<SponsorshipPledgeView> received) {
        return new OwnActivityView(a.shareCode, a.title, a.description, a.activityDate, a.unit, a.target,
                new Ref(a.projectPostId, postName), a.status, a.result, a.closedReason, a.createdAt, a.finishedAt,
                received.stream().map(p -> new ReceivedPledge(p.kind(), p.amountMinor(), p.rateMinor(), p.capMinor(),
                        p.currency(), p.status(), p.createdAt())).toList());
    }
}
