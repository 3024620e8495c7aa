package dk.kollekt.common.audit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.Map;

/** One audit record as admins read it; before and after are the states as JSON objects. */
@Schema(name = "AuditEntry", requiredProperties = {"occurredAt", "actor", "action", "entityType", "entityId"})
public record AuditEntry(Instant occurredAt, String actor, String action, String entityType, long entityId,
                         Map<String, Object> before, Map<String, Object> after, String requestId) {
}
