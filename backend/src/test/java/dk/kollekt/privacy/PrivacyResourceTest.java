package dk.kollekt.privacy;

import dk.kollekt.common.KeycloakUsers;
import dk.kollekt.common.TestData;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dk.kollekt.common.Api.as;
import static dk.kollekt.common.Api.asSendingInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/**
 * Data protection: a person's data download holds their data and no one else's; erasure requests (one open at a
 * time, withdrawn while open, decided by another admin); and a completed erasure leaves the person's name, email and
 * employee number nowhere in the database, their Keycloak account unlinked, and every board, dashboard and export
 * total as it was. Erin and Frode are users of this test's own, made in Keycloak and deleted after.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PrivacyResourceTest {

    static final String ERIN = "erin-dp";
    static final String ERIN_NAME = "Erin Sletning";
    static final String ERIN_EMAIL = "erin.dp@test.kollekt.dk";
    static final String ERIN_NUMBER = "DP-ERIN";
    static final String ERIN_WROTE = "Fra Erin Sletning med kærlig hilsen";
    static final String FRODE = "frode-dp";
    static final String FRODE_NAME = "Frode Anden";
    static final String FRODE_EMAIL = "frode.dp@test.kollekt.dk";
    static final String FRODE_WROTE = "Heja fra Frode Anden";
    static final String DEPARTMENT = "Databeskyttelse";
    static final LocalDate TODAY = LocalDate.now(dk.kollekt.ledger.LedgerService.ZONE);

    @Inject
    AgroalDataSource dataSource;

    /** What the test made, once for all its tests. */
    static Seed seed;

    record Seed(long erinId, long frodeId, long department, String erinActivity, String frodeActivity,
                long donation, long fixedPledge, long perUnitPledge, long frodePerUnitPledge, long shift,
                String opportunity) {
    }

    @AfterAll
    static void deleteTestUsers() {
        KeycloakUsers.delete(ERIN);
        KeycloakUsers.delete(FRODE);
    }

    /**
     * Erin leads her department, shows her name on boards, has a skill, publishes an activity (Frode pledges to it,
     * named, with a message, and per unit), pledges to Frode's activity (fixed and per unit), gives anonymously,
     * logs hours an admin approves, has the only place on a shift (Frode waits), orders a shirt for herself and
     * one for her team (a line for Frode), and records a bake sale.
     */
    static synchronized Seed seeded() {
        if (seed != null) {
            return seed;
        }
        KeycloakUsers.ensure(ERIN, ERIN_EMAIL, "Erin", "Sletning", "employee");
        KeycloakUsers.ensure(FRODE, FRODE_EMAIL, "Frode", "Anden", "employee");
        as("ada").contentType("text/csv").body("employee_number,email,name,department,location,country\n"
                        + ERIN_NUMBER + "," + ERIN_EMAIL + "," + ERIN_NAME + "," + DEPARTMENT + ",Databeskyttelse Klinik,DK\n"
                        + "DP-FRODE," + FRODE_EMAIL + "," + FRODE_NAME + "," + DEPARTMENT + ",Databeskyttelse Klinik,DK\n")
                .post("/api/directory/imports").then().statusCode(200);
        JsonPath people = as("ada").queryParam("q", "DP-").get("/api/employees").then().statusCode(200)
                .extract().jsonPath();
        long erin = people.getLong("find { it.employeeNumber == '" + ERIN_NUMBER + "' }.id");
        long frode = people.getLong("find { it.employeeNumber == 'DP-FRODE' }.id");
        long department = people.getLong("find { it.employeeNumber == '" + ERIN_NUMBER + "' }.department.id");
        as(ERIN).get("/api/me").then().statusCode(200).body("employeeNumber", equalTo(ERIN_NUMBER));
        as(FRODE).get("/api/me").then().statusCode(200);
        as("ada").put("/api/departments/{d}/leads/{e}", department, erin).then().statusCode(200);
        long post = TestData.postId("Hospitalet");

        as(ERIN).contentType("application/json").body(Map.of("shownOnBoards", true)).put("/api/me/preferences")
                .then().statusCode(200);
        long skill = as(ERIN).get("/api/volunteering/skills").then().extract().jsonPath().getLong("[0].id");
        as(ERIN).contentType("application/json").body(Map.of("skillIds", List.of(skill)))
                .put("/api/volunteering/my-skills").then().statusCode(200);

        String erinActivity = activity(ERIN, "Stafetten 5 km", post);
        String frodeActivity = activity(FRODE, "Svømning 2 km", post);
        pledge(FRODE, erinActivity, Map.of("kind", "FIXED", "amountMinor", 2500, "message", FRODE_WROTE,
                "showName", true));
        long frodePerUnit = pledge(FRODE, erinActivity, Map.of("kind", "PER_UNIT", "rateMinor", 1000));
        long fixed = pledge(ERIN, frodeActivity, Map.of("kind", "FIXED", "amountMinor", 3000, "message", "Kom så!",
                "showName", true));
        long perUnit = pledge(ERIN, frodeActivity, Map.of("kind", "PER_UNIT", "rateMinor", 500));
        long donation = as(ERIN).header("Idempotency-Key", TestData.newKey()).contentType("application/json")
                .body(Map.of("projectPostId", post, "amountMinor", 4000, "anonymous", true, "message", ERIN_WROTE))
                .post("/api/donations").then().statusCode(201).extract().jsonPath().getLong("id");

        long ngo = as(ERIN).get("/api/ngos").then().extract().jsonPath().getLong("[0].id");
        long hours = as(ERIN).contentType("application/json").body(Map.of("date", TODAY.toString(), "minutes", 60,
                        "description", "Undervisning ved " + ERIN_NAME, "ngoId", ngo))
                .post("/api/volunteering/hours").then().statusCode(201).extract().jsonPath().getLong("id");
        as("ada").post("/api/volunteering/hours/{id}/approve", hours).then().statusCode(200);
        Instant soon = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        String opportunity = "Databeskyttelse: suturkursus";
        long shift = as("nora").contentType("application/json").body(Map.of("ngoId", ngo, "title", opportunity,
                        "description", "Suturteknik", "skillIds", List.of(), "placeKind", "REMOTE", "shifts",
                        List.of(Map.of("startsAt", soon.toString(), "endsAt", soon.plus(2, ChronoUnit.HOURS).toString(),
                                "places", 1))))
                .post("/api/volunteering/opportunities").then().statusCode(201).extract().jsonPath()
                .getLong("shifts[0].id");
        as(ERIN).post("/api/volunteering/shifts/{id}/signup", shift).then().statusCode(200)
                .body("status", equalTo("CONFIRMED"));
        as(FRODE).post("/api/volunteering/shifts/{id}/signup", shift).then().statusCode(200)
                .body("status", equalTo("WAITING"));

        long campaign = as("ada").contentType("application/json").body(Map.of("name", "Databeskyttelse-trøjen",
                        "printTitle", "Mine data", "projectPostId", post,
                        "orderDeadline", Instant.now().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString(),
                        "sizes", List.of(Map.of("size", "M")),
                        "prices", List.of(Map.of("currency", "DKK", "priceMinor", 14900),
                                Map.of("currency", "NOK", "priceMinor", 19900),
                                Map.of("currency", "SEK", "priceMinor", 18900))))
                .post("/api/shirt-campaigns").then().statusCode(201).extract().jsonPath().getLong("id");
        as(ERIN).contentType("application/json").body(Map.of("lines", List.of(Map.of("size", "M", "quantity", 1))))
                .post("/api/shirt-campaigns/{id}/orders", campaign).then().statusCode(201);
        as(ERIN).contentType("application/json").body(Map.of("kind", "TEAM", "departmentId", department, "lines",
                        List.of(Map.of("size", "M", "quantity", 1, "wearerName", ERIN_NAME),
                                Map.of("size", "M", "quantity", 1, "wearerName", FRODE_NAME))))
                .post("/api/shirt-campaigns/{id}/orders", campaign).then().statusCode(201);
        as(ERIN).header("Idempotency-Key", TestData.newKey()).contentType("application/json")
                .body(Map.of("projectPostId", post, "amountMinor", 1500, "collectedOn", TODAY.toString(),
                        "method", "BAKE_SALE", "description", "Kagesalg i " + DEPARTMENT))
                .post("/api/departments/{id}/collections", department).then().statusCode(201);

        seed = new Seed(erin, frode, department, erinActivity, frodeActivity, donation, fixed, perUnit, frodePerUnit,
                shift, opportunity);
        return seed;
    }

    private static String activity(String user, String title, long post) {
        return as(user).contentType("application/json").body(Map.of("title", title, "date", TODAY.toString(),
                        "unit", "KM", "target", 5, "projectPostId", post))
                .post("/api/activities").then().statusCode(201).extract().path("code");
    }

    private static long pledge(String user, String code, Map<String, Object> body) {
        return as(user).header("Idempotency-Key", TestData.newKey()).contentType("application/json").body(body)
                .post("/api/activities/{code}/pledges", code).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    // ---- the download

    @Test
    void theDownloadHoldsTheCallersOwnDataAndNoOneElses() {
        Seed s = seeded();
        Response response = as(ERIN).get("/api/me/data");
        response.then().statusCode(200).contentType("application/json")
                .header("Content-Disposition", "attachment; filename=\"kollekt-my-data.json\"");
        JsonPath mine = response.jsonPath();
        assertThat(mine.getString("person.name")).isEqualTo(ERIN_NAME);
        assertThat(mine.getString("person.email")).isEqualTo(ERIN_EMAIL);
        assertThat(mine.getString("person.employeeNumber")).isEqualTo(ERIN_NUMBER);
        assertThat(mine.getString("person.keycloakSubject")).isEqualTo(mine.getString("subject")).isNotNull();
        assertThat(mine.getBoolean("person.shownOnBoards")).isTrue();
        assertThat(mine.getList("person.departmentsLed.name", String.class)).containsExactly(DEPARTMENT);
        assertThat(mine.getList("person.memberships.department.name", String.class)).containsExactly(DEPARTMENT);
        assertThat(mine.getList("skills")).hasSize(1);
        // The anonymous gift and the sponsorship pledge in the ledger, with amounts, status and history.
        assertThat(mine.getLong("contributions.find { it.id == " + s.donation() + " }.amountMinor")).isEqualTo(4000);
        assertThat(mine.getBoolean("contributions.find { it.id == " + s.donation() + " }.anonymous")).isTrue();
        assertThat(mine.getString("contributions.find { it.id == " + s.donation() + " }.message")).isEqualTo(ERIN_WROTE);
        assertThat(mine.getString("contributions.find { it.id == " + s.donation() + " }.status")).isEqualTo("PLEDGED");
        assertThat(mine.getList("contributions.find { it.id == " + s.donation() + " }.history")).hasSize(1);
        assertThat(mine.getList("contributions.source", String.class)).containsExactlyInAnyOrder("DONATION",
                "SPONSORSHIP");
        assertThat(mine.getList("sponsorshipPledges.kind", String.class)).containsExactlyInAnyOrder("FIXED", "PER_UNIT");
        // Her activity with what was pledged to it, but not who pledged or what they wrote.
        assertThat(mine.getString("activities[0].code")).isEqualTo(s.erinActivity());
        assertThat(mine.getList("activities[0].pledgesReceived.kind", String.class))
                .containsExactlyInAnyOrder("FIXED", "PER_UNIT");
        assertThat(mine.getList("activities[0].pledgesReceived.amountMinor")).contains(2500);
        assertThat(mine.getList("volunteerSignups.status", String.class)).containsExactly("CONFIRMED");
        assertThat(mine.getList("hourLogs.minutes", Integer.class)).containsExactly(60);
        assertThat(mine.getList("hourLogs.status", String.class)).containsExactly("APPROVED");
        assertThat(mine.getList("shirtOrders.kind", String.class)).containsExactlyInAnyOrder("SELF", "TEAM");
        assertThat(mine.getList("shirtOrders.lines.flatten().wearerName")).containsOnlyNulls();
        assertThat(mine.getList("collectionsRecorded.amountMinor", Integer.class)).containsExactly(1500);

        String body = response.asString();
        for (String others : List.of(FRODE_NAME, FRODE_EMAIL, FRODE_WROTE, "DP-FRODE")) {
            assertThat(body).as("Erin's download holds nothing of Frode's").doesNotContain(others);
        }
        String frodes = as(FRODE).get("/api/me/data").then().statusCode(200).extract().asString();
        assertThat(frodes).contains(FRODE_NAME, FRODE_WROTE);
        for (String others : List.of(ERIN_NAME, ERIN_EMAIL, ERIN_NUMBER, "Kom så!")) {
            assertThat(frodes).as("Frode's download holds nothing of Erin's").doesNotContain(others);
        }
    }

    @Test
    void peopleOutsideTheDirectoryDownloadWhatIsTiedToTheirSignIn() {
        Seed s = seeded();
        as("nora").get("/api/me/data").then().statusCode(200)
                .body("person", nullValue())
                .body("contributions.size()", equalTo(0))
                .body("opportunitiesPosted.name", hasItem(s.opportunity()));
        as("nora").get("/api/me/erasure-requests").then().statusCode(403);
        as("nora").contentType("application/json").body(Map.of()).post("/api/me/erasure-requests")
                .then().statusCode(403);
    }

    // ---- erasure requests

    @Test
    void anEmployeeHasOneOpenRequestAtATimeAndWithdrawsItWhileOpen() {
        seeded();
        long id = as(FRODE).contentType("application/json").body(Map.of("note", "Jeg stopper"))
                .post("/api/me/erasure-requests").then().statusCode(201)
                .header("Location", containsString("/api/me/erasure-requests"))
                .body("status", equalTo("OPEN")).body("name", equalTo(FRODE_NAME))
                .extract().jsonPath().getLong("id");
        as(FRODE).contentType("application/json").body(Map.of()).post("/api/me/erasure-requests")
                .then().statusCode(409).contentType("application/problem+json");
        as(FRODE).get("/api/me/erasure-requests").then().statusCode(200)
                .body("[0].id", equalTo((int) id)).body("[0].status", equalTo("OPEN"))
                .body("[0].note", equalTo("Jeg stopper"));
        as("ada").get("/api/erasure-requests").then().statusCode(200)
                .body("find { it.id == " + id + " }.status", equalTo("OPEN"));

        as("emma").post("/api/me/erasure-requests/{id}/withdraw", id).then().statusCode(404);
        as("ada").post("/api/me/erasure-requests/{id}/withdraw", id).then().statusCode(404);
        as(FRODE).post("/api/me/erasure-requests/{id}/withdraw", id).then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        as(FRODE).post("/api/me/erasure-requests/{id}/withdraw", id).then().statusCode(409);
        as("ada").post("/api/erasure-requests/{id}/complete", id).then().statusCode(409);

        // Withdrawn, it no longer stands in the way of a new one.
        long again = as(FRODE).contentType("application/json").body(Map.of()).post("/api/me/erasure-requests")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        as(FRODE).post("/api/me/erasure-requests/{id}/withdraw", again).then().statusCode(200);
    }

    @Test
    void onlyAnotherAdminDecidesAndARefusalGivesItsReason() {
        seeded();
        long id = as(FRODE).contentType("application/json").body(Map.of()).post("/api/me/erasure-requests")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        for (String user : List.of("emma", "lars", "nora", FRODE)) {
            as(user).get("/api/erasure-requests").then().statusCode(403);
            as(user).post("/api/erasure-requests/{id}/complete", id).then().statusCode(403);
            as(user).contentType("application/json").body(Map.of("reason", "nej"))
                    .post("/api/erasure-requests/{id}/refuse", id).then().statusCode(403);
        }
        asSendingInvalid("ada").contentType("application/json").body(Map.of())
                .post("/api/erasure-requests/{id}/refuse", id).then().statusCode(400).contentType("application/problem+json");
        as("ada").contentType("application/json").body(Map.of("reason", "Bogføringsloven kræver dem i fem år"))
                .post("/api/erasure-requests/{id}/refuse", id).then().statusCode(200)
                .body("status", equalTo("REFUSED"));
        as(FRODE).get("/api/me/erasure-requests").then()
                .body("find { it.id == " + id + " }.refusalReason", equalTo("Bogføringsloven kræver dem i fem år"))
                .body("find { it.id == " + id + " }.pledgesToSettle", nullValue());
        as("ada").contentType("application/json").body(Map.of("reason", "igen"))
                .post("/api/erasure-requests/{id}/refuse", id).then().statusCode(409);

        // An admin's own request is for another admin to decide.
        long own = as("ada").contentType("application/json").body(Map.of()).post("/api/me/erasure-requests")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        as("ada").post("/api/erasure-requests/{id}/complete", own).then().statusCode(403);
        as("ada").post("/api/me/erasure-requests/{id}/withdraw", own).then().statusCode(200);
    }

    // ---- completing an erasure

    /** Last: Erin is erased after it. */
    @Test
    @Order(Integer.MAX_VALUE)
    void completingErasesThePersonEverywhereAndChangesNoTotal() throws Exception {
        Seed s = seeded();
        long id = as(ERIN).contentType("application/json").body(Map.of("note", "Slet alt om " + ERIN_NAME))
                .post("/api/me/erasure-requests").then().statusCode(201).extract().jsonPath().getLong("id");
        assertThat(as(ERIN).get("/api/me/data").then().extract().jsonPath()
                .getList("erasureRequests.status", String.class)).containsExactly("OPEN");
        assertThat(columnsHolding(ERIN_NAME)).as("the search finds the name before").contains("employee.name",
                "contribution.message", "hour_log.description", "shirt_order_line.wearer_name", "erasure_request.note");
        assertThat(personBoardNames()).contains(ERIN_NAME);
        assertThat(contributionsExport()).as("she chose to be named").contains(ERIN_NAME);

        // Her pledges are not settled yet: payroll would still need her employee number.
        as("ada").get("/api/erasure-requests").then().statusCode(200)
                .body("find { it.id == " + id + " }.name", equalTo(ERIN_NAME))
                .body("find { it.id == " + id + " }.employeeNumber", equalTo(ERIN_NUMBER))
                .body("find { it.id == " + id + " }.pledgesToSettle", equalTo(2))
                .body("find { it.id == " + id + " }.pledgesAwaitingResult", equalTo(1));
        as("ada").post("/api/erasure-requests/{id}/complete", id).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("not yet collected"));

        // Settled: both paid by mobile payment, the per-unit pledge cancelled by the admin.
        String donationReference = as(ERIN).get("/api/contributions/{id}", s.donation()).path("paymentReference");
        String pledgeReference = as(ERIN).get("/api/sponsorship-pledges/mine").then().extract().jsonPath()
                .getString("find { it.id == " + s.fixedPledge() + " }.paymentReference");
        as("ada").contentType("text/csv").body("reference,amount,date\n" + donationReference + ",40.00," + TODAY
                        + "\n" + pledgeReference + ",30.00," + TODAY + "\n")
                .post("/api/mobile-payments/imports").then().statusCode(200).body("collected.size()", equalTo(2));
        as("ada").contentType("application/json").body(Map.of("reason", "Medarbejderen har bedt om sletning"))
                .post("/api/sponsorship-pledges/{id}/cancel", s.perUnitPledge()).then().statusCode(200);
        as("ada").get("/api/erasure-requests").then()
                .body("find { it.id == " + id + " }.pledgesToSettle", equalTo(0))
                .body("find { it.id == " + id + " }.pledgesAwaitingResult", equalTo(0));

        Map<String, Object> before = totals();
        Map<String, Long> erinsLedger = ledgerOf(s.erinId());
        as("ada").post("/api/erasure-requests/{id}/complete", id).then().statusCode(200)
                .body("status", equalTo("COMPLETED")).body("name", equalTo("[erased]"));
        Map<String, Object> after = totals();

        assertThat(after).as("boards, dashboard and exports after the erasure").isEqualTo(before);
        assertThat(ledgerOf(s.erinId())).as("her contributions, amounts and statuses").isEqualTo(erinsLedger);
        for (String personal : List.of(ERIN_NAME, ERIN_EMAIL, ERIN_NUMBER, ERIN_WROTE, "Kom så!")) {
            assertThat(columnsHolding(personal)).as("columns still holding '%s'", personal).isEmpty();
        }
        assertThat(sql("SELECT CONCAT_WS('|', keycloak_subject IS NULL, erased_at IS NOT NULL, shown_on_boards)"
                + " FROM employee WHERE id = " + s.erinId())).isEqualTo("1|1|0");
        assertThat(sql("SELECT COUNT(*) FROM audit_record WHERE action = 'erasure-request.completed'"
                + " AND entity_id = " + id)).isEqualTo("1");
        assertThat(personBoardNames()).doesNotContain(ERIN_NAME, "[erased]");
        assertThat(contributionsExport()).doesNotContain(ERIN_NAME, "[erased]");

        // What others see of her: a closed activity without her words, Frode's per-unit pledge lapsed, her place on
        // the shift gone to Frode; her lead role, which Kollekt granted, gone from Keycloak.
        as(FRODE).get("/api/activities/{code}", s.erinActivity()).then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("title", equalTo("[erased]"))
                .body("ownerName", equalTo("[erased]"));
        as(FRODE).get("/api/sponsorship-pledges/mine").then()
                .body("find { it.id == " + s.frodePerUnitPledge() + " }.status", equalTo("LAPSED"));
        as(FRODE).get("/api/volunteering/my-shifts").then()
                .body("find { it.shiftId == " + s.shift() + " }.status", equalTo("CONFIRMED"));
        assertThat(KeycloakUsers.realmRoles(ERIN)).contains("employee").doesNotContain("lead");

        // Her Keycloak account (the company's) still signs in, but to no directory entry: nothing links it to the
        // erased record again, neither her subject nor her email.
        as(ERIN).get("/api/me").then().statusCode(200)
                .body("employeeNumber", nullValue()).body("department", nullValue());
        as(ERIN).get("/api/contributions/mine").then().statusCode(403);
        as(ERIN).contentType("application/json").body(Map.of()).post("/api/me/erasure-requests").then().statusCode(403);
        as(ERIN).get("/api/me/data").then().statusCode(200).body("person", nullValue())
                .body("contributions.size()", equalTo(0));
        as(FRODE).post("/api/volunteering/shifts/{id}/withdraw", s.shift()).then().statusCode(200);
    }

    /** Every board of departments, the NGO's dashboard for this year, and both exports' sums, as the API gives them. */
    private Map<String, Object> totals() throws InterruptedException, IOException {
        // A board read within 2 s of its last computation may be served as it was then (see README).
        Thread.sleep(2_500);
        Map<String, Object> totals = new LinkedHashMap<>();
        for (String metric : List.of("MONEY_PLEDGED", "MONEY_COLLECTED", "PARTICIPATION", "SHIRTS_PRINTED",
                "VOLUNTEER_HOURS")) {
            for (String level : List.of("DEPARTMENT", "LOCATION", "COUNTRY")) {
                List<Map<String, Object>> rows = as("ada").queryParam("level", level).queryParam("metric", metric)
                        .queryParam("period", "ALL").queryParam("limit", 200).get("/api/boards")
                        .then().statusCode(200).extract().jsonPath().getList("rows");
                totals.put(level + " " + metric, rows.stream().map(r -> r.get("id") + "=" + r.get("total") + "/"
                        + r.get("value") + "/" + r.get("headcount")).sorted().toList());
            }
        }
        totals.put("dashboard", as("nora").queryParam("granularity", "MONTH").get("/api/reports/dashboard")
                .then().statusCode(200).extract().jsonPath().getMap(""));
        totals.put("totals.csv", as("nora").queryParam("by", "DEPARTMENT").get("/api/reports/totals.csv")
                .then().statusCode(200).extract().asString());
        Map<String, Long> sums = new java.util.TreeMap<>();
        int rows = 0;
        try (CSVParser csv = CSVParser.parse(contributionsExport(),
                CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            for (CSVRecord row : csv) {
                sums.merge(row.get("status"), Long.parseLong(row.get("reporting_amount_minor")), Long::sum);
                rows++;
            }
        }
        totals.put("contributions.csv rows", rows);
        totals.put("contributions.csv sums", sums);
        return totals;
    }

    private static String contributionsExport() {
        return as("nora").get("/api/reports/contributions.csv").then().statusCode(200).extract().asString();
    }

    private List<String> personBoardNames() {
        return as("ada").queryParam("level", "PERSON").queryParam("metric", "MONEY_PLEDGED").queryParam("period", "ALL")
                .queryParam("limit", 200).get("/api/boards").then().statusCode(200).extract().jsonPath()
                .getList("rows.name", String.class);
    }

    /** Count, amounts and statuses of the contributions the employee gave, read from the ledger itself. */
    private Map<String, Long> ledgerOf(long employeeId) throws SQLException {
        Map<String, Long> ledger = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT status, COUNT(*), SUM(amount_minor), SUM(reporting_amount_minor)"
                     + " FROM contribution WHERE giver_employee_id = " + employeeId + " GROUP BY status ORDER BY status")) {
            while (rs.next()) {
                ledger.put(rs.getString(1) + " count", rs.getLong(2));
                ledger.put(rs.getString(1) + " amount", rs.getLong(3));
                ledger.put(rs.getString(1) + " reporting", rs.getLong(4));
            }
        }
        return ledger;
    }

    /** Every text column (table.column) of the database where some row holds the text. */
    private List<String> columnsHolding(String text) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            List<String[]> columns = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT table_name, column_name"
                    + " FROM information_schema.columns WHERE table_schema = DATABASE() AND data_type IN ('char',"
                    + " 'varchar', 'tinytext', 'text', 'mediumtext', 'longtext') AND table_name <> 'flyway_schema_history'")) {
                while (rs.next()) {
                    columns.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
            for (String[] column : columns) {
                try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM `" + column[0] + "` WHERE `" + column[1]
                        + "` LIKE CONCAT('%', ?, '%') LIMIT 1")) {
                    ps.setString(1, text);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            found.add(column[0] + "." + column[1]);
                        }
                    }
                }
            }
        }
        return found;
    }

    private String sql(String query) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(query)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
