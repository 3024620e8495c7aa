package dk.kollekt.ledger;

import dk.kollekt.common.PackagedApp;
import dk.kollekt.devstack.EmbeddedMariaDb;
import dk.kollekt.devstack.LocalKeycloak;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API process killed with SIGKILL in the middle of a burst of pledges: after a restart every pledge a client saw
 * acknowledged is in the ledger exactly once, nothing is half-written (a contribution, its running totals and its
 * idempotency record commit together or not at all), and clients retrying every key, answered or not, create no
 * duplicates.
 */
class KilledMidBurstIT {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final int CLIENTS = 8;
    static PackagedApp app;

    @AfterAll
    static void stop() throws InterruptedException {
        if (app != null) {
            app.stop();
        }
    }

    @Test
    void everyAcknowledgedPledgeSurvivesExactlyOnceAndRetriesAddNothing() throws Exception {
        Path home = ROOT.resolve(".kollekt");
        // One embedded server per JVM: the ITs share it, so this one looks only at its own day, post and department.
        String database = EmbeddedMariaDb.ensureStarted(home.resolve("mariadb-it"));
        LocalKeycloak keycloak = LocalKeycloak.ensureStarted(home, ROOT);
        keycloak.awaitReady();
        String realm = keycloak.baseUrl() + "/realms/kollekt";
        // One user pledges as fast as the clients can: lift the per-caller limit on money-creating writes.
        Map<String, String> environment = Map.of("KOLLEKT_MONEY_WRITES_PER_MINUTE", "1000000");
        app = PackagedApp.start("crash", database, realm, "512m", environment);
        String token = PackagedApp.token(realm, "lars");
        long post = JsonPath.from(RestAssured.given().auth().oauth2(token).get(app.url + "/api/ngos").asString())
                .getLong("[0].posts[0].id");
        long department = JsonPath.from(RestAssured.given().auth().oauth2(token).get(app.url + "/api/me").asString())
                .getLong("department.id");
        String run = "crash:" + UUID.randomUUID() + ":";

        Map<String, Boolean> keys = new ConcurrentHashMap<>(); // key -> acknowledged with 201
        AtomicBoolean killed = new AtomicBoolean();
        String url = app.url;
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            clients.add(Thread.ofPlatform().start(() -> {
                while (!killed.get()) {
                    String key = UUID.randomUUID().toString();
                    keys.put(key, false);
                    try {
                        int status = pledge(url, token, post, run, key);
                        if (status == 201) {
                            keys.put(key, true);
                        }
                    } catch (RuntimeException e) {
                        // the connection died with the process: the outcome is unknown to this client
                    }
                }
            }));
        }
        long burstStarted = System.nanoTime();
        while (keys.values().stream().filter(Boolean::booleanValue).count() < 200
                && System.nanoTime() - burstStarted < Duration.ofSeconds(60).toNanos()) {
            Thread.sleep(20);
        }
        app.kill();
        killed.set(true);
        for (Thread client : clients) {
            client.join(Duration.ofSeconds(30));
        }
        Set<String> acknowledged = keysWhere(keys, true);
        Set<String> unknown = keysWhere(keys, false);
        assertThat(acknowledged).as("pledges acknowledged before the kill").hasSizeGreaterThanOrEqualTo(200);

        app = PackagedApp.start("crash-restarted", database, realm, "512m", environment);
        try (Connection db = DriverManager.getConnection(database, "root", "")) {
            Map<String, Integer> stored = contributionsPerKey(db, run);
            for (String key : acknowledged) {
                assertThat(stored.getOrDefault(key, 0)).as("acknowledged pledge %s", key).isEqualTo(1);
            }
            assertThat(stored.values()).as("no key twice").allMatch(n -> n == 1);
            assertThat(stored.keySet()).as("nothing but what clients sent").isSubsetOf(keys.keySet());
            assertThat(doneKeys(db, keys.keySet())).as("a stored answer exactly for each written pledge")
                    .isEqualTo(stored.keySet());
            assertTotalsAgree(db, department, post);

            // Every client retries every key it sent, answered or not: the ledger gains only the missing ones.
            String fresh = PackagedApp.token(realm, "lars");
            for (String key : keys.keySet()) {
                assertThat(retry(app.url, fresh, post, run, key)).as("retry of %s", key).isEqualTo(201);
            }
            Map<String, Integer> after = contributionsPerKey(db, run);
            assertThat(after.keySet()).isEqualTo(keys.keySet());
            assertThat(after.values()).allMatch(n -> n == 1);
            assertTotalsAgree(db, department, post);
            System.out.printf("KilledMidBurstIT: %d acknowledged and %d unanswered pledges at the kill; %d of the"
                    + " unanswered had been written; after retries %d contributions for %d keys%n",
                    acknowledged.size(), unknown.size(), stored.size() - acknowledged.size(), after.size(), keys.size());
        }
    }

    private static int pledge(String url, String token, long post, String run, String key) {
        return RestAssured.given().baseUri(url).auth().oauth2(token).contentType("application/json")
                .header("Idempotency-Key", key)
                .body(Map.of("projectPostId", post, "amountMinor", 1000, "message", run + key))
                .post("/api/donations").statusCode();
    }

    /**
     * A client's retry, as the app makes it: on 409 (the key held by an unfinished request) wait and try again. The
     * killed instance's claims went with its uncommitted transactions, so a retry is expected to be answered at once.
     */
    private static int retry(String url, String token, long post, String run, String key) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        int status = pledge(url, token, post, run, key);
        while (status == 409 && System.nanoTime() < deadline) {
            Thread.sleep(1000);
            status = pledge(url, token, post, run, key);
        }
        return status;
    }

    private static Set<String> doneKeys(Connection db, Set<String> keys) throws Exception {
        Set<String> done = new java.util.HashSet<>();
        try (PreparedStatement s = db.prepareStatement("SELECT idem_key FROM idempotency_record WHERE state = 'DONE'");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                if (keys.contains(rs.getString(1))) {
                    done.add(rs.getString(1));
                }
            }
        }
        return done;
    }

    private static Set<String> keysWhere(Map<String, Boolean> keys, boolean acknowledged) {
        Set<String> found = ConcurrentHashMap.newKeySet();
        keys.forEach((k, v) -> {
            if (v == acknowledged) {
                found.add(k);
            }
        });
        return found;
    }

    private static Map<String, Integer> contributionsPerKey(Connection db, String run) throws Exception {
        Map<String, Integer> counts = new HashMap<>();
        try (PreparedStatement s = db.prepareStatement("SELECT message FROM contribution WHERE message LIKE ?")) {
            s.setString(1, run + "%");
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    counts.merge(rs.getString(1).substring(run.length()), 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    /**
     * Today's running totals of donations (what boards and the NGO's dashboard read) equal the sums of the
     * contributions they stand for: for the pledger's department, and for the project post.
     */
    private static void assertTotalsAgree(Connection db, long department, long post) throws Exception {
        LocalDate today = LocalDate.now(LedgerService.ZONE);
        Timestamp from = Timestamp.valueOf(today.atStartOfDay(LedgerService.ZONE).withZoneSameInstant(ZoneOffset.UTC)
                .toLocalDateTime());
        Timestamp to = Timestamp.valueOf(today.plusDays(1).atStartOfDay(LedgerService.ZONE)
                .withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime());
        String contributions = "SELECT COALESCE(SUM(reporting_amount_minor), 0) FROM contribution WHERE source = 'DONATION'"
                + " AND status <> 'CANCELLED' AND created_at >= ? AND created_at < ? AND ";
        assertThat(sum(db, "SELECT COALESCE(SUM(pledged_minor), 0) FROM ledger_day_total WHERE source = 'DONATION'"
                + " AND day = ? AND department_id = ?", Date.valueOf(today), department))
                .as("the department's day total").isEqualTo(sum(db, contributions + "department_id = ?", from, to, department));
        assertThat(sum(db, "SELECT COALESCE(SUM(pledged_minor), 0) FROM ledger_post_day_total WHERE source = 'DONATION'"
                + " AND day = ? AND project_post_id = ?", Date.valueOf(today), post))
                .as("the project post's day total").isEqualTo(sum(db, contributions + "project_post_id = ?", from, to, post));
    }

    private static long sum(Connection db, String sql, Object... parameters) throws Exception {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
