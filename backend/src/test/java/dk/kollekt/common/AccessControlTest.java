package dk.kollekt.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static dk.kollekt.common.AccessFixtures.CORPORATE_YEAR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * Who may call what: every operation of openapi.yaml is called as each caller of the declared table
 * (src/test/resources/access-control.txt): anonymous, the demo employee, lead, NGO staff and admin with objects of
 * someone else, and that someone (a test employee of his own, see {@link AccessFixtures}) with his own. Every answer
 * that differs from the table is reported, all in one failure; an operation of openapi.yaml that the table lacks, or
 * a row for an operation openapi.yaml does not have, fails it too. What the API answered is written to
 * target/access-control-observed.txt.
 */
@QuarkusTest
class AccessControlTest {

    static final String TABLE = "access-control.txt";
    static final List<String> CALLERS = List.of("anonymous", "employee", "lead", "ngo", "admin", "owner");
    /** Who plays each caller. */
    static final Map<String, String> USERS = Map.of("employee", "emma", "lead", "lars", "ngo", "nora", "admin", "ada",
            "owner", AccessFixtures.OWNER);
    static final Set<String> CELLS = Set.of("ok", "401", "403", "404", "-");
    static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

    @Inject
    EntityManager em;

    /** Each user's token and until when (System.nanoTime()) it is used. */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void everyOperationAnswersEachCallerAsTheTableSays() throws IOException {
        JsonNode contract = new ObjectMapper(new YAMLFactory()).readTree(Api.CONTRACT.toFile());
        List<String> differences = new ArrayList<>();
        List<Row> table = readTable(differences);
        checkAgainstContract(contract, table, differences);

        AccessFixtures f = AccessFixtures.shared(em);
        Map<String, Request> requests = requests(f);
        Set<String> unused = new TreeSet<>(requests.keySet());
        int calls = 0;
        StringBuilder observed = new StringBuilder("# What the API answered each caller, in the columns of " + TABLE + "\n");
        for (Row row : table) {
            Request request = requests.get(row.key());
            unused.remove(row.key());
            if (request == null) {
                differences.add(row.key() + ": no request for it in AccessControlTest.requests()");
                continue;
            }
            boolean stream = contract.path("paths").path(row.path()).path(row.method().toLowerCase())
                    .path("responses").path("200").path("content").has("text/event-stream");
            observed.append(String.format("%-75s", row.key()));
            for (int i = 0; i < CALLERS.size(); i++) {
                String expected = row.cells().get(i);
                if (expected.equals("-")) {
                    observed.append("    -");
                    continue;
                }
                String caller = CALLERS.get(i);
                Answer answer = send(row, request, caller, stream);
                calls++;
                String got = verdict(answer.status());
                observed.append(String.format(" %4d", answer.status()));
                if (!got.equals(expected)) {
                    differences.add(String.format("%s as %s (%s): table says %s, the API answered %d%s", row.key(),
                            caller, USERS.getOrDefault(caller, "no token"), expected, answer.status(),
                            answer.detail().isEmpty() ? "" : " " + answer.detail()));
                }
            }
            observed.append('\n');
        }
        // Kept for whoever updates the table.
        Files.writeString(Path.of("target", "access-control-observed.txt"), observed);
        unused.forEach(key -> differences.add(key + ": a request in AccessControlTest.requests() with no row in " + TABLE));

        assertThat(differences)
                .as("%d calls: the API and %s disagree (each line: operation, caller, what the table says, what the API"
                        + " answered; all answers are in backend/target/access-control-observed.txt). Fix the access"
                        + " rule, or the table if the rule is right.", calls, TABLE)
                .isEmpty();
    }

    /** A canteen screen opens without a login: the table's "[of people]" rows check the screens made before this. */
    @Test
    void canteenScreensNeverShowPeople() {
        Api.as("lars").contentType("application/json").body(Map.of("title", "Kantinen: personer", "level", "PERSON"))
                .when().post("/api/screens")
                .then().statusCode(400).body("errors.field", contains("level"));
        Api.as("lars").get("/api/screens").then().statusCode(200)
                .body("title", not(hasItem("Kantinen: personer")));
    }

    @Test
    void anOpenScreenStreamEndsWhenTheScreenIsRevoked() throws Exception {
        JsonPath screen = Api.as("lars").contentType("application/json")
                .body(Map.of("title", "Kantinen: live")).post("/api/screens").then().statusCode(201).extract().jsonPath();
        String path = screen.getString("path");
        HttpResponse<Stream<String>> stream = http.send(HttpRequest.newBuilder(URI.create(
                        "http://localhost:" + RestAssured.port + "/api/screens/" + path.substring(path.lastIndexOf('/') + 1)
                                + "/stream")).header("Accept", "text/event-stream").GET().build(),
                HttpResponse.BodyHandlers.ofLines());
        assertThat(stream.statusCode()).isEqualTo(200);
        // What the watcher gets, and when (System.nanoTime()).
        BlockingQueue<Map.Entry<String, Long>> events = new LinkedBlockingQueue<>();
        Thread reader = Thread.ofVirtual().start(() -> {
            try {
                stream.body().filter(line -> line.startsWith("data:"))
                        .forEach(line -> events.add(Map.entry("an event", System.nanoTime())));
                events.add(Map.entry("the end", System.nanoTime()));
            } catch (UncheckedIOException closed) {
                events.add(Map.entry("closed", System.nanoTime()));
            }
        });
        try {
            assertThat(events.poll(20, TimeUnit.SECONDS)).extracting(Map.Entry::getKey).isEqualTo("an event");

            long revoked = System.nanoTime();
            Api.as("lars").post("/api/screens/{id}/revoke", screen.getLong("id")).then().statusCode(200);

            // A board on its way while the revocation commits may still arrive; the next (a change, or the 15 s
            // heartbeat at the latest) must not: the stream ends instead.
            Map.Entry<String, Long> next;
            do {
                next = events.poll(30, TimeUnit.SECONDS);
            } while (next != null && next.getKey().equals("an event")
                    && next.getValue() - revoked < Duration.ofMillis(500).toNanos());
            assertThat(next).as("what a watcher connected before the revocation gets next").isNotNull()
                    .extracting(Map.Entry::getKey).isEqualTo("the end");
        } finally {
            reader.interrupt();
            stream.body().close();
        }
    }

    /** ok: past access control (anything but a refusal or a server error); else the refusal's status. */
    static String verdict(int status) {
        if (status == 401 || status == 403 || status == 404) {
            return String.valueOf(status);
        }
        return status >= 500 ? "server error" : "ok";
    }

    // ---- the table

    /** One row: an operation (METHOD /path), an optional variant of its request, and the cell of each caller. */
    record Row(String method, String path, String variant, List<String> cells, int line) {

        String operation() {
            return method + " " + path;
        }

        String key() {
            return variant == null ? operation() : operation() + " [" + variant + "]";
        }
    }

    static List<Row> readTable(List<String> problems) throws IOException {
        String text;
        try (InputStream in = AccessControlTest.class.getClassLoader().getResourceAsStream(TABLE)) {
            assertThat(in).as(TABLE + " on the test classpath").isNotNull();
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Row> rows = new ArrayList<>();
        Set<String> keys = new LinkedHashSet<>();
        String[] lines = text.split("\n");
        for (int n = 1; n <= lines.length; n++) {
            String line = lines[n - 1].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Matcher m = java.util.regex.Pattern
                    .compile("^([A-Z]+)\\s+(/\\S*)\\s+(?:\\[([^\\]]+)\\]\\s+)?(\\S+(?:\\s+\\S+)*)$").matcher(line);
            List<String> cells = m.matches() ? List.of(m.group(4).split("\\s+")) : List.of();
            if (cells.size() != CALLERS.size() || !CELLS.containsAll(cells) || cells.subList(0, 5).contains("-")) {
                problems.add(TABLE + " line " + n + " is not METHOD /path [variant] and " + CALLERS.size()
                        + " cells of " + CELLS + " (only the owner's may be -): " + line);
                continue;
            }
            Row row = new Row(m.group(1), m.group(2), m.group(3), cells, n);
            if (!keys.add(row.key())) {
                problems.add(TABLE + " line " + n + " repeats " + row.key());
            }
            rows.add(row);
        }
        return rows;
    }

    /**
     * The table and openapi.yaml must name the same operations; an operation with security must answer anonymous
     * callers 401 and one without never; and every refusal the table expects must be an
     * answer openapi.yaml declares for the operation.
     */
    private static void checkAgainstContract(JsonNode contract, List<Row> table, List<String> problems) {
        Set<String> inContract = new TreeSet<>();
        contract.path("paths").properties().forEach(path -> path.getValue().properties().stream()
                .filter(op -> METHODS.contains(op.getKey()))
                .forEach(op -> inContract.add(op.getKey().toUpperCase() + " " + path.getKey())));
        Set<String> inTable = table.stream().map(Row::operation).collect(Collectors.toCollection(TreeSet::new));
        inContract.stream().filter(op -> !inTable.contains(op))
                .forEach(op -> problems.add(op + ": in openapi.yaml but not in " + TABLE + "; add a row saying who may call it"));
        inTable.stream().filter(op -> !inContract.contains(op))
                .forEach(op -> problems.add(op + ": in " + TABLE + " but not in openapi.yaml"));

        for (Row row : table) {
            JsonNode op = contract.path("paths").path(row.path()).path(row.method().toLowerCase());
            if (op.isMissingNode()) {
                continue;
            }
            boolean open = op.path("security").isArray() && op.path("security").isEmpty();
            if (open == row.cells().getFirst().equals("401")) {
                problems.add(row.key() + ": openapi.yaml says " + (open ? "no login is needed" : "a login is needed")
                        + ", " + TABLE + " says anonymous " + row.cells().getFirst());
            }
            for (int i = 0; i < CALLERS.size(); i++) {
                String cell = row.cells().get(i);
                if (cell.matches("\\d{3}") && !op.path("responses").has(cell)) {
                    problems.add(row.key() + ": " + TABLE + " expects " + cell + " for " + CALLERS.get(i)
                            + ", which openapi.yaml does not declare for it");
                }
            }
        }
    }

    // ---- how each operation is called

    /**
     * The request of every row, the same for every caller. Bodies are valid where the access rule is checked after
     * the body (the owner's objects), and fail validation where a success would change the callers' own data that
     * other tests count (their pledges, hours, preferences, skills) or company-wide settings.
     */
    static Map<String, Request> requests(AccessFixtures f) {
        Map<String, Request> r = new LinkedHashMap<>();
        Map<String, Object> invalid = Map.of();
        String reason = "Adgangskontrol";

        r.put("POST /api/activities", call().json(invalid));
        r.put("GET /api/activities/mine", call());
        r.put("GET /api/activities/{code}", call().path("code", f.activityCode));
        r.put("POST /api/activities/{code}/close", call().path("code", f.activityCode).json(Map.of("reason", reason)));
        r.put("POST /api/activities/{code}/pledges", call().path("code", f.activityCode).idempotencyKey().json(invalid));
        r.put("POST /api/activities/{code}/result", call().path("code", f.activityCode).idempotencyKey()
                .json(Map.of("result", 5)));
        r.put("GET /api/boards", call());
        r.put("GET /api/boards/stream", call());
        r.put("GET /api/collections", call());
        r.put("POST /api/collections/{id}/cancel", call().path("id", f.collection).json(Map.of("reason", reason)));
        r.put("POST /api/collections/{id}/confirm", call().path("id", f.collection));
        r.put("GET /api/competitions", call());
        r.put("POST /api/competitions", call().json(invalid));
        r.put("GET /api/competitions/standings", call());
        r.put("PUT /api/competitions/{id}", call().path("id", f.competition).json(f.competitionRequest));
        r.put("GET /api/competitions/{id}", call().path("id", f.competition));
        r.put("PATCH /api/competitions/{id}", call().path("id", f.competition).json(Map.of("description", reason)));
        r.put("GET /api/competitions/{id}/board", call().path("id", f.competition));
        r.put("POST /api/competitions/{id}/cancel", call().path("id", f.competition).json(Map.of("reason", reason)));
        r.put("GET /api/config", call());
        r.put("GET /api/contributions/mine", call());
        r.put("GET /api/contributions/{id}", call().path("id", f.contribution));
        r.put("GET /api/contributions/{id}/audit", call().path("id", f.contribution));
        r.put("POST /api/contributions/{id}/cancel", call().path("id", f.contribution).json(Map.of("reason", reason)));
        r.put("GET /api/countries", call());
        r.put("POST /api/departments/{departmentId}/collections", call().path("departmentId", f.department)
                .idempotencyKey().json(f.collectionRequest()));
        r.put("GET /api/departments/{departmentId}/collections", call().path("departmentId", f.department));
        r.put("DELETE /api/departments/{departmentId}/leads/{employeeId}", call().path("departmentId", f.department)
                .path("employeeId", f.otherId));
        r.put("PUT /api/departments/{departmentId}/leads/{employeeId}", call().path("departmentId", f.department)
                .path("employeeId", f.otherId));
        r.put("POST /api/directory/imports", call().csv(AccessFixtures.DIRECTORY_CSV));
        r.put("POST /api/donations", call().idempotencyKey().json(invalid));
        r.put("GET /api/employees", call().query("q", "ACL-"));
        r.put("GET /api/exchange-rates", call());
        r.put("POST /api/exchange-rates/imports", call().csv("date,currency,rate\nnot-a-day,SEK,x\n"));
        r.put("PUT /api/exchange-rates/{currency}/{date}", call().path("currency", "SEK").path("date", "2001-01-01")
                .json(invalid));
        r.put("GET /api/ledger/totals", call());
        r.put("GET /api/locations", call());
        r.put("GET /api/locations/{locationId}/departments", call().path("locationId", f.location));
        r.put("GET /api/me", call());
        r.put("PUT /api/me/preferences", call().json(invalid));
        r.put("POST /api/mobile-payments/imports", call().csv("reference,amount,date\nKNOTREAL,1.00,2001-01-01\n"));
        r.put("GET /api/ngos", call());
        r.put("GET /api/payroll-batches", call());
        r.put("POST /api/payroll-batches", call().json(Map.of("countryCode", "SE", "period", "2001-02")));
        r.put("GET /api/payroll-batches/{id}", call().path("id", f.payrollBatch));
        r.put("POST /api/payroll-batches/{id}/collected", call().path("id", f.payrollBatch));
        r.put("GET /api/payroll-batches/{id}/deductions", call().path("id", f.payrollBatch));
        r.put("GET /api/screens", call());
        r.put("POST /api/screens", call().json(invalid));
        r.put("POST /api/screens/{id}/revoke", call().path("id", f.screen));
        r.put("GET /api/screens/{token}/board", call().path("token", f.screenToken));
        r.put("GET /api/screens/{token}/stream", call().path("token", f.screenToken));
        // A screen revoked before, and one of people (made as the API allowed once); for an open stream that is
        // revoked see anOpenScreenStreamEndsWhenTheScreenIsRevoked.
        r.put("GET /api/boards [of people]", call().query("level", "PERSON"));
        r.put("GET /api/boards/stream [of people]", call().query("level", "PERSON"));
        r.put("GET /api/screens/{token}/board [revoked]", call().path("token", f.revokedScreenToken));
        r.put("GET /api/screens/{token}/stream [revoked]", call().path("token", f.revokedScreenToken));
        r.put("GET /api/screens/{token}/board [of people]", call().path("token", f.peopleScreenToken));
        r.put("GET /api/screens/{token}/stream [of people]", call().path("token", f.peopleScreenToken));
        r.put("GET /api/sponsorship-pledges/mine", call());
        r.put("POST /api/sponsorship-pledges/{id}/cancel", call().path("id", f.pledge).json(Map.of("reason", reason)));
        r.put("GET /api/volunteering/approvals", call());
        r.put("GET /api/volunteering/grant-policies", call());
        // On without a project post: refused before anything is written.
        r.put("PUT /api/volunteering/grant-policies/{countryCode}", call().path("countryCode", "DK")
                .json(Map.of("enabled", true, "rateMinor", 100)));
        r.put("POST /api/volunteering/hours", call().json(invalid));
        r.put("GET /api/volunteering/hours/{id}", call().path("id", f.hours));
        r.put("GET /api/volunteering/hours/{id} [opportunity of nora]", call().path("id", f.hoursOnNorasOpportunity));
        r.put("PUT /api/volunteering/hours/{id}", call().path("id", f.hours).json(f.hoursRequest()));
        r.put("POST /api/volunteering/hours/{id}/approve", call().path("id", f.hours));
        // The owner's hours for an opportunity NGO staff posted: its poster approves them too.
        r.put("POST /api/volunteering/hours/{id}/approve [opportunity of nora]",
                call().path("id", f.hoursOnNorasOpportunity));
        r.put("POST /api/volunteering/hours/{id}/reject", call().path("id", f.hours).json(Map.of("reason", reason)));
        r.put("GET /api/volunteering/my-hours", call());
        r.put("GET /api/volunteering/my-shifts", call());
        r.put("GET /api/volunteering/my-shifts.ics", call());
        r.put("PUT /api/volunteering/my-skills", call().json(Map.of("skillIds", List.of(999_999_999))));
        r.put("GET /api/volunteering/my-skills", call());
        r.put("POST /api/volunteering/opportunities", call().json(invalid));
        r.put("GET /api/volunteering/opportunities", call());
        r.put("GET /api/volunteering/opportunities/{id}", call().path("id", f.opportunity));
        // Each caller signs up here and withdraws in the next row, so no sign-up stays behind.
        r.put("POST /api/volunteering/shifts/{shiftId}/signup", call().path("shiftId", f.shift));
        r.put("POST /api/volunteering/shifts/{shiftId}/withdraw", call().path("shiftId", f.shift));
        r.put("GET /api/volunteering/skills", call());
        r.put("POST /api/volunteering/skills", call().json(invalid));
        r.put("GET /api/shirt-campaigns", call());
        r.put("POST /api/shirt-campaigns", call().json(invalid));
        r.put("PUT /api/shirt-campaigns/{id}", call().path("id", f.campaign).json(f.campaignRequest));
        r.put("GET /api/shirt-campaigns/{id}", call().path("id", f.campaign));
        r.put("PUT /api/shirt-campaigns/{id}/image", call().path("id", f.campaign).bytes("image/png", AccessFixtures.png()));
        r.put("GET /api/shirt-campaigns/{id}/image", call().path("id", f.campaign));
        r.put("POST /api/shirt-campaigns/{id}/orders", call().path("id", f.campaign).json(Map.of("lines", List.of())));
        // A team order for the owner's department: only its lead may place it.
        r.put("POST /api/shirt-campaigns/{id}/orders [team of the owner's department]", call().path("id", f.campaign)
                .json(f.teamOrder()));
        r.put("GET /api/shirt-campaigns/{id}/orders", call().path("id", f.campaign));
        r.put("GET /api/shirt-campaigns/{id}/print-runs", call().path("id", f.campaign));
        r.put("POST /api/shirt-campaigns/{id}/print-runs", call().path("id", f.campaign).idempotencyKey().json(invalid));
        r.put("GET /api/shirt-campaigns/{id}/printer-sheet", call().path("id", f.campaign));
        r.put("GET /api/shirt-campaigns/{id}/printer-sheet.csv", call().path("id", f.campaign));
        r.put("GET /api/shirt-campaigns/{id}/summary", call().path("id", f.campaign));
        r.put("GET /api/shirt-orders/mine", call());
        r.put("GET /api/shirt-orders/{id}", call().path("id", f.order));
        r.put("PUT /api/shirt-orders/{id}", call().path("id", f.order).json(AccessFixtures.selfOrder()));
        r.put("POST /api/shirt-orders/{id}/cancel", call().path("id", f.order));
        r.put("POST /api/contributions/{id}/refund", call().path("id", f.contribution).json(Map.of("reason", reason)));
        // The year is registered already (409); its only split was sent back (409 to approve or return it again).
        r.put("POST /api/corporate-donations", call().json(Map.of("year", CORPORATE_YEAR, "amountMinor", 100000,
                "currency", "DKK")));
        r.put("GET /api/corporate-donations", call());
        r.put("GET /api/corporate-donations/{year}", call().path("year", CORPORATE_YEAR));
        r.put("GET /api/corporate-donations/{year}/history", call().path("year", CORPORATE_YEAR));
        r.put("POST /api/corporate-donations/{year}/paid", call().path("year", CORPORATE_YEAR));
        r.put("POST /api/corporate-donations/{year}/splits", call().path("year", CORPORATE_YEAR).json(f.splitRequest()));
        r.put("POST /api/corporate-donations/{year}/splits/{splitId}/approve", call().path("year", CORPORATE_YEAR)
                .path("splitId", f.split).json(Map.of("comment", reason)));
        r.put("POST /api/corporate-donations/{year}/splits/{splitId}/return", call().path("year", CORPORATE_YEAR)
                .path("splitId", f.split).json(Map.of("comment", reason)));
        r.put("GET /api/match-rules", call());
        r.put("POST /api/match-rules", call().json(invalid));
        r.put("POST /api/match-rules/{id}/end", call().path("id", f.matchRule));
        r.put("GET /api/reports/contributions.csv", call());
        r.put("GET /api/reports/contributions.xlsx", call());
        r.put("GET /api/reports/dashboard", call());
        r.put("GET /api/reports/totals.csv", call());
        r.put("GET /api/reports/totals.xlsx", call());
        r.put("GET /api/me/data", call());
        r.put("GET /api/me/erasure-requests", call());
        // A note too long: refused after the role check, so no caller asks for the erasure of their own data.
        r.put("POST /api/me/erasure-requests", call().json(Map.of("note", "x".repeat(1001))));
        // The owner's request is refused already: withdrawing, completing or refusing it again is 409, so no one is
        // erased here.
        r.put("POST /api/me/erasure-requests/{id}/withdraw", call().path("id", f.erasureRequest));
        r.put("GET /api/erasure-requests", call());
        r.put("POST /api/erasure-requests/{id}/complete", call().path("id", f.erasureRequest));
        r.put("POST /api/erasure-requests/{id}/refuse", call().path("id", f.erasureRequest)
                .json(Map.of("reason", reason)));
        return r;
    }

    static Request call() {
        return new Request();
    }

    /** Path parameters, query, headers and body of one operation's request. */
    static final class Request {
        final Map<String, Object> path = new LinkedHashMap<>();
        final Map<String, Object> query = new LinkedHashMap<>();
        boolean idempotencyKey;
        String contentType;
        Object body;

        Request path(String name, Object value) {
            path.put(name, value);
            return this;
        }

        Request query(String name, Object value) {
            query.put(name, value);
            return this;
        }

        /** A fresh Idempotency-Key on every call. */
        Request idempotencyKey() {
            idempotencyKey = true;
            return this;
        }

        Request json(Object body) {
            return bytes("application/json", body);
        }

        Request csv(String text) {
            return bytes("text/csv", text);
        }

        Request bytes(String contentType, Object body) {
            this.contentType = contentType;
            this.body = body;
            return this;
        }
    }

    // ---- calling

    record Answer(int status, String detail) {
    }

    private Answer send(Row row, Request request, String caller, boolean stream) {
        String token = caller.equals("anonymous") ? null : Tokens.reused(USERS.get(caller));
        if (stream) {
            return sendForStream(row, request, token);
        }
        RequestSpecification spec = RestAssured.given().redirects().follow(false);
        if (token != null) {
            spec.auth().oauth2(token);
        }
        spec.pathParams(request.path).queryParams(request.query);
        if (request.idempotencyKey) {
            spec.header("Idempotency-Key", UUID.randomUUID().toString());
        }
        if (request.body instanceof byte[] bytes) {
            spec.contentType(request.contentType).body(bytes);
        } else if (request.body != null) {
            spec.contentType(request.contentType).body(request.body);
        }
        Response response = spec.request(row.method(), row.path());
        String detail = response.statusCode() >= 400 && response.contentType().startsWith(Problem.MEDIA_TYPE)
                ? "(" + JsonPath.from(response.asString()).getString("detail") + ")" : "";
        return new Answer(response.statusCode(), detail);
    }

    /** A live stream: the status is all that is read, then the stream is closed. */
    private Answer sendForStream(Row row, Request request, String token) {
        String path = row.path();
        for (Map.Entry<String, Object> p : request.path.entrySet()) {
            path = path.replace("{" + p.getKey() + "}", URLEncoder.encode(String.valueOf(p.getValue()), StandardCharsets.UTF_8));
        }
        String query = request.query.entrySet().stream()
                .map(q -> q.getKey() + "=" + URLEncoder.encode(String.valueOf(q.getValue()), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + path
                        + (query.isEmpty() ? "" : "?" + query)))
                .header("Accept", "text/event-stream").timeout(Duration.ofSeconds(20)).GET();
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<InputStream> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofInputStream());
            response.body().close();
            return new Answer(response.statusCode(), "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

}
