package dk.kollekt.common.audit;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class AuditRepository implements PanacheRepository<AuditRecord> {

    public List<AuditRecord> trailOf(String entityType, long entityId) {
        return list("entityType = ?1 and entityId = ?2 order by id", entityType, entityId);
    }

    public List<AuditRecord> byActor(String actor) {
        return list("actor = ?1 order by id", actor);
    }
}
