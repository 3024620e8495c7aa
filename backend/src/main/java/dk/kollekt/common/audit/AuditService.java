package dk.kollekt.common.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.kollekt.common.RequestId;
import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The audit trail of money: written in the same transaction as the change it describes. It names people only by
 * their Keycloak subject and objects by id, and holds no free text people typed (see {@link #FREE_TEXT}), so an
 * erasure of someone's personal data never needs to change it.
 */
@ApplicationScoped
public class AuditService {

    /**
     * Fields of a state that hold text people typed (a giver's message, a reason, a description, a note): stored as
     * {@link #NOT_AUDITED}, at any depth. The text itself stays in the feature's own row, where an erasure can reach it.
     */
    static final Set<String> FREE_TEXT = Set.of("message", "reason", "description", "note", "closedReason");
    static final String NOT_AUDITED = "[not audited]";

    @Inject
    AuditRepository records;
    @Inject
    ObjectMapper json;

    /** Records a change; must run inside the transaction that makes it, so both commit or neither. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String entityType, long entityId, Object before, Object after) {
        AuditRecord record = new AuditRecord();
        record.occurredAt = Instant.now();
        record.action = action;
        record.entityType = entityType;
        record.entityId = entityId;
        record.beforeState = toJson(before);
        record.afterState = toJson(after);
        record.actor = currentActor();
        if (Arc.container().requestContext().isActive()) {
            record.requestId = Arc.container().instance(RequestId.class).get().value();
        }
        records.persist(record);
    }

    /** Who is acting: the Keycloak subject of the caller, "anonymous", or "system" outside a request. */
    public String currentActor() {
        if (!Arc.container().requestContext().isActive()) {
            return "system";
        }
        SecurityIdentity identity = Arc.container().instance(SecurityIdentity.class).get();
        return identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getSubject() != null ? jwt.getSubject()
                : "anonymous";
    }

    public List<AuditEntry> trailOf(String entityType, long entityId) {
        return records.trailOf(entityType, entityId).stream()
                .map(r -> new AuditEntry(r.occurredAt, r.actor, r.action, r.entityType, r.entityId,
                        readJson(r.beforeState), readJson(r.afterState), r.requestId))
                .toList();
    }

    /** Who did what to which object, without the states: what a person's data download lists of their actions. */
    public List<AuditAction> actionsOf(String actor) {
        return records.byActor(actor).stream()
                .map(r -> new AuditAction(r.occurredAt, r.action, r.entityType, r.entityId)).toList();
    }

    private String toJson(Object state) {
        try {
            return state == null ? null : json.writeValueAsString(withoutFreeText(json.valueToTree(state)));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalStateException("Audit state is not serialisable", e);
        }
    }

    private static JsonNode withoutFreeText(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> field : List.copyOf(object.properties())) {
                if (FREE_TEXT.contains(field.getKey()) && field.getValue().isTextual()) {
                    object.put(field.getKey(), NOT_AUDITED);
                } else {
                    withoutFreeText(field.getValue());
                }
            }
        } else if (node.isArray()) {
            node.forEach(AuditService::withoutFreeText);
        }
        return node;
    }

    private Map<String, Object> readJson(String state) {
        try {
            return state == null ? null : json.readValue(state, new TypeReference<Map<String, Object>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored audit state is not JSON", e);
        }
    }
}
