package dk.kollekt.leaderboard;

import dk.kollekt.devstack.EmbeddedMariaDb;
import dk.kollekt.devstack.LocalKeycloak;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the packaged API on one database, as behind a load balancer: a pledge made through one
 * reaches a board watcher connected to the other, because nothing but the database decides what a board shows.
 */
class TwoInstancesIT {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static Process first;
    static Process second;
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
        firstUrl = "http://localhost:" + freePort();
        first = launch(firstUrl, database, "first");
        awaitHealthy(firstUrl, first);
        secondUrl = "http://localhost:" + freePort();
        second = launch(secondUrl, database, "second");
        awaitHealthy(secondUrl, second);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        for (Process p : new Process[]{first, second}) {
            if (p != null) {
                p.destroy();
                if (!p.waitFor(20, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
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

    private static long total(String board, String department) {
        Long total = JsonPath.from(board).getObject("rows.find { it.id == '" + department + "' }.total", Long.class);
        return total == null ? 0 : total;
    }

    private static Process launch(String url, String database, String name) throws IOException {
        Path jar = Path.of(System.getProperty("kollekt.app.jar"));
        assertThat(jar).as("the packaged application (mvn package)").exists();
        Path log = Files.createDirectories(Path.of("target")).resolve("instance-" + name + ".log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "--add-opens", "java.base/java.lang=ALL-UNNAMED", "-jar", jar.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(Map.of(
                "KOLLEKT_HTTP_PORT", url.substring(url.lastIndexOf(':') + 1),
                "KOLLEKT_DB_URL", database,
                "KOLLEKT_DB_USER", "root",
                "KOLLEKT_OIDC_URL", realm,
                "KOLLEKT_KEYCLOAK_ADMIN_CLIENT_SECRET", "kollekt-api-demo-secret",
                "KOLLEKT_PSEUDONYM_SECRET", "two-instances-it",
                "KOLLEKT_DEMO_DATA", "true"));
        return builder.start();
    }

    private static void awaitHealthy(String url, Process process) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive()).as("instance at " + url + " exited; see target/instance-*.log").isTrue();
            try {
                if (RestAssured.get(url + "/q/health/ready").statusCode() == 200) {
                    return;
                }
            } catch (Exception e) {
                // not listening yet (RestAssured rethrows the checked ConnectException as it is)
            }
            Thread.sleep(500);
        }
        throw new AssertionError("instance at " + url + " did not become ready");
    }

    private static String token(String user) {
        return RestAssured.given().formParam("client_id", "kollekt-cli").formParam("grant_type", "password")
                .formParam("username", user).formParam("password", "demo")
                .post(realm + "/protocol/openid-connect/token").then().statusCode(200).extract().path("access_token");
    }

    private static String get(String url, String token) {
        return RestAssured.given().auth().oauth2(token).get(url).then().statusCode(200).extract().asString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
