package dk.kollekt.leaderboard;

import dk.kollekt.common.PackagedApp;
import dk.kollekt.devstack.EmbeddedMariaDb;
import dk.kollekt.devstack.LocalKeycloak;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/**
 * Two instances of the packaged API on one database, as behind a load balancer: a pledge made through one
 * reaches a board watcher connected to the other, because nothing but the database decides what a board shows.
 */
class TwoInstancesIT {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static PackagedApp first;
    static PackagedApp second;
    static String firstUrl;
    static String secondUrl;
    static String realm;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        Path home = ROOT.resolve(".kollekt");
        String database = EmbeddedMariaDb.ensureStarted(home.resolve("mariadb-it"));
        LocalKeycloak keycloak = LocalKeycloak.ensureStarted(home, ROOT);
        keycloak.awaitReady();
        realm = keycloak.baseUrl() + "/realms/kollekt";
        // One after the other: the first migrates the schema and loads the demo company, the second finds them.
        first = PackagedApp.start("first", database, realm, "512m", Map.of());
        firstUrl = first.url;
        second = PackagedApp.start("second", database, realm, "512m", Map.of());
        secondUrl = second.url;
    }

    @AfterAll
    static void stop() throws InterruptedException {
        for (PackagedApp app : new PackagedApp[]{first, second}) {
            if (app != null) {
                app.stop();
            }
        }
    }

    @Test
    void aPledgeThroughOneInstanceReachesAWatcherOfTheOther() throws Exception {
        String lars = token("lars");
        String department = JsonPath.from(get(firstUrl + "/api/me", lars)).getString("department.id");
        long post = JsonPath.from(get(firstUrl + "/api/ngos", lars)).getLong("[0].posts[0].id");

        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        HttpClient client = HttpClient.newHttpClient();
        var stream = client.sendAsync(HttpRequest.newBuilder(URI.create(secondUrl + "/api/boards/stream?limit=200"))
                .header("Authorization", "Bearer " + token("nora")).header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofLines());
        try {
            Thread.ofVirtual().start(() -> {
                try {
                    stream.get(30, TimeUnit.SECONDS).body().filter(l -> l.startsWith("data:"))
                            .forEach(l -> events.add(l.substring(5).strip()));
                } catch (Exception e) {
                    events.add("error: " + e);
                }
            });
            String initial = events.poll(30, TimeUnit.SECONDS);
            assertThat(initial).as("the second instance's board at once").isNotNull().doesNotStartWith("error");
            long before = total(initial, department);

            RestAssured.given().baseUri(firstUrl).auth().oauth2(lars).contentType("application/json")
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .body(Map.of("projectPostId", post, "amountMinor", 31415))
                    .post("/api/donations").then().statusCode(201);
            long sent = System.nanoTime();

            boolean seen = false;
            while (!seen && System.nanoTime() - sent < Duration.ofSeconds(10).toNanos()) {
                String event = events.poll(1, TimeUnit.SECONDS);
                seen = event != null && !event.startsWith("error") && total(event, department) == before + 31415;
            }
            assertThat(seen).as("the watcher of the second instance saw the pledge made through the first").isTrue();
            assertThat(Duration.ofNanos(System.nanoTime() - sent)).isLessThan(Duration.ofSeconds(5));
        } finally {
            stream.cancel(true);
            client.shutdownNow();
        }
    }

    @Test
    void theSameIdempotencyKeyOnBothInstancesCreatesOneContribution() {
        String lars = token("lars");
        long post = JsonPath.from(get(firstUrl + "/api/ngos", lars)).getLong("[0].posts[0].id");
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("projectPostId", post, "amountMinor", 2500, "message", key);
        long one = RestAssured.given().baseUri(firstUrl).auth().oauth2(lars).contentType("application/json")
                .header("Idempotency-Key", key).body(body).post("/api/donations").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        long other = RestAssured.given().baseUri(secondUrl).auth().oauth2(lars).contentType("application/json")
                .header("Idempotency-Key", key).body(body).post("/api/donations").then().statusCode(201)
                .header("Idempotent-Replayed", "true").extract().jsonPath().getLong("id");
        assertThat(other).isEqualTo(one);
    }

    @Test
    void productionServesNoSwaggerUiOrDevEndpointsAndSendsItsSecurityHeaders() {
        RestAssured.get(firstUrl + "/q/swagger-ui").then().statusCode(404);
        RestAssured.get(firstUrl + "/q/dev-ui").then().statusCode(404);
        RestAssured.get(firstUrl + "/").then().statusCode(200)
                .header("Content-Security-Policy", containsString("connect-src 'self' http://localhost:8180;"))
                .header("X-Frame-Options", "DENY");
    }

    private static long total(String board, String department) {
        Long total = JsonPath.from(board).getObject("rows.find { it.id == '" + department + "' }.total", Long.class);
        return total == null ? 0 : total;
    }

    private static String token(String user) {
        return PackagedApp.token(realm, user);
    }

    private static String get(String url, String token) {
        return RestAssured.given().auth().oauth2(token).get(url).then().statusCode(200).extract().asString();
    }
}
