package dk.kollekt.sponsorship;

import dk.kollekt.common.Ref;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A sponsorship page: the activity, what it has raised, and sponsors' messages (names only where agreed). */
@Schema(name = "Activity", requiredProperties = {"id", "code", "sharePath", "title", "date", "unit", "projectPost",
        "ownerName", "mine", "status", "raisedMinor", "estimateAtTargetMinor", "reportingCurrency", "sponsors",
        "messages"})
public record ActivityView(
        long id,
        String code,
        @Schema(description = "Path of the share link, e.g. /s/AB12CD") String sharePath,
        String title,
        String description,
        LocalDate date,
        Unit unit,
        BigDecimal target,
        Ref projectPost,
        String ownerName,
        @Schema(description = "The caller owns this activity") boolean mine,
        Activity.Status status,
        BigDecimal result,
        String closedReason,
        @Schema(description = "Raised so far (pledged and collected, not cancelled), reporting currency minor units")
        long raisedMinor,
        @Schema(description = "Raised so far plus every per-unit pledge at the target (capped); the final figure once the result is in")
        long estimateAtTargetMinor,
        String reportingCurrency,
        @Schema(description = "Colleagues with a pledge that is not cancelled") int sponsors,
        List<Message> messages) {

    @Schema(name = "SponsorMessage", requiredProperties = {"message", "at"})
    public record Message(@Schema(description = "Only when the sponsor agreed to be named") String name,
                          String message, Instant at) {
    }
}
