package dk.kollekt.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dk.kollekt.common.OpenApiFuzzer.Base;
import dk.kollekt.common.OpenApiFuzzer.Kind;
import dk.kollekt.common.OpenApiFuzzer.Variant;
import io.agroal.api.AgroalDataSource;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of openapi.yaml fuzzed: variants derived from the contract by {@link OpenApiFuzzer} (missing and
 * wrong-typed fields, numbers out of range, huge strings, control characters, HTML and SQL fragments, unknown
 * fields, bodies that are not JSON or of another media type, bad path values, bad dates, enums and page sizes),
 * seeded, each sent as a caller that access-control.txt lets through. Every answer must be no server error, every
 * error application/problem+json with its status, title and detail and without Java class names, stack traces or
 * SQL, every variant the contract forbids refused, and no table may change. All failures are reported together;
 * the counts are written to target/fuzz-report.txt.
 */
@QuarkusTest
class FuzzTest {

    static final long SEED = 20_260_827L;
    /**
     * Variants sent per operation at most, sampled evenly across kinds from all that are generated; more with
     * -Dfuzz.variants=N (all: 1000).
     */
    static final int MAX_PER_OPERATION = Integer.getInteger("fuzz.variants", 40);
    static final int MIN_PER_OPERATION = 12;
    static final String FRESH_KEY = "fresh-idempotency-key";
    static final String REASON = "Fuzz";
    /** Callers in the order they are preferred: the owner of the objects in the path first. */
    static final List<String> PREFERRED = List.of("owner", "admin", "employee", "lead", "ngo");
    /** What an error body must never show. */
    static final Pattern LEAK = Pattern.compile("Exception|\\bat dk\\.kollekt|\\bSQL|org\\.hibernate|java\\.lang|"
            + "jakarta\\.|com\\.fasterxml|io\\.quarkus|io\\.vertx|org\\.mariadb|org\\.jboss");

    @Inject
    EntityManager em;
    @Inject
    AgroalDataSource dataSource;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private List<String> tables;
    private int snapshots;
    private long snapshotNanos;

    @Test
    void everyOperationAnswersBadRequestsCleanlyAndWritesNothing() throws IOException {
        long started = System.nanoTime();
        JsonNode contract = new ObjectMapper(new YAMLFactory()).readTree(Api.CONTRACT.toFile());
        Tally tally = new Tally();
        List<AccessControlTest.Row> table = AccessControlTest.readTable(tally.failures);
        AccessFixtures f = AccessFixtures.shared(em);
        Map<String, Base> bases = bases(f, AccessControlTest.requests(f));
        OpenApiFuzzer fuzzer = new OpenApiFuzzer(contract, SEED);

        // Each user's first call links their Keycloak account to their directory entry: done before counting.
        AccessControlTest.USERS.values().forEach(user -> send(new Variant("sign-in", Kind.NOISE, "GET", "/api/me",
                Map.of(), null, null, false), user));
        Map<String, String> before = snapshot();
        for (AccessControlTest.Row row : table) {
            if (row.variant() != null) {
                continue;
            }
            tally.operations++;
            String caller = PREFERRED.stream()
                    .filter(c -> row.cells().get(AccessControlTest.CALLERS.indexOf(c)).equals("ok"))
                    .findFirst().orElse(null);
            Base base = bases.get(row.operation());
            if (caller == null || base == null) {
                tally.failures.add(row.operation() + ": " + (caller == null ? "no caller the table lets through"
                        : "no base request in FuzzTest.bases()"));
                continue;
            }
            OpenApiFuzzer.Sample sample = fuzzer.variants(base, MAX_PER_OPERATION);
            tally.generated += sample.generated();
            if (sample.picked().size() < MIN_PER_OPERATION) {
                tally.failures.add(row.operation() + ": only " + sample.picked().size() + " variants");
            }
            fuzz(row.operation(), AccessControlTest.USERS.get(caller), sample.picked(), tally);
        }
        Map<String, String> after = snapshot();
        if (!after.equals(before)) {
            tally.failures.add("the whole run wrote to the database: " + diff(before, after));
        }

        String summary = tally.summary(Duration.ofNanos(System.nanoTime() - started).toSeconds());
        Files.writeString(Path.of("target", "fuzz-report.txt"), tally.report(summary));
        System.out.println(summary);
        assertThat(tally.failures).as("%s: every bad request answered cleanly and refused, nothing written (all in"
                + " backend/target/fuzz-report.txt)", summary).isEmpty();
    }

    /** Sends an operation's variants as the user, checking each answer and what the database holds after. */
    private void fuzz(String operation, String user, List<Variant> variants, Tally tally) {
        Map<String, String> before = snapshot();
        long started = System.nanoTime();
        for (Variant v : variants) {
            long sent = System.nanoTime();
            Answer a = send(v, user);
            String where = operation + " as " + user + " [" + v.name() + "]";
            tally.count(where, v, a, Duration.ofNanos(System.nanoTime() - sent).toMillis());
            if (foreignOriginRefused(v, a)) {
                tally.corsRefusals.add(where);
                continue;
            }
            check(v, a).forEach(problem -> tally.failures.add(where + ": " + problem + " | " + excerpt(a.body())));
            if (!v.mustRefuse() && a.status() > 0 && a.status() < 400) {
                tally.tolerated.add(where + ": " + a.status());
            }
            if (v.method().equals("GET") || a.status() >= 400) {
                // A refused write is found by the operation's snapshot below, without naming its variant.
                continue;
            }
            Map<String, String> after = snapshot();
            if (!after.equals(before)) {
                tally.failures.add(where + ": wrote to the database (" + a.status() + "): " + diff(before, after)
                        + " | " + excerpt(a.body()));
                before = after;
            }
        }
        Map<String, String> after = snapshot();
        if (!after.equals(before)) {
            tally.failures.add(operation + ": its variants wrote to the database: " + diff(before, after));
        }
        tally.operationLines.append(String.format("%-70s %-9s %4d variants %6d ms%n", operation, user, variants.size(),
                Duration.ofNanos(System.nanoTime() - started).toMillis()));
    }

    /** What the run found and counted, for the assertion and target/fuzz-report.txt. */
    private final class Tally {
        final List<String> failures = new ArrayList<>();
        final List<String> tolerated = new ArrayList<>();
        final List<String> corsRefusals = new ArrayList<>();
        final Map<Kind, Integer> byKind = new EnumMap<>(Kind.class);
        final Map<String, Integer> byStatus = new TreeMap<>();
        final Map<String, Long> millis = new LinkedHashMap<>();
        final StringBuilder operationLines = new StringBuilder();
        int operations;
        int generated;
        int calls;

        void count(String where, Variant v, Answer a, long took) {
            calls++;
            byKind.merge(v.kind(), 1, Integer::sum);
            byStatus.merge(a.status() < 0 ? "no answer" : a.status() == 0 ? "not sendable" : String.valueOf(a.status()),
                    1, Integer::sum);
            millis.put(where, took);
        }

        String summary(long seconds) {
            return String.format("%d operations, %d variants generated, %d calls in %d s (seed %d, at most %d an"
                            + " operation)%ncalls by kind: %s%ncalls by status: %s%n%d refused by the CORS filter (not"
                            + " Kollekt's)%n%d snapshots of the database in %d ms%n%d failures%n", operations, generated,
                    calls, seconds, SEED, MAX_PER_OPERATION, byKind, byStatus, corsRefusals.size(), snapshots,
                    snapshotNanos / 1_000_000, failures.size());
        }

        String report(String summary) {
            String slowest = millis.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .limit(15).map(e -> e.getValue() + " ms " + e.getKey()).collect(Collectors.joining("\n"));
            return summary + "\n" + operationLines + "\nSlowest calls:\n" + slowest
                    + "\n\nA foreign Origin refused by Quarkus's CORS filter (403, no body):\n"
                    + String.join("\n", corsRefusals)
                    + "\n\nAllowed by the contract and answered 2xx/3xx:\n" + String.join("\n", tolerated)
                    + "\n\nFailures:\n" + String.join("\n", failures) + "\n";
        }
    }

    /**
     * Limits: a body above quarkus.http.limits.max-body-size (20 MB), announced by its Content-Length or streamed
     * without one, is refused with 413 and writes nothing; a request line above 4 KB and headers above 20 KB are
     * refused by the HTTP server before any route (414, 431).
     */
    @Test
    void requestsAboveTheLimitsAreRefused() throws Exception {
        AccessFixtures f = AccessFixtures.shared(em);
        String admin = AccessControlTest.USERS.get("admin");
        send(new Variant("sign-in", Kind.NOISE, "GET", "/api/me", Map.of(), null, null, false), admin);
        Map<String, String> before = snapshot();
        byte[] body = ("{\"projectPostId\": " + f.post + ", \"amountMinor\": 100, \"message\": \""
                + "x".repeat(21 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> announced = http.send(HttpRequest.newBuilder(uri("/api/donations")).expectContinue(true)
                .header("Authorization", "Bearer " + Tokens.reused(admin)).header("Idempotency-Key", UUID.randomUUID().toString())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build(), HttpResponse.BodyHandlers.ofString());
        Answer a = new Answer(announced.statusCode(), announced.headers().firstValue("Content-Type").orElse(""),
                announced.body());
        assertThat(a.status()).as("a body of 21 MB with its Content-Length").isEqualTo(413);
        assertThat(check(new Variant("21 MB", Kind.BODY, "POST", "/api/donations", Map.of(), null, null, true), a))
                .as("the answer to a body of 21 MB: %s", a).isEmpty();

        // Streamed, the body is JSON until its last byte: 21 MB of blanks, then a donation.
        byte[] padded = ("{" + " ".repeat(21 * 1024 * 1024) + "\"projectPostId\": " + f.post
                + ", \"amountMinor\": 100}").getBytes(StandardCharsets.UTF_8);
        Answer streamed = sendRaw(HttpRequest.newBuilder(uri("/api/donations"))
                .header("Authorization", "Bearer " + Tokens.reused(admin)).header("Idempotency-Key", UUID.randomUUID().toString())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(padded))).build());
        System.out.println("A body of 21 MB streamed without a length: " + streamed);
        assertThat(streamed.status()).as("a body of 21 MB streamed without a length: %s", streamed).isEqualTo(413);

        Answer longLine = sendRaw(HttpRequest.newBuilder(uri("/api/employees?q=" + "x".repeat(5_000)))
                .header("Authorization", "Bearer " + Tokens.reused(admin)).GET().build());
        System.out.println("A request line of 5 KB: " + longLine);
        assertThat(longLine.status()).as("a request line of 5 KB: %s", longLine).isEqualTo(414);

        Answer bigHeaders = sendRaw(HttpRequest.newBuilder(uri("/api/me"))
                .header("Authorization", "Bearer " + Tokens.reused(admin)).header("X-Fuzz", "x".repeat(30_000)).GET().build());
        System.out.println("Headers of 30 KB: " + bigHeaders);
        assertThat(bigHeaders.status()).as("headers of 30 KB: %s", bigHeaders).isEqualTo(431);

        assertThat(snapshot()).as("what the database holds").isEqualTo(before);
    }

    /** The one free-text search of the API: SQL fragments and LIKE wildcards in it are searched for, not run. */
    @Test
    void searchTextIsMatchedAsTextNotAsSql() {
        AccessFixtures.shared(em);
        for (String q : List.of("' OR 1=1 --", "%' OR '%'='", "%%", "__", "\\%")) {
            Api.as("ada").queryParam("q", q).when().get("/api/employees")
                    .then().statusCode(200).body("$", org.hamcrest.Matchers.empty());
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + RestAssured.port + path);
    }

    private Answer sendRaw(HttpRequest request) throws InterruptedException {
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (IOException e) {
            return new Answer(-1, e.toString(), "");
        }
    }

    // ---- what every answer must be

    /**
     * A browser on another origin is refused by Quarkus's CORS filter, before any Kollekt code, with a bare 403: the
     * browser shows its script no answer at all, so there is no body to shape. Counted, not failed; anything else on
     * such a request is checked as usual.
     */
    static boolean foreignOriginRefused(Variant v, Answer a) {
        return v.headers().containsKey("Origin") && a.status() == 403 && a.body().isEmpty();
    }

    static List<String> check(Variant v, Answer a) {
        List<String> problems = new ArrayList<>();
        if (a.status() == 0) {
            return problems;
        }
        if (a.status() < 0) {
            problems.add("no answer: " + a.contentType());
            return problems;
        }
        if (a.status() >= 500) {
            problems.add("server error " + a.status());
        }
        if (v.mustRefuse() && a.status() < 400) {
            problems.add("accepted (" + a.status() + ") although the contract forbids it");
        }
        if (a.status() >= 400) {
            if (!a.contentType().startsWith(Problem.MEDIA_TYPE)) {
                problems.add(a.status() + " with Content-Type '" + a.contentType() + "', not " + Problem.MEDIA_TYPE);
            } else {
                try {
                    JsonPath problem = JsonPath.from(a.body());
                    if (!Objects.equals(problem.get("status"), a.status())) {
                        problems.add("problem status " + problem.get("status") + " on a " + a.status());
                    }
                    if (problem.getString("title") == null || problem.getString("title").isBlank()) {
                        problems.add("problem without a title");
                    }
                    if (problem.getString("detail") == null || problem.getString("detail").isBlank()) {
                        problems.add("problem without a detail");
                    } else if (problem.getString("detail").equals(problem.getString("title"))) {
                        problems.add("problem whose detail only repeats its title");
                    }
                } catch (RuntimeException e) {
                    problems.add("problem+json that is not JSON");
                }
            }
            if (LEAK.matcher(a.body()).find()) {
                problems.add("the error shows internals");
            }
        }
        return problems;
    }

    // ---- sending

    record Answer(int status, String contentType, String body) {
    }

    private Answer send(Variant v, String user) {
        HttpRequest.Builder request;
        try {
            request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + v.path()))
                    .timeout(Duration.ofSeconds(30))
                    .method(v.method(), v.body() == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(v.body()));
            request.header("Authorization", "Bearer " + Tokens.reused(user));
            for (Map.Entry<String, String> h : v.headers().entrySet()) {
                request.header(h.getKey(), h.getValue().equals(FRESH_KEY) ? UUID.randomUUID().toString() : h.getValue());
            }
            if (v.contentType() != null) {
                request.header("Content-Type", v.contentType());
            }
        } catch (IllegalArgumentException unsendable) {
            // The HTTP client will not send it (e.g. a header it finds invalid): nothing to learn.
            return new Answer(0, "", "");
        }
        try {
            HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            String type = response.headers().firstValue("Content-Type").orElse("");
            String body;
            try (InputStream in = response.body()) {
                body = type.startsWith("text/event-stream") ? ""
                        : new String(in.readNBytes(2_000_000), StandardCharsets.UTF_8);
            }
            return new Answer(response.statusCode(), type, body);
        } catch (HttpTimeoutException e) {
            return new Answer(-1, "no answer within 30 s", "");
        } catch (IOException e) {
            return new Answer(-1, e.toString(), "");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String excerpt(String body) {
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }

    // ---- the valid request each operation's variants start from

    /**
     * AccessControlTest's request of every operation (real objects in the path), with a valid body: each variant
     * then breaks one thing of a request that would otherwise succeed.
     */
    private static Map<String, Base> bases(AccessFixtures f, Map<String, AccessControlTest.Request> requests) {
        Map<String, Object> bodies = validBodies(f);
        Map<String, Base> bases = new LinkedHashMap<>();
        requests.forEach((key, r) -> {
            if (key.contains("[")) {
                return;
            }
            String method = key.substring(0, key.indexOf(' '));
            String path = key.substring(key.indexOf(' ') + 1);
            Map<String, String> pathValues = new LinkedHashMap<>();
            r.path.forEach((name, value) -> pathValues.put(name, OpenApiFuzzer.enc(String.valueOf(value))));
            Map<String, String> query = new LinkedHashMap<>();
            r.query.forEach((name, value) -> query.put(name, OpenApiFuzzer.enc(String.valueOf(value))));
            Map<String, String> headers = new LinkedHashMap<>();
            if (r.idempotencyKey) {
                headers.put("Idempotency-Key", FRESH_KEY);
            }
            Object body = bodies.getOrDefault(key, r.body);
            JsonNode json = null;
            byte[] raw = null;
            if ("application/json".equals(r.contentType)) {
                json = OpenApiFuzzer.JSON.valueToTree(body);
            } else if (body instanceof byte[] bytes) {
                raw = bytes;
            } else if (body instanceof String text) {
                raw = text.getBytes(StandardCharsets.UTF_8);
            }
            // A payment file writes nothing for references that match nothing, whatever else its rows hold.
            boolean allowedWritesNothing = key.equals("POST /api/mobile-payments/imports");
            bases.put(key, new Base(method, path, pathValues, query, headers, r.contentType, json, raw,
                    allowedWritesNothing));
        });
        return bases;
    }

    private static Map<String, Object> validBodies(AccessFixtures f) {
        String today = AccessFixtures.TODAY.toString();
        Map<String, Object> b = new HashMap<>();
        Map<String, Object> reason = Map.of("reason", REASON);
        b.put("POST /api/activities", Map.of("title", "Fuzz-løbet", "description", "Fuzz", "date", today, "unit", "KM",
                "target", 5, "projectPostId", f.post));
        b.put("POST /api/activities/{code}/close", reason);
        b.put("POST /api/activities/{code}/pledges", Map.of("kind", "FIXED", "amountMinor", 100, "currency", "DKK",
                "message", "Fuzz", "showName", false));
        b.put("POST /api/activities/{code}/result", Map.of("result", 5));
        b.put("POST /api/collections/{id}/cancel", reason);
        b.put("POST /api/competitions", f.competitionRequest);
        b.put("PUT /api/competitions/{id}", f.competitionRequest);
        b.put("PATCH /api/competitions/{id}", Map.of("description", REASON,
                "endsOn", AccessFixtures.TODAY.plusDays(8).toString()));
        b.put("POST /api/competitions/{id}/cancel", reason);
        b.put("POST /api/contributions/{id}/cancel", reason);
        b.put("POST /api/contributions/{id}/refund", reason);
        Map<String, Object> collection = new HashMap<>(f.collectionRequest());
        collection.put("currency", "DKK");
        b.put("POST /api/departments/{departmentId}/collections", collection);
        b.put("POST /api/donations", Map.of("projectPostId", f.post, "amountMinor", 100, "currency", "DKK",
                "message", "Fuzz", "anonymous", false));
        b.put("PUT /api/exchange-rates/{currency}/{date}", Map.of("rate", new java.math.BigDecimal("0.65")));
        b.put("PUT /api/me/preferences", Map.of("shownOnBoards", true));
        b.put("POST /api/payroll-batches", Map.of("countryCode", "SE", "period", "2001-02"));
        b.put("POST /api/screens", Map.of("title", "Fuzz-skærm", "level", "DEPARTMENT", "metric", "MONEY_PLEDGED",
                "ranking", "TOTAL", "period", "MONTH"));
        b.put("POST /api/sponsorship-pledges/{id}/cancel", reason);
        b.put("PUT /api/volunteering/grant-policies/{countryCode}", Map.of("enabled", true, "rateMinor", 100,
                "projectPostId", f.post));
        b.put("POST /api/volunteering/hours", f.hoursRequest());
        b.put("PUT /api/volunteering/hours/{id}", f.hoursRequest());
        b.put("POST /api/volunteering/hours/{id}/reject", reason);
        b.put("PUT /api/volunteering/my-skills", Map.of("skillIds", List.of()));
        java.time.Instant soon = java.time.Instant.now().plus(Duration.ofDays(3)).truncatedTo(java.time.temporal.ChronoUnit.HOURS);
        b.put("POST /api/volunteering/opportunities", Map.of("ngoId", f.ngo, "title", "Fuzz: undervisning",
                "description", "Suturteknik", "skillIds", List.of(), "placeKind", "REMOTE", "shifts",
                List.of(Map.of("startsAt", soon.toString(), "endsAt", soon.plus(Duration.ofHours(2)).toString(),
                        "places", 10))));
        b.put("POST /api/volunteering/skills", Map.of("name", "Fuzz-færdighed"));
        Map<String, Object> campaign = new HashMap<>(f.campaignRequest);
        campaign.put("description", "Fuzz");
        campaign.put("donationPerPrintMinor", 5000);
        campaign.put("sizes", List.of(Map.of("size", "M", "stockLimit", 100)));
        campaign.put("deliveries", List.of(Map.of("locationId", f.location, "address", "Fuzzvej 1", "note", "Fuzz")));
        b.put("POST /api/shirt-campaigns", campaign);
        b.put("PUT /api/shirt-campaigns/{id}", campaign);
        Map<String, Object> order = Map.of("kind", "SELF", "lines", List.of(Map.of("size", "M", "quantity", 1,
                "wearerName", "Otto Ejer")));
        b.put("POST /api/shirt-campaigns/{id}/orders", order);
        b.put("PUT /api/shirt-orders/{id}", order);
        long line = RestAssured.given().auth().oauth2(Tokens.of(AccessFixtures.OWNER))
                .get("/api/shirt-orders/{id}", f.order).then().statusCode(200).extract().jsonPath().getLong("lines[0].id");
        b.put("POST /api/shirt-campaigns/{id}/print-runs", Map.of("reference", "FUZZ-RUN-1",
                "lines", List.of(Map.of("orderLineId", line, "quantity", 1))));
        b.put("POST /api/corporate-donations", Map.of("year", AccessFixtures.CORPORATE_YEAR + 1, "amountMinor", 100000,
                "currency", "DKK"));
        b.put("POST /api/corporate-donations/{year}/splits", Map.of("parts",
                List.of(Map.of("projectPostId", f.post, "amountMinor", 100000)), "note", REASON));
        b.put("POST /api/corporate-donations/{year}/splits/{splitId}/approve", Map.of("comment", REASON));
        b.put("POST /api/corporate-donations/{year}/splits/{splitId}/return", Map.of("comment", REASON));
        b.put("POST /api/match-rules", Map.of("ratioNumerator", 1, "ratioDenominator", 1, "capPerEmployeeMinor", 1,
                "sources", List.of("DONATION"), "validFrom", "2001-01-01", "validTo", "2001-01-02", "budgetMinor", 1));
        b.put("POST /api/exchange-rates/imports", "date,currency,rate\n2001-01-01,SEK,0.65\n");
        b.put("POST /api/me/erasure-requests", Map.of("note", REASON));
        b.put("POST /api/erasure-requests/{id}/refuse", reason);
        return b;
    }

    // ---- what the database holds

    /** Rows and checksum of every table. */
    private Map<String, String> snapshot() {
        long started = System.nanoTime();
        snapshots++;
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            if (tables == null) {
                List<String> names = new ArrayList<>();
                try (ResultSet rs = st.executeQuery("SELECT table_name FROM information_schema.tables WHERE"
                        + " table_schema = DATABASE() AND table_type = 'BASE TABLE' AND table_name <>"
                        + " 'flyway_schema_history' ORDER BY table_name")) {
                    while (rs.next()) {
                        names.add(rs.getString(1));
                    }
                }
                tables = names;
            }
            Map<String, String> state = new TreeMap<>();
            try (ResultSet rs = st.executeQuery(tables.stream().map(t -> "SELECT '" + t + "', COUNT(*) FROM " + t)
                    .collect(Collectors.joining(" UNION ALL ")))) {
                while (rs.next()) {
                    state.put(rs.getString(1), rs.getLong(2) + " rows");
                }
            }
            try (ResultSet rs = st.executeQuery("CHECKSUM TABLE " + String.join(", ", tables))) {
                while (rs.next()) {
                    String name = rs.getString(1).substring(rs.getString(1).indexOf('.') + 1);
                    state.merge(name, "checksum " + rs.getString(2), (rows, sum) -> rows + ", " + sum);
                }
            }
            snapshotNanos += System.nanoTime() - started;
            return state;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String diff(Map<String, String> before, Map<String, String> after) {
        return after.entrySet().stream().filter(e -> !e.getValue().equals(before.get(e.getKey())))
                .map(e -> e.getKey() + " " + before.get(e.getKey()) + " -> " + e.getValue())
                .collect(Collectors.joining("; "));
    }
}
