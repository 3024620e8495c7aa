package dk.kollekt.volunteering;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** A decision someone made on another person's hours, as the decider's data download shows it. */
@Schema(name = "HourDecision", requiredProperties = {"hourLogId", "status", "decidedAt"})
public record HourDecision(long hourLogId, HourLog.Status status, Instant decidedAt) {
}
