package dk.kollekt.giving;

import dk.kollekt.common.TestData;
import dk.kollekt.common.Tokens;
import dk.kollekt.common.idempotency.IdempotencyService;
import dk.kollekt.ledger.Contribution;
import dk.kollekt.ledger.ContributionRepository;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static dk.kollekt.common.Api.as;
import static dk.kollekt.common.Api.asSendingInvalid;
import static dk.kollekt.common.Api.withToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class GivingResourceTest {

    @Inject
    ContributionRepository contributions;
    @Inject
    IdempotencyService idempotency;
    @Inject
    AgroalDataSource dataSource;

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
    void aDuplicateWhileTheFirstIsStillRunningWaitsForItAndAnswersWithItsResponse() throws Exception {
        String key = TestData.newKey();
        String message = "In flight " + key;
        // What the first request will have answered: a real pledge's stored response, under another key.
        String earlierKey = TestData.newKey();
        long earlierId = as("emma").header("Idempotency-Key", earlierKey).contentType("application/json")
                .body(gift(5000, "Earlier " + key)).post("/api/donations").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        String subject = as("emma").get("/api/me").path("subject");
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (Connection first = dataSource.getConnection()) {
            first.setAutoCommit(false);
            claim(first, subject, key, message); // the first request's transaction, still running
            Future<Response> duplicate = pool.submit(() -> as("emma").header("Idempotency-Key", key)
                    .contentType("application/json").body(gift(5000, message)).post("/api/donations"));

            Thread.sleep(1500);
            assertThat(duplicate).as("the duplicate waits while the first runs").isNotDone();
            String body;
            try (PreparedStatement earlier = first.prepareStatement("SELECT response_body FROM idempotency_record"
                    + " WHERE caller = ? AND idem_key = ?")) {
                earlier.setString(1, subject);
                earlier.setString(2, earlierKey);
                try (ResultSet row = earlier.executeQuery()) {
                    assertThat(row.next()).isTrue();
                    body = row.getString(1);
                }
            }
            try (PreparedStatement done = first.prepareStatement("UPDATE idempotency_record SET state = 'DONE',"
                    + " response_status = 201, response_body = ?, response_location = ? WHERE caller = ? AND idem_key = ?")) {
                done.setString(1, body);
                done.setString(2, "/api/contributions/" + earlierId);
                done.setString(3, subject);
                done.setString(4, key);
                assertThat(done.executeUpdate()).isEqualTo(1);
            }
            first.commit();

            duplicate.get(30, TimeUnit.SECONDS).then().statusCode(201)
                    .header("Idempotent-Replayed", "true")
                    .header("Location", endsWith("/api/contributions/" + earlierId))
                    .body("id", equalTo((int) earlierId));
        } finally {
            pool.shutdownNow();
        }
        assertThat(countWithMessage(message)).isZero();
    }

    @Test
    void aDuplicateOfARequestThatDiedBeforeCommittingWritesOnce() throws Exception {
        String key = TestData.newKey();
        String message = "Died " + key;
        String subject = as("emma").get("/api/me").path("subject");
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (Connection first = dataSource.getConnection()) {
            first.setAutoCommit(false);
            claim(first, subject, key, message);
            Future<Response> retry = pool.submit(() -> as("emma").header("Idempotency-Key", key)
                    .contentType("application/json").body(gift(5000, message)).post("/api/donations"));
            Thread.sleep(1000);
            assertThat(retry).isNotDone();
            first.rollback(); // the first request's instance died: the database undoes its claim with its write

            retry.get(30, TimeUnit.SECONDS).then().statusCode(201).header("Idempotent-Replayed", nullValue());
        } finally {
            pool.shutdownNow();
        }
        as("emma").header("Idempotency-Key", key).contentType("application/json").body(gift(5000, message))
                .when().post("/api/donations")
                .then().statusCode(201).header("Idempotent-Replayed", "true");
        assertThat(countWithMessage(message)).isEqualTo(1);
    }

    /** Claims the key as a request's transaction does first, on a connection whose transaction stays open. */
    private void claim(Connection connection, String subject, String key, String message) throws SQLException {
        String hash = idempotency.requestHash("donate", new DonationRequest(hospital, 5000L, null, message, null));
        try (PreparedStatement claim = connection.prepareStatement("INSERT INTO idempotency_record"
                + " (caller, idem_key, request_hash, state, created_at) VALUES (?, ?, ?, 'IN_PROGRESS', NOW(6))")) {
            claim.setString(1, subject);
            claim.setString(2, key);
            claim.setString(3, hash);
            claim.executeUpdate();
        }
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
            assertThat(statuses).as("each waits for the first and gets its answer").containsOnly(201);
            assertThat(ids).hasSize(20).containsOnly(ids.getFirst());
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
