package dk.kollekt.volunteering;

import dk.kollekt.common.Ref;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

@Schema(name = "Opportunity", requiredProperties = {"id", "title", "description", "ngo", "placeKind", "skills",
        "matchedSkills", "mine", "shifts", "createdAt"})
public record OpportunityView(long id, String title, String description, Ref ngo, Opportunity.PlaceKind placeKind,
                              Ref location, String placeText, List<Ref> skills, List<Ref> matchedSkills,
                              @Schema(description = "The caller posted it: they see who signed up and approve its hours")
                              boolean mine,
                              List<ShiftView> shifts, Instant createdAt) {

    @Schema(name = "Shift", requiredProperties = {"id", "startsAt", "endsAt", "places", "confirmed", "waiting"})
    public record ShiftView(long id, Instant startsAt, Instant endsAt, int places, long confirmed, long waiting,
                            @Schema(description = "The caller's sign-up, if any") Signup.Status myStatus,
                            @Schema(description = "The caller's place in the waiting list (1 = next)") Integer myPosition,
                            @Schema(description = "Who signed up; only for the opportunity's owner and admins")
                            List<Volunteer> volunteers) {
    }

    @Schema(name = "ShiftVolunteer", requiredProperties = {"name", "status"})
    public record Volunteer(String name, Signup.Status status, Integer position) {
    }
}
