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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/**
 * Two instances of the packaged API on one database, as behind a load balancer: a pledge made through one
 * reaches a board watcher connected to the other, because nothing but the database decides what a board shows, and
 * the same Idempotency-Key sent to both creates one contribution.
 */
class TwoInstancesIT {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static PackagedApp first;
    static PackagedApp second;
    static String firstUrl;
    static String secondUrl;
    static String realm;
    static String database;
    static final int WARM_UP = 4;
    static final int PLEDGES = 20;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        Path home = ROOT.resolve(".kollekt");
        database = EmbeddedMariaDb.ensureStarted(home.resolve("mariadb-it"));
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

    /**
     * Pledges made alternately through each instance, each watched on the other: every one reaches the other
     * instance's watcher. The latency from the pledge's acknowledgement (201) to the watcher seeing it is reported,
     * after a few pledges that warm both instances up (the target is at most 1 s; a timed assertion would fail on a
     * loaded machine, so the bound here is the functional one: the next ticks of the stream), in
     * target/two-instances-latency.txt.
     */
    @Test
    void pledgesThroughOneInstanceReachWatchersOfTheOther() throws Exception {
        String lars = token("lars");
        String department = JsonPath.from(get(firstUrl + "/api/me", lars)).getString("department.id");
        long post = JsonPath.from(get(firstUrl + "/api/ngos", lars)).getLong("[0].posts[0].id");
        String nora = token("nora");
        HttpClient client = HttpClient.newHttpClient();
        try {
            BlockingQueue<String> onFirst = watch(client, firstUrl, nora);
            BlockingQueue<String> onSecond = watch(client, secondUrl, nora);
            long total = total(firstEvent(onFirst), department);
            assertThat(total(firstEvent(onSecond), department)).isEqualTo(total);

            List<Long> millis = new ArrayList<>();
            for (int i = 0; i < WARM_UP + PLEDGES; i++) {
                boolean throughFirst = i % 2 == 0;
                long amount = 1000 + i;
                RestAssured.given().baseUri(throughFirst ? firstUrl : secondUrl).auth().oauth2(lars)
                        .contentType("application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                        .body(Map.of("projectPostId", post, "amountMinor", amount))
                        .post("/api/donations").then().statusCode(201);
                long acknowledged = System.nanoTime();
                total += amount;
                BlockingQueue<String> other = throughFirst ? onSecond : onFirst;
                boolean seen = false;
                while (!seen && System.nanoTime() - acknowledged < Duration.ofSeconds(10).toNanos()) {
                    String event = other.poll(1, TimeUnit.SECONDS);
                    assertThat(event == null || !event.startsWith("error")).as("stream alive: %s", event).isTrue();
                    seen = event != null && total(event, department) == total;
                }
                assertThat(seen).as("pledge %d through the %s instance seen by the other's watcher", i,
                        throughFirst ? "first" : "second").isTrue();
                if (i >= WARM_UP) {
                    millis.add(Duration.ofNanos(System.nanoTime() - acknowledged).toMillis());
                }
                Thread.sleep(100);
            }
            List<Long> sorted = millis.stream().sorted().toList();
            String report = String.format("pledge-to-watcher latency across two instances (from the 201 to the other"
                            + " instance's watcher), %d pledges after %d to warm up: median %d ms, p90 %d ms, max %d ms"
                            + " (target: at most 1000 ms); each: %s%n", PLEDGES, WARM_UP,
                    sorted.get(PLEDGES / 2), sorted.get(PLEDGES * 9 / 10), sorted.get(PLEDGES - 1), millis);
            System.out.print(report);
            Files.writeString(Path.of("target", "two-instances-latency.txt"), report);
            assertThat(sorted.get(PLEDGES - 1)).as("every pledge within the stream's next ticks")
                    .isLessThan(5_000L);
        } finally {
            client.shutdownNow();
        }
    }

    private static BlockingQueue<String> watch(HttpClient client, String url, String token) {
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        var stream = client.sendAsync(HttpRequest.newBuilder(URI.create(url + "/api/boards/stream?limit=200"))
                .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofLines());
        Thread.ofVirtual().start(() -> {
            try {
                stream.get(30, TimeUnit.SECONDS).body().filter(l -> l.startsWith("data:"))
                        .forEach(l -> events.add(l.substring(5).strip()));
            } catch (Exception e) {
                events.add("error: " + e);
            }
        });
        return events;
    }

    private static String firstEvent(BlockingQueue<String> events) throws InterruptedException {
        String initial = events.poll(30, TimeUnit.SECONDS);
        assertThat(initial).as("the board at once").isNotNull().doesNotStartWith("error");
        return initial;
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

    @Test
    void productionRefusesToStartWithoutItsSecrets() throws Exception {
        Map<String, String> settingOf = Map.of(
                "KOLLEKT_PSEUDONYM_SECRET", "kollekt.reporting.pseudonym-secret",
                "KOLLEKT_KEYCLOAK_ADMIN_CLIENT_SECRET", "quarkus.oidc-client.credentials.secret");
        for (var secret : settingOf.entrySet()) {
            PackagedApp.Exited exited = PackagedApp.startWithout("without-" + secret.getKey(), database, realm,
                    Set.of(secret.getKey()));
            assertThat(exited.exitCode()).as("exit code without " + secret.getKey()).isNotZero();
            assertThat(exited.output()).as("why it did not start").contains(secret.getValue());
        }
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
