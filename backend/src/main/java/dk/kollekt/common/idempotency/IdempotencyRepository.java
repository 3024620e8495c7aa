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

    /**
     * Claims the key for this request, in the transaction that makes the write; false when the caller has used the
     * key already. While another transaction holds the same key uncommitted, InnoDB makes this wait for it to end.
     */
    boolean insertClaim(String caller, String key, String hash) {
        return em.createNativeQuery("INSERT IGNORE INTO idempotency_record (caller, idem_key, request_hash, state,"
                        + " created_at) VALUES (?1, ?2, ?3, 'IN_PROGRESS', ?4)")
                .setParameter(1, caller).setParameter(2, key).setParameter(3, hash).setParameter(4, Instant.now())
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

    /** Stores the response with the claim, in the same transaction. */
    void complete(String caller, String key, int status, String body, String location) {
        em.createNativeQuery("UPDATE idempotency_record SET state = 'DONE', response_status = ?1,"
                        + " response_body = ?2, response_location = ?3 WHERE caller = ?4 AND idem_key = ?5")
                .setParameter(1, status).setParameter(2, body).setParameter(3, location).setParameter(4, caller)
                .setParameter(5, key).executeUpdate();
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
