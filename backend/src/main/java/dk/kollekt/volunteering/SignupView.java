package dk.kollekt.volunteering;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(name = "MyShift", requiredProperties = {"shiftId", "opportunityId", "title", "startsAt", "endsAt", "place",
        "status"})
public record SignupView(long shiftId, long opportunityId, String title, Instant startsAt, Instant endsAt,
                         @Schema(description = "Location name, NGO site or Remote") String place, Signup.Status status,
                         @Schema(description = "Place in the waiting list (1 = next), while WAITING") Integer position) {
}
