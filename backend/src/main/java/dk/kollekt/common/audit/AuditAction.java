package dk.kollekt.common.audit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** One audited change as the person who made it finds it in their data download: what, to which object, when. */
@Schema(name = "AuditAction", requiredProperties = {"occurredAt", "action", "entityType", "entityId"})
public record AuditAction(Instant occurredAt, String action, String entityType, long entityId) {
}
