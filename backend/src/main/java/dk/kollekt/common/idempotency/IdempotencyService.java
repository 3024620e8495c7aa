package dk.kollekt.common.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kollekt.common.ApiProblem;
import dk.kollekt.common.WriteConflicts;
import dk.kollekt.common.Problem.FieldError;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Makes money-creating POSTs safe to retry. Per caller and Idempotency-Key: the first request runs; the same
 * key with the same body later returns the stored response (status and body) without a second write; with
 * another body it is 422. The key is claimed, the write made and the response stored in one transaction, so a crash
 * leaves either all of it or none (and a retry then runs as if first). A duplicate sent while the first still runs
 * waits on the claim's row lock until the first ends, then answers as a replay (or runs, when the first rolled back).
 * Keys are kept 48 hours. A new request (not a replay) also takes from the caller's {@link MoneyWriteLimit}; over it,
 * 429 and nothing is written. A write conflict (deadlock, Galera certification) runs the whole transaction again
 * ({@link WriteConflicts}), unseen by the caller.
 */
@ApplicationScoped
public class IdempotencyService {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    static final Duration RETENTION = Duration.ofHours(48);
    public static final int KEY_MAX_LENGTH = 100;
    /** Printable ASCII, no spaces; at most KEY_MAX_LENGTH characters. */
    public static final String KEY_PATTERN = "^[\\x21-\\x7E]+$";
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1," + KEY_MAX_LENGTH + "}");

    /** What an operation answered: its status, body and, for a creation, the new resource's location. */
    public record Outcome<T>(int status, T body, URI location) {

        public static <T> Outcome<T> created(T body, URI location) {
            return new Outcome<>(201, body, location);
        }

        public static <T> Outcome<T> ok(T body) {
            return new Outcome<>(200, body, null);
        }
    }

    @Inject
    IdempotencyRepository records;
    @Inject
    ObjectMapper json;
    @Inject
    MoneyWriteLimit limit;

    /**
     * Runs {@code operation} at most once for this caller and key. {@code request} is what makes two requests
     * "the same" (with {@code name}, the operation's identity); the operation runs in a new transaction, the one
     * that claims the key and stores the response.
     */
    public <T> RestResponse<T> once(String caller, String key, String name, Object request, Class<T> type,
                                   Supplier<Outcome<T>> operation) {
        if (key == null || key.isBlank()) {
            throw ApiProblem.badRequest("This request creates money and needs an Idempotency-Key header"
                    + " (e.g. a UUID); send the same key when you retry.",
                    List.of(FieldError.field(HEADER, "is required")));
        }
        if (!KEY.matcher(key).matches()) {
            throw ApiProblem.badRequest("The Idempotency-Key must be 1 to 100 printable ASCII characters.",
                    List.of(FieldError.field(HEADER, "must be 1 to 100 printable ASCII characters")));
        }
        String hash = requestHash(name, request);
        AtomicBoolean limited = new AtomicBoolean();
        return WriteConflicts.retried(() -> QuarkusTransaction.requiringNew().call(() -> {
            // Waits while another transaction holds the same key uncommitted; false once it committed it.
            if (!records.insertClaim(caller, key, hash)) {
                return replay(caller, key, hash, type);
            }
            if (!limited.getAndSet(true)) {
                limit.acquire(caller); // once per request, not again when a write conflict runs it again
            }
            Outcome<T> result = operation.get();
            records.complete(caller, key, result.status(), toJson(result.body()),
                    result.location() == null ? null : result.location().toString());
            return response(result.status(), result.body(), result.location(), false);
        }));
    }

    /** The stored response of the caller's earlier request with this key; 422 when that had another body. */
    private <T> RestResponse<T> replay(String caller, String key, String hash, Class<T> type) {
        IdempotencyRepository.Stored stored = records.find(caller, key).orElseThrow(() -> ApiProblem.conflict(
                "The request with this Idempotency-Key has just been forgotten; retry.").withType(ApiProblem.IN_PROGRESS));
        if (!stored.requestHash().equals(hash)) {
            throw ApiProblem.unprocessable("This Idempotency-Key was used for a different request; use a new key"
                    + " for a new request.", List.of(FieldError.field(HEADER, "was used with another body")))
                    .withType(ApiProblem.KEY_REUSED);
        }
        if (!"DONE".equals(stored.state())) { // committed unfinished: only by an instance of the previous version
            throw ApiProblem.conflict("A request with this Idempotency-Key is still being processed; retry shortly.")
                    .withType(ApiProblem.IN_PROGRESS);
        }
        return response(stored.status(), fromJson(stored.body(), type), stored.location() == null ? null
                : URI.create(stored.location()), true);
    }

    private static <T> RestResponse<T> response(int status, T body, URI location, boolean replayed) {
        RestResponse.ResponseBuilder<T> builder = RestResponse.ResponseBuilder.<T>create(status).entity(body);
        if (location != null) {
            builder.location(location);
        }
        if (replayed) {
            builder.header(REPLAYED_HEADER, "true");
        }
        return builder.build();
    }

    /**
     * Forgets every key of a caller and the responses stored with them (copies of what they created, their messages
     * included), before the 48 hours are up: when the caller's personal data is erased.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forget(String caller) {
        records.deleteOf(caller);
    }

    @Scheduled(every = "1h", delayed = "1m")
    void purgeExpired() {
        int purged = QuarkusTransaction.requiringNew().call(() -> records.purgeOlderThan(Instant.now().minus(RETENTION)));
        if (purged > 0) {
            Log.infof("Purged %d idempotency keys older than %s", purged, RETENTION);
        }
    }

    /** The fingerprint that makes two requests "the same": the operation's name and the request body. */
    public String requestHash(String name, Object request) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(name.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(toJson(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Not serialisable: " + value.getClass().getSimpleName(), e);
        }
    }

    private <T> T fromJson(String body, Class<T> type) {
        try {
            return json.readValue(body, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored response does not read back as " + type.getSimpleName(), e);
        }
    }
}
