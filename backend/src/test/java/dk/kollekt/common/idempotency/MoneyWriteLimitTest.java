package dk.kollekt.common.idempotency;

import dk.kollekt.common.TestData;
import dk.kollekt.ledger.ContributionRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static dk.kollekt.common.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@TestProfile(MoneyWriteLimitTest.SixAMinute.class)
class MoneyWriteLimitTest {

    public static class SixAMinute implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kollekt.money-writes-per-minute", "6");
        }
    }

    @Inject
    ContributionRepository contributions;

    private Response donate(String user, String key, String message) {
        return as(user).header("Idempotency-Key", key).contentType("application/json")
                .body(Map.of("projectPostId", TestData.postId("Hospitalet"), "amountMinor", 1500, "message", message))
                .post("/api/donations");
    }

    private long withMessage(String message) {
        return QuarkusTransaction.requiringNew().call(() -> contributions.count("message", message));
    }

    @Test
    void aFloodOfPaymentsIsRefusedWith429AndTheSameKeyWorksOnceTheWaitIsOver() throws InterruptedException {
        String run = UUID.randomUUID().toString();
        String firstKey = TestData.newKey();
        donate("emma", firstKey, run).then().statusCode(201);
        for (int i = 1; i < 6; i++) {
            donate("emma", TestData.newKey(), run).then().statusCode(201);
        }
        String refusedKey = TestData.newKey();
        String refusedMessage = run + " refused";
        Response refused = donate("emma", refusedKey, refusedMessage);
        refused.then().statusCode(429).contentType("application/problem+json").body("status", equalTo(429));
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertThat(retryAfter).isBetween(1L, 10L);
        assertThat(withMessage(refusedMessage)).isZero();

        // A retry of a request already made is answered from its record, limit or not; another person is not held up.
        donate("emma", firstKey, run).then().statusCode(201).header(IdempotencyService.REPLAYED_HEADER, "true");
        donate("lars", TestData.newKey(), run).then().statusCode(201);
        assertThat(withMessage(run)).isEqualTo(7);

        Thread.sleep(retryAfter * 1000);
        donate("emma", refusedKey, refusedMessage).then().statusCode(201);
        donate("emma", refusedKey, refusedMessage).then().statusCode(201).header(IdempotencyService.REPLAYED_HEADER, "true");
        assertThat(withMessage(refusedMessage)).isEqualTo(1);
    }
}
