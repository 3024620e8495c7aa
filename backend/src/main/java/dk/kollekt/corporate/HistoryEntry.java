package dk.kollekt.corporate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** One step in the life of a corporate donation's split: proposed, approved, returned or replaced. */
@Schema(name = "CorporateSplitHistoryEntry", requiredProperties = {"splitId", "action", "at"})
public record HistoryEntry(long splitId, CorporateSplit.State action, String by, Instant at, String comment) {
}
