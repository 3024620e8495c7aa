package dk.kollekt.common.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The idempotency_record table, through plain SQL: its rows are claims and stored responses, not entities. */
@ApplicationScoped
public class IdempotencyRepository {

    @Inject
    EntityManager em;

    record Stored(String requestHash, String state, Integer status, String body, String location) {
    }

    /** Claims the key for this request; false when the caller has used the key already. */
    boolean insertClaim(String caller, String key, String hash, String owner, Instant lockedUntil) {
        return em.createNativeQuery("INSERT IGNORE INTO idempotency_record (caller, idem_key, request_hash, state,"
                        + " owner_token, locked_until, created_at) VALUES (?1, ?2, ?3, 'IN_PROGRESS', ?4, ?5, ?6)")
                .setParameter(1, caller).setParameter(2, key).setParameter(3, hash).setParameter(4, owner)
                .setParameter(5, lockedUntil).setParameter(6, Instant.now())
                .executeUpdate() == 1;
    }

    /** Takes over a claim whose holder died (its lease ran out); true when this caller now holds it. */
    boolean takeOverExpired(String caller, String key, String hash, String owner, Instant lockedUntil) {
        return em.createNativeQuery("UPDATE idempotency_record SET owner_token = ?1, locked_until = ?2"
                        + " WHERE caller = ?3 AND idem_key = ?4 AND request_hash = ?5 AND state = 'IN_PROGRESS'"
                        + " AND locked_until < ?6")
                .setParameter(1, owner).setParameter(2, lockedUntil).setParameter(3, caller)
                .setParameter(4, key).setParameter(5, hash).setParameter(6, Instant.now())
                .executeUpdate() == 1;
    }

    @SuppressWarnings("unchecked")
    Optional<Stored> find(String caller, String key) {
        List<Object[]> rows = em.createNativeQuery("SELECT request_hash, state, response_status, response_body,"
                        + " response_location FROM idempotency_record WHERE caller = ?1 AND idem_key = ?2")
                .setParameter(1, caller).setParameter(2, key).getResultList();
        return rows.stream().findFirst().map(r -> new Stored((String) r[0], (String) r[1],
                r[2] == null ? null : ((Number) r[2]).intValue(), (String) r[3], (String) r[4]));
    }

    /** Stores the response; only the holder of the claim can, so a taken-over claim cannot finish twice. */
    boolean complete(String caller, String key, String owner, int status, String body, String location) {
        return em.createNativeQuery("UPDATE idempotency_record SET state = 'DONE', response_status = ?1,"
                        + " response_body = ?2, response_location = ?3 WHERE caller = ?4 AND idem_key = ?5"
                        + " AND owner_token = ?6 AND state = 'IN_PROGRESS'")
                .setParameter(1, status).setParameter(2, body).setParameter(3, location).setParameter(4, caller)
                .setParameter(5, key).setParameter(6, owner)
                .executeUpdate() == 1;
    }

    void release(String caller, String key, String owner) {
        em.createNativeQuery("DELETE FROM idempotency_record WHERE caller = ?1 AND idem_key = ?2 AND owner_token = ?3"
                        + " AND state = 'IN_PROGRESS'")
                .setParameter(1, caller).setParameter(2, key).setParameter(3, owner).executeUpdate();
    }

    int deleteOf(String caller) {
        return em.createNativeQuery("DELETE FROM idempotency_record WHERE caller = ?1").setParameter(1, caller)
                .executeUpdate();
    }

    int purgeOlderThan(Instant cutoff) {
        return em.createNativeQuery("DELETE FROM idempotency_record WHERE created_at < ?1")
                .setParameter(1, cutoff).executeUpdate();
    }
}
