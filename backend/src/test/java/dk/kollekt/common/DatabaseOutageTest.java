package dk.kollekt.common;

import dk.kollekt.devstack.EmbeddedMariaDb;
import dk.kollekt.ledger.ContributionRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dk.kollekt.common.Api.anonymous;
import static dk.kollekt.common.Api.withToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The database stops answering (a black-hole proxy in front of it): requests fail within seconds with 503
 * problem+json and Retry-After, parts of the API that need no database keep answering, readiness says DOWN, and
 * when the database answers again the service resumes by itself, a payment retried with its key recorded once.
 */
@QuarkusTest
@TestProfile(DatabaseOutageTest.BehindAProxy.class)
class DatabaseOutageTest {

    static TcpProxy proxy;

    @Inject
    ContributionRepository contributions;

    public static class BehindAProxy implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(ProxiedDatabase.class));
        }
    }

    /** The test database (embedded, or KOLLEKT_DB_URL's) reached through {@link TcpProxy}; queries time out in 3 s. */
    public static class ProxiedDatabase implements QuarkusTestResourceLifecycleManager {
        @Override
        public Map<String, String> start() {
            String external = System.getenv("KOLLEKT_DB_URL");
            String url = external != null && !external.isBlank() ? external
                    : EmbeddedMariaDb.ensureStarted(Path.of("..").toAbsolutePath().normalize()
                    .resolve(".kollekt").resolve("mariadb-test"));
            URI target = URI.create(url.substring("jdbc:".length()));
            try {
                proxy = TcpProxy.to(target.getHost(), target.getPort());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return Map.of("quarkus.datasource.jdbc.url", url.replace(":" + target.getPort() + "/", ":" + proxy.port() + "/"),
                    "quarkus.datasource.jdbc.additional-jdbc-properties.socketTimeout", "3000");
        }

        @Override
        public void stop() {
            try {
                proxy.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
    }

    @Test
    void aFrozenDatabaseMeansQuick503sAndServiceResumesByItself() throws Exception {
        String emma = Tokens.of("emma");
        withToken(emma).get("/api/me").then().statusCode(200);
        String key = TestData.newKey();
        Map<String, Object> gift = Map.of("projectPostId", TestData.postId("Hospitalet"), "amountMinor", 4711,
                "message", "during the outage " + key);

        proxy.freeze();
        try {
            ExecutorService clients = Executors.newFixedThreadPool(20);
            List<Future<long[]>> answers = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                answers.add(clients.submit(timed(() -> withToken(emma).get("/api/me"))));
            }
            long[] donation = timed(() -> withToken(emma).header("Idempotency-Key", key).contentType("application/json")
                    .body(gift).post("/api/donations")).call();
            // While those wait on the database, what needs none still answers at once.
            long started = System.nanoTime();
            anonymous().get("/api/config").then().statusCode(200);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
            RestAssured.get("/q/health/ready").then().statusCode(503);

            assertThat(donation[0]).as("the payment's answer").isEqualTo(503);
            for (Future<long[]> answer : answers) {
                long[] a = answer.get();
                assertThat(a[0]).isEqualTo(503);
                assertThat(Duration.ofMillis(a[1])).as("time to answer").isLessThan(Duration.ofSeconds(15));
            }
            clients.shutdown();
            Response refused = withToken(emma).get("/api/me");
            refused.then().statusCode(503).contentType("application/problem+json").body("status", equalTo(503));
            assertThat(Integer.parseInt(refused.header("Retry-After"))).isPositive();
        } finally {
            proxy.thaw();
        }

        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        int status = 0;
        while (status != 200 && System.nanoTime() < deadline) {
            status = withToken(emma).get("/api/me").statusCode();
            if (status != 200) {
                Thread.sleep(500);
            }
        }
        assertThat(status).as("the service answers again by itself").isEqualTo(200);
        // The client retries its payment with the same key: recorded once, whatever reached the database before.
        withToken(emma).header("Idempotency-Key", key).contentType("application/json").body(gift)
                .post("/api/donations").then().statusCode(201);
        withToken(emma).header("Idempotency-Key", key).contentType("application/json").body(gift)
                .post("/api/donations").then().statusCode(201).header("Idempotent-Replayed", "true");
        assertThat(QuarkusTransaction.requiringNew().call(() -> contributions.count("message", gift.get("message"))))
                .isEqualTo(1);
    }

    /** Runs the request; answers {status, milliseconds}. */
    private static Callable<long[]> timed(Callable<Response> request) {
        return () -> {
            long started = System.nanoTime();
            int status = request.call().statusCode();
            return new long[]{status, (System.nanoTime() - started) / 1_000_000};
        };
    }
}
