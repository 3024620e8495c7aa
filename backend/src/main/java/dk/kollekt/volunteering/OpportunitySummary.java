package dk.kollekt.volunteering;

import dk.kollekt.common.Ref;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

@Schema(name = "OpportunitySummary", requiredProperties = {"id", "title", "ngo", "placeKind", "skills",
        "matchedSkills", "upcomingShifts", "freePlaces"})
public record OpportunitySummary(long id, String title, Ref ngo, Opportunity.PlaceKind placeKind, Ref location,
                                 String placeText, List<Ref> skills,
                                 @Schema(description = "The caller's skills this opportunity wants") List<Ref> matchedSkills,
                                 Instant nextShiftStartsAt, int upcomingShifts,
                                 @Schema(description = "Free places over the upcoming shifts") long freePlaces) {
}
