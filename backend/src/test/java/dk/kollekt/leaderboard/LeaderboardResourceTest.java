package dk.kollekt.leaderboard;

import dk.kollekt.common.Money;
import dk.kollekt.common.TestData;
import dk.kollekt.ledger.LedgerService;
import dk.kollekt.ledger.NewContribution;
import dk.kollekt.ledger.Source;
import dk.kollekt.common.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static dk.kollekt.common.Api.as;
import static dk.kollekt.common.Api.asSendingInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class LeaderboardResourceTest {

    @TestHTTPResource("/api/boards/stream")
    URL stream;

    @Inject
    LedgerService ledger;

    private void give(String user, long amountMinor) {
        give(user, amountMinor, false);
    }

    private void give(String user, long amountMinor, boolean anonymous) {
        as(user).header("Idempotency-Key", TestData.newKey()).contentType("application/json")
                .body(Map.of("projectPostId", TestData.postId("Hospitalet"), "amountMinor", amountMinor,
                        "anonymous", anonymous))
                .post("/api/donations").then().statusCode(201);
    }

    private void showOnBoards(String user, boolean shown) {
        as(user).contentType("application/json").body(Map.of("shownOnBoards", shown))
                .put("/api/me/preferences").then().statusCode(200).body("shownOnBoards", equalTo(shown));
    }

    private JsonPath board(String user, Map<String, ?> params) {
        return as(user).queryParams(params).queryParam("limit", 200).get("/api/boards")
                .then().statusCode(200).extract().jsonPath();
    }

    private long larsDepartment() {
        return as("lars").get("/api/me").then().extract().jsonPath().getLong("department.id");
    }

    /** The board computed after this call: boards are shared and may be served up to two seconds old. */
    private JsonPath freshBoard(Map<String, ?> params) throws InterruptedException {
        Instant asked = Instant.now();
        return boardWhen(params, board -> Instant.parse(board.getString("computedAt")).isAfter(asked));
    }

    /** Waits past the board's sharing window until the board shows the change. */
    private JsonPath boardAfterChange(Map<String, ?> params, String path, long expected) throws InterruptedException {
        return boardWhen(params, board -> {
            Long value = board.getObject(path, Long.class);
            return value != null && value == expected;
        });
    }

    /** Reads the board as ada (a colleague) until it satisfies the condition (at most 10 s); returns the last read. */
    private JsonPath boardWhen(Map<String, ?> params, Predicate<JsonPath> condition) throws InterruptedException {
        JsonPath board = null;
        for (int i = 0; i < 40; i++) {
            board = board("ada", params);
            if (condition.test(board)) {
                return board;
            }
            Thread.sleep(250);
        }
        return board;
    }

    @Test
    void aPledgeRaisesItsDepartmentLocationAndCountryOnTheBoards() throws InterruptedException {
        String dept = String.valueOf(larsDepartment());
        Map<String, String> byDepartment = Map.of("level", "DEPARTMENT", "metric", "MONEY_PLEDGED");
        long before = freshBoard(byDepartment).getLong("rows.find { it.id == '" + dept + "' }.total");
        long countryBefore = freshBoard(Map.of("level", "COUNTRY")).getLong("rows.find { it.id == 'DK' }.total");

        give("lars", 12345);

        JsonPath after = boardAfterChange(byDepartment, "rows.find { it.id == '" + dept + "' }.total", before + 12345);
        assertThat(after.getLong("rows.find { it.id == '" + dept + "' }.total")).isEqualTo(before + 12345);
        assertThat(after.getString("rows.find { it.id == '" + dept + "' }.name")).isEqualTo("Anæstesi");
        assertThat(after.getString("valueUnit")).isEqualTo("MINOR");
        assertThat(boardAfterChange(Map.of("level", "COUNTRY"), "rows.find { it.id == 'DK' }.total",
                countryBefore + 12345).getLong("rows.find { it.id == 'DK' }.total")).isEqualTo(countryBefore + 12345);
        // Ranks follow values; gaps are to the place above.
        long previous = Long.MAX_VALUE;
        for (Map<String, Object> row : after.<Map<String, Object>>getList("rows")) {
            long value = ((Number) row.get("value")).longValue();
            assertThat(value).isLessThanOrEqualTo(previous);
            if (previous != Long.MAX_VALUE) {
                assertThat(((Number) row.get("gapToAbove")).longValue()).isEqualTo(previous - value);
            }
            previous = value;
        }
    }

    @Test
    void peopleAppearOnAPeopleBoardOnlyWhenTheyChooseToAndOnlyWithWhatTheyGaveByName() throws InterruptedException {
        Map<String, String> people = Map.of("level", "PERSON", "period", "ALL");
        long emmaDepartment = as("emma").get("/api/me").then().body("shownOnBoards", equalTo(false))
                .extract().jsonPath().getLong("department.id");
        give("emma", 700);
        assertThat(board("lars", people).getList("rows.name")).doesNotContain("Emma Hansen");
        // Named to colleagues only: NGO staff see counts and sums, never a person.
        as("nora").queryParams(people).get("/api/boards").then().statusCode(403)
                .contentType("application/problem+json");

        showOnBoards("emma", true);
        String emma = "rows.find { it.name == 'Emma Hansen' }";
        Instant shown = Instant.now();
        long before = boardWhen(people, b -> b.get(emma) != null
                && Instant.parse(b.getString("computedAt")).isAfter(shown)).getLong(emma + ".total");
        assertThat(before).isGreaterThanOrEqualTo(700);
        // Her place is marked for her, her department is the context.
        JsonPath hers = board("emma", people);
        assertThat(hers.getBoolean(emma + ".mine")).isTrue();
        assertThat(hers.getString(emma + ".context")).isEqualTo("Ortopædkirurgi");

        // An anonymous gift counts for her department but never on her own line.
        String dept = "rows.find { it.id == '" + emmaDepartment + "' }.total";
        long deptBefore = freshBoard(Map.of("period", "ALL")).getLong(dept);
        give("emma", 300, true);
        give("emma", 50);
        assertThat(boardAfterChange(people, emma + ".total", before + 50).getLong(emma + ".total")).isEqualTo(before + 50);
        assertThat(boardAfterChange(Map.of("period", "ALL"), dept, deptBefore + 350).getLong(dept))
                .isEqualTo(deptBefore + 350);

        showOnBoards("emma", false);
        assertThat(boardWhen(people, b -> b.get(emma) == null).getList("rows.name")).doesNotContain("Emma Hansen");
        as("emma").queryParams(Map.of("level", "PERSON", "metric", "PARTICIPATION")).get("/api/boards")
                .then().statusCode(400).body("errors.field", contains("level"));
    }

    @Test
    void shirtsPrintedCountOnePerPrintedShirtAndDropWhenCancelled() throws InterruptedException {
        long dept = larsDepartment();
        var place = as("lars").get("/api/me").then().extract().jsonPath();
        Map<String, String> shirts = Map.of("metric", "SHIRTS_PRINTED", "period", "ALL");
        String path = "rows.find { it.id == '" + dept + "' }.total";
        long before = freshBoard(shirts).getLong(path);
        String money = "rows.find { it.id == '" + dept + "' }.total";
        long moneyBefore = freshBoard(Map.of("period", "ALL")).getLong(money);
        NewContribution.Giver giver = NewContribution.Giver.department(dept, place.getLong("location.id"),
                place.getString("country.code"));
        long postId = TestData.postId("Hospitalet");
        List<Long> printed = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            printed.add(ledger.record(new NewContribution(Source.SHIRT_PRINT, Money.of(5000, "DKK"), giver, false,
                    postId, null, "test-shirt:" + TestData.newKey())).id());
        }
        JsonPath board = boardAfterChange(shirts, path, before + 3);
        assertThat(board.getLong(path)).isEqualTo(before + 3);
        assertThat(board.getString("valueUnit")).isEqualTo("COUNT");
        assertThat(board.getString("currency")).isNull();

        ledger.cancel(printed.get(0), "misprint");
        assertThat(boardAfterChange(shirts, path, before + 2).getLong(path)).isEqualTo(before + 2);
        // Shirt donations are company money: they do not count as money the department raised.
        assertThat(freshBoard(Map.of("period", "ALL")).getLong(money)).isEqualTo(moneyBefore);
    }

    @Test
    void approvedVolunteerHoursCountInMinutesForTheVolunteersDepartment() throws InterruptedException {
        long dept = as("emma").get("/api/me").then().extract().jsonPath().getLong("department.id");
        Map<String, String> hours = Map.of("metric", "VOLUNTEER_HOURS", "period", "ALL");
        String path = "rows.find { it.id == '" + dept + "' }.total";
        long before = freshBoard(hours).getLong(path);
        long ngo = as("emma").get("/api/ngos").then().extract().jsonPath().getLong("[0].id");
        long logged = as("emma").contentType("application/json")
                .body(Map.of("date", java.time.LocalDate.now(java.time.ZoneId.of("Europe/Copenhagen")).toString(),
                        "minutes", 90, "description", "Undervisning af kirurgiske kandidater", "ngoId", ngo))
                .post("/api/volunteering/hours").then().statusCode(201).extract().jsonPath().getLong("id");
        // Hours count once approved, not when logged.
        assertThat(freshBoard(hours).getLong(path)).isEqualTo(before);

        as("ada").post("/api/volunteering/hours/{id}/approve", logged).then().statusCode(200);
        JsonPath board = boardAfterChange(hours, path, before + 90);
        assertThat(board.getLong(path)).isEqualTo(before + 90);
        assertThat(board.getString("valueUnit")).isEqualTo("MINUTES");
        assertThat(board.getString("currency")).isNull();
    }

    @Test
    void perEmployeeRankingDividesByHeadcountSoSmallTeamsCanWin() {
        JsonPath board = board("emma", Map.of("level", "DEPARTMENT", "ranking", "PER_EMPLOYEE", "period", "YEAR"));
        for (Map<String, Object> row : board.<Map<String, Object>>getList("rows")) {
            long total = ((Number) row.get("total")).longValue();
            long headcount = ((Number) row.get("headcount")).longValue();
            long expected = headcount == 0 ? 0 : Math.round((double) total / headcount);
            assertThat(((Number) row.get("value")).longValue()).as(row.toString()).isEqualTo(expected);
        }
        assertThat(board.getString("ranking")).isEqualTo("PER_EMPLOYEE");
    }

    @Test
    void participationCountsGiversAsAShareOfTheTeam() throws InterruptedException {
        give("emma", 500);
        Instant given = Instant.now();
        JsonPath board = null;
        for (int i = 0; i < 40 && (board == null || !Instant.parse(board.getString("computedAt")).isAfter(given)); i++) {
            Thread.sleep(i == 0 ? 0 : 250);
            board = board("emma", Map.of("metric", "PARTICIPATION", "ranking", "PER_EMPLOYEE", "period", "ALL"));
        }
        assertThat(board.getString("valueUnit")).isEqualTo("BASIS_POINTS");
        Map<String, Object> mine = board.getMap("rows.find { it.mine == true }");
        assertThat(((Number) mine.get("total")).longValue()).isGreaterThanOrEqualTo(1);
        long headcount = ((Number) mine.get("headcount")).longValue();
        assertThat(((Number) mine.get("value")).longValue())
                .isEqualTo(Math.round(((Number) mine.get("total")).longValue() * 10_000.0 / headcount));
    }

    @Test
    void boardsCanBeLimitedToALocationAndCheckTheirInput() {
        long aarhus = as("emma").get("/api/me").then().extract().jsonPath().getLong("location.id");
        as("emma").queryParam("locationId", aarhus).get("/api/boards").then().statusCode(200)
                .body("rows.context", hasItem("Aarhus Privathospital"))
                .body("rows.findAll { it.context != 'Aarhus Privathospital' }", org.hamcrest.Matchers.empty());
        asSendingInvalid("emma").queryParam("level", "GALAXY").get("/api/boards").then().statusCode(400)
                .body("errors.field", contains("level"));
        as("emma").queryParams(Map.of("period", "CUSTOM", "from", "2026-03-01")).get("/api/boards")
                .then().statusCode(400).body("errors.field", contains("to"));
        as("emma").queryParams(Map.of("period", "CUSTOM", "from", "2026-03-05", "to", "2026-03-01"))
                .get("/api/boards").then().statusCode(400).body("errors.field", contains("to"));
        as("emma").queryParams(Map.of("period", "CUSTOM", "from", "2026-03-01", "to", "2026-03-31"))
                .get("/api/boards").then().statusCode(200).body("from", equalTo("2026-03-01"))
                .body("to", equalTo("2026-03-31"));
    }

    @Test
    void aWatcherSeesAPledgeWithinSeconds() throws Exception {
        String dept = String.valueOf(larsDepartment());
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(stream + "?level=DEPARTMENT&limit=200"))
                .header("Authorization", "Bearer " + Tokens.of("lars")).header("Accept", "text/event-stream").build();
        var response = client.sendAsync(request, HttpResponse.BodyHandlers.ofLines());
        try {
            Stream<String> lines = response.get(10, TimeUnit.SECONDS).body();
            Thread reader = Thread.ofVirtual().start(() -> lines.filter(l -> l.startsWith("data:"))
                    .forEach(l -> events.add(l.substring(5).strip())));
            String first = events.poll(10, TimeUnit.SECONDS);
            assertThat(first).as("the current board at once").isNotNull();
            long before = freshBoard(Map.of("level", "DEPARTMENT")).getLong("rows.find { it.id == '" + dept + "' }.total");
            assertThat(JsonPath.from(first).getString("rows.find { it.mine == true }.id")).as("the watcher's own place")
                    .isEqualTo(dept);

            long sent = System.nanoTime();
            give("lars", 777);
            String seen = null;
            while (seen == null && System.nanoTime() - sent < Duration.ofSeconds(10).toNanos()) {
                String event = events.poll(1, TimeUnit.SECONDS);
                if (event != null && JsonPath.from(event).getLong("rows.find { it.id == '" + dept + "' }.total")
                        == before + 777) {
                    seen = event;
                }
            }
            assertThat(seen).as("the pledge reached the watcher").isNotNull();
            assertThat(Duration.ofNanos(System.nanoTime() - sent)).isLessThan(Duration.ofSeconds(5));
            reader.interrupt();
        } finally {
            response.cancel(true);
            client.shutdownNow();
        }
    }
}
