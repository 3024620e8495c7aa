package dk.kollekt.giving;

import dk.kollekt.common.TestData;
import dk.kollekt.common.Tokens;
import dk.kollekt.common.idempotency.IdempotencyService;
import dk.kollekt.ledger.Contribution;
import dk.kollekt.ledger.ContributionRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dk.kollekt.common.Api.as;
import static dk.kollekt.common.Api.asSendingInvalid;
import static dk.kollekt.common.Api.withToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class GivingResourceTest {

    @Inject
    ContributionRepository contributions;
    @Inject
    EntityManager em;
    @Inject
    IdempotencyService idempotency;

    long hospital;

    @BeforeEach
    void findPost() {
        hospital = TestData.postId("Hospitalet");
    }

    private Map<String, Object> gift(long amountMinor, String message) {
        return Map.of("projectPostId", hospital, "amountMinor", amountMinor, "message", message);
    }

    private long countWithMessage(String message) {
        return QuarkusTransaction.requiringNew().call(() -> contributions.count("message", message));
    }

    @Test
    void anEmployeeGivesInTheirCountrysCurrencyAndTheLedgerHoldsIt() {
        String message = "For the hospital " + TestData.newKey();
        long id = as("emma").header("Idempotency-Key", TestData.newKey()).contentType("application/json")
                .body(gift(25000, message))
                .when().post("/api/donations")
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/api/contributions/\\d+"))
                .body("status", equalTo("PLEDGED"))
                .body("source", equalTo("DONATION"))
                .body("amountMinor", equalTo(25000))
                .body("currency", equalTo("DKK"))
                .body("reportingAmountMinor", equalTo(25000))
                .body("projectPost.name", equalTo("Hospitalet"))
                .body("paymentReference", matchesPattern("K[A-Z2-9]{7}"))
                .body("history[0].type", equalTo("CREATED"))
                .extract().jsonPath().getLong("id");

        Contribution row = QuarkusTransaction.requiringNew().call(() -> contributions.findById(id));
        assertThat(row.giverEmployeeId).isNotNull();
        assertThat(row.departmentId).isNotNull();
        assertThat(row.countryCode).isEqualTo("DK");
        assertThat(row.message).isEqualTo(message);
    }

    @Test
    void aGiftInAnotherCurrencyIsConvertedAtTheDaysRateAndKeepsIt() {
        as("emma").header("Idempotency-Key", TestData.newKey()).contentType("application/json")
                .body(Map.of("projectPostId", hospital, "amountMinor", 10001, "currency", "NOK"))
                .when().post("/api/donations")
                .then().statusCode(201)
                .body("currency", equalTo("NOK"))
                .body("exchangeRate", equalTo(0.645f))
                .body("reportingAmountMinor", equalTo(6451)) // 6450.645 rounds half up
                .body("reportingCurrency", equalTo("DKK"));
    }

    @Test
    void theSameKeyAndBodyReturnsTheOriginalResponseWithoutASecondWrite() {
        String key = TestData.newKey();
        String message = "Retry " + key;
        Response first = as("emma").header("Idempotency-Key", key).contentType("application/json")
                .body(gift(5000, message)).post("/api/donations");
        first.then().statusCode(201);

        as("emma").header("Idempotency-Key", key).contentType("application/json")
                .body(gift(5000, message))
                .when().post("/api/donations")
                .then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", first.header("Location"))
                .body("id", equalTo(first.path("id")))
                .body("paymentReference", equalTo(first.path("paymentReference")));

        assertThat(countWithMessage(message)).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIs422AndWritesNothing() {
        String key = TestData.newKey();
        as("emma").header("Idempotency-Key", key).contentType("application/json")
                .body(gift(5000, "first " + key)).post("/api/donations").then().statusCode(201);

        as("emma").header("Idempotency-Key", key).contentType("application/json")
                .body(gift(7000, "second " + key))
                .when().post("/api/donations")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:kollekt:problem:idempotency-key-reused"))
                .body("errors.field", hasItem("Idempotency-Key"));

        assertThat(countWithMessage("second " + key)).isZero();
    }

    @Test
    void keysBelongToTheirCaller() {
        String key = TestData.newKey();
        String message = "Shared key " + key;
        as("emma").header("Idempotency-Key", key).contentType("application/json")
                .body(gift(5000, message)).post("/api/donations").then().statusCode(201);
        as("lars").header("Idempotency-Key", key).contentType("application/json")
                .body(gift(5000, message)).post("/api/donations").then().statusCode(201);

        assertThat(countWithMessage(message)).isEqualTo(2);
    }

    @Test
    void aDuplicateWhileTheFirstIsStillRunningIs409() {
        String key = TestData.newKey();
        String message = "In flight " + key;
        holdKey("emma", key, message, Instant.now().plusSeconds(30));

        as("emma").header("Idempotency-Key", key).contentType("application/json")
                .body(gift(5000, message))
                .when().post("/api/donations")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:kollekt:problem:request-in-progress"))
                .body("detail", notNullValue());
        assertThat(countWithMessage(message)).isZero();
    }

    @Test
    void aRetryAfterTheFirstAttemptDiedTakesOverAndWritesOnce() {
        String key = TestData.newKey();
        String message = "Died " + key;
        holdKey("emma", key, message, Instant.now().minusSeconds(1)); // its lease ran out: it never committed

        as("emma").header("Idempotency-Key", key).contentType("application/json")
                .body(gift(5000, message))
                .when().post("/api/donations")
                .then().statusCode(201);
        as("emma").header("Idempotency-Key", key).contentType("application/json")
                .body(gift(5000, message))
                .when().post("/api/donations")
                .then().statusCode(201).header("Idempotent-Replayed", "true");
        assertThat(countWithMessage(message)).isEqualTo(1);
    }

    /** Leaves the key claimed by another request, as a request does while its transaction runs. */
    private void holdKey(String user, String key, String message, Instant leaseUntil) {
        String subject = as(user).get("/api/me").path("subject");
        String hash = idempotency.requestHash("donate", new DonationRequest(hospital, 5000L, null, message, null));
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("INSERT INTO idempotency_record"
                        + " (caller, idem_key, request_hash, state, owner_token, locked_until, created_at)"
                        + " VALUES (?1, ?2, ?3, 'IN_PROGRESS', 'another-request', ?4, ?5)")
                .setParameter(1, subject).setParameter(2, key).setParameter(3, hash)
                .setParameter(4, Timestamp.from(leaseUntil)).setParameter(5, Timestamp.from(Instant.now()))
                .executeUpdate());
    }

    @Test
    void twentyIdenticalRequestsInParallelCreateExactlyOneContribution() throws Exception {
        String key = TestData.newKey();
        String message = "Parallel " + key;
        String token = Tokens.of("lars");
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Future<Response>> futures = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                Callable<Response> call = () -> withToken(token).header("Idempotency-Key", key)
                        .contentType("application/json").body(gift(10000, message)).post("/api/donations");
                futures.add(pool.submit(call));
            }
            List<Integer> statuses = new ArrayList<>();
            List<Long> ids = new ArrayList<>();
            for (Future<Response> f : futures) {
                Response r = f.get();
                statuses.add(r.statusCode());
                if (r.statusCode() == 201) {
                    ids.add(r.jsonPath().getLong("id"));
                }
            }
            assertThat(statuses).allMatch(s -> s == 201 || s == 409).contains(201);
            assertThat(ids).containsOnly(ids.getFirst());
        } finally {
            pool.shutdownNow();
        }
        assertThat(countWithMessage(message)).isEqualTo(1);
    }

    @Test
    void aMissingKeyIs400AndWritesNothing() {
        String message = "No key " + TestData.newKey();
        asSendingInvalid("emma").contentType("application/json")
                .body(gift(5000, message))
                .when().post("/api/donations")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("Idempotency-Key"));
        assertThat(countWithMessage(message)).isZero();
    }

    @Test
    void badAmountsCurrenciesAndFieldsAreNamedAndNothingIsSaved() {
        long before = QuarkusTransaction.requiringNew().call(() -> contributions.count());
        asSendingInvalid("emma").header("Idempotency-Key", TestData.newKey()).contentType("application/json")
                .body(Map.of("projectPostId", hospital, "amountMinor", 0))
                .when().post("/api/donations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("amountMinor"));
        asSendingInvalid("emma").header("Idempotency-Key", TestData.newKey()).contentType("application/json")
                .body(Map.of("projectPostId", hospital, "amountMinor", -500))
                .when().post("/api/donations")
                .then().statusCode(400).body("errors.field", hasItem("amountMinor"));
        asSendingInvalid("emma").header("Idempotency-Key", TestData.newKey()).contentType("application/json")
                .body(Map.of("projectPostId", hospital, "amountMinor", 500, "currency", "EUR"))
                .when().post("/api/donations")
                .then().statusCode(400).body("errors.field", hasItem("currency"));
        asSendingInvalid("emma").header("Idempotency-Key", TestData.newKey()).contentType("application/json")
                .body(Map.of("projectPostId", hospital, "amountMinor", 500, "status", "COLLECTED"))
                .when().post("/api/donations")
                .then().statusCode(400).body("errors[0].field", equalTo("status"))
                .body("detail", equalTo("status: unknown field 'status'"));
        asSendingInvalid("emma").header("Idempotency-Key", TestData.newKey()).contentType("application/json")
                .body("{\"projectPostId\": " + hospital + ", \"amountMinor\": \"lots\"}")
                .when().post("/api/donations")
                .then().statusCode(400).body("errors[0].field", equalTo("amountMinor"));
        asSendingInvalid("emma").header("Idempotency-Key", TestData.newKey()).contentType("application/json")
                .body("{not json")
                .when().post("/api/donations")
                .then().statusCode(400).contentType("application/problem+json");
        as("emma").header("Idempotency-Key", TestData.newKey()).contentType("application/json")
                .body(Map.of("projectPostId", hospital, "amountMinor", 10_000_001))
                .when().post("/api/donations")
                .then().statusCode(422).body("errors.field", hasItem("amountMinor"));
        as("emma").header("Idempotency-Key", TestData.newKey()).contentType("application/json")
                .body(Map.of("projectPostId", 999999, "amountMinor", 500))
                .when().post("/api/donations")
                .then().statusCode(422).body("errors.field", hasItem("projectPostId"));

        assertThat(QuarkusTransaction.requiringNew().call(() -> contributions.count())).isEqualTo(before);
    }

    @Test
    void ngoStaffOutsideTheDirectoryCannotGive() {
        as("nora").header("Idempotency-Key", TestData.newKey()).contentType("application/json")
                .body(gift(5000, "ngo"))
                .when().post("/api/donations")
                .then().statusCode(403).contentType("application/problem+json");
    }
}
