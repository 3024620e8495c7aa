package dk.kollekt.volunteering;

import dk.kollekt.common.Ref;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;

@Schema(name = "HourLog", requiredProperties = {"id", "date", "minutes", "description", "ngo", "department",
        "status", "createdAt"})
public record HourLogView(long id, LocalDate date, int minutes, String description, Ref opportunity, Ref ngo,
                          @Schema(description = "The employee's department on that date") Ref department,
                          HourLog.Status status,
                          @Schema(description = "Why it was rejected") String reason, Instant decidedAt,
                          @Schema(description = "Who logged it; only in the approval queue") String employee,
                          @Schema(description = "Grant contribution written on approval, if the policy was on")
                          Long contributionId,
                          Instant createdAt) {
}
