package dk.kollekt.common;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.path.json.JsonPath;
import jakarta.persistence.EntityManager;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dk.kollekt.common.Api.as;

/**
 * The objects AccessControlTest calls with: the owner (a Keycloak user and directory entry of his own, the only lead
 * of his own department) and his activity, pledge, donation, hours, shirt order, competition, screens, collection
 * and erasure request (refused), plus a campaign, an opportunity, a corporate donation, a match rule and a payroll batch that touch no
 * other test's data.
 */
final class AccessFixtures {

    /** The owner's sign-in; password {@link Tokens#PASSWORD} like the demo users. */
    static final String OWNER = "otto-acl";
    static final String OWNER_EMAIL = "otto.acl@test.kollekt.dk";
    static final String OWNER_NUMBER = "ACL-OWNER";
    /** A second employee of the owner's department, without a sign-in: the one whose lead the admin adds and ends. */
    static final String OTHER_NUMBER = "ACL-OTHER";
    static final String DIRECTORY_CSV = "employee_number,email,name,department,location,country\n"
            + OWNER_NUMBER + "," + OWNER_EMAIL + ",Otto Ejer,Adgangskontrol,Adgangskontrol Klinik,DK\n"
            + OTHER_NUMBER + ",sif.acl@test.kollekt.dk,Sif Anden,Adgangskontrol,Adgangskontrol Klinik,DK\n";
    /** A year no other test registers a corporate donation for. */
    static final int CORPORATE_YEAR = 2077;
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Copenhagen"));

    long post;
    long ngo;
    long ownerId;
    long otherId;
    long department;
    long location;
    String activityCode;
    long pledge;
    long contribution;
    long hours;
    long hoursOnNorasOpportunity;
    long opportunity;
    long shift;
    long campaign;
    Map<String, Object> campaignRequest;
    long order;
    long competition;
    Map<String, Object> competitionRequest;
    long screen;
    String screenToken;
    String revokedScreenToken;
    String peopleScreenToken;
    long collection;
    long split;
    long matchRule;
    long payrollBatch;
    long erasureRequest;

    /** Made once per test run: its objects (a corporate donation of its own year, a payroll batch) exist once. */
    private static AccessFixtures shared;

    private AccessFixtures() {
    }

    /** The fixtures of this test run, made by the first test that needs them (AccessControlTest, FuzzTest). */
    static synchronized AccessFixtures shared(EntityManager em) {
        if (shared == null) {
            shared = make(em);
        }
        return shared;
    }

    private static AccessFixtures make(EntityManager em) {
        AccessFixtures f = new AccessFixtures();
        ensureOwnerSignIn();
        f.post = TestData.postId("Hospitalet");
        f.ngo = as("emma").get("/api/ngos").then().statusCode(200).extract().jsonPath().getLong("[0].id");

        // The owner and a colleague in a department and location of their own; the owner leads it.
        as("ada").contentType("text/csv").body(DIRECTORY_CSV).post("/api/directory/imports").then().statusCode(200);
        JsonPath people = as("ada").queryParam("q", "ACL-").get("/api/employees").then().statusCode(200)
                .extract().jsonPath();
        f.ownerId = people.getLong("find { it.employeeNumber == '" + OWNER_NUMBER + "' }.id");
        f.otherId = people.getLong("find { it.employeeNumber == '" + OTHER_NUMBER + "' }.id");
        f.department = people.getLong("find { it.employeeNumber == '" + OWNER_NUMBER + "' }.department.id");
        f.location = people.getLong("find { it.employeeNumber == '" + OWNER_NUMBER + "' }.location.id");
        as("ada").put("/api/departments/{d}/leads/{e}", f.department, f.ownerId).then().statusCode(200);
        as(OWNER).get("/api/me").then().statusCode(200)
                .body("employeeNumber", org.hamcrest.Matchers.equalTo(OWNER_NUMBER))
                .body("roles", org.hamcrest.Matchers.hasItems("employee", "lead"));

        // Sponsorship and giving: an activity of today, his own fixed pledge to it and a donation.
        f.activityCode = as(OWNER).contentType("application/json")
                .body(Map.of("title", "Adgangskontrol-løbet", "date", TODAY.toString(), "unit", "KM", "target", 5,
                        "projectPostId", f.post))
                .post("/api/activities").then().statusCode(201).extract().path("code");
        f.pledge = as(OWNER).header("Idempotency-Key", TestData.newKey()).contentType("application/json")
                .body(Map.of("kind", "FIXED", "amountMinor", 100))
                .post("/api/activities/{code}/pledges", f.activityCode).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        f.contribution = as(OWNER).header("Idempotency-Key", TestData.newKey()).contentType("application/json")
                .body(Map.of("projectPostId", f.post, "amountMinor", 100))
                .post("/api/donations").then().statusCode(201).extract().jsonPath().getLong("id");

        // Volunteering: NGO staff post an opportunity with a shift; the owner logs hours for the NGO and for it.
        Instant soon = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        JsonPath posted = as("nora").contentType("application/json")
                .body(Map.of("ngoId", f.ngo, "title", "Adgangskontrol: undervisning", "description", "Suturteknik",
                        "skillIds", List.of(), "placeKind", "REMOTE", "shifts", List.of(Map.of("startsAt",
                                soon.toString(), "endsAt", soon.plus(2, ChronoUnit.HOURS).toString(), "places", 10))))
                .post("/api/volunteering/opportunities").then().statusCode(201).extract().jsonPath();
        f.opportunity = posted.getLong("id");
        f.shift = posted.getLong("shifts[0].id");
        f.hours = as(OWNER).contentType("application/json").body(f.hoursRequest())
                .post("/api/volunteering/hours").then().statusCode(201).extract().jsonPath().getLong("id");
        f.hoursOnNorasOpportunity = as(OWNER).contentType("application/json")
                .body(Map.of("date", TODAY.toString(), "minutes", 30, "description", "Undervisning",
                        "opportunityId", f.opportunity))
                .post("/api/volunteering/hours").then().statusCode(201).extract().jsonPath().getLong("id");

        // Shirts: a campaign of this test with a print image, and the owner's order.
        f.campaignRequest = new HashMap<>(Map.of("name", "Adgangskontrol-trøjen", "printTitle", "Adgang for alle",
                "projectPostId", f.post,
                "orderDeadline", Instant.now().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString(),
                "sizes", List.of(Map.of("size", "M")),
                "prices", List.of(Map.of("currency", "DKK", "priceMinor", 14900),
                        Map.of("currency", "NOK", "priceMinor", 19900), Map.of("currency", "SEK", "priceMinor", 18900))));
        f.campaign = as("ada").contentType("application/json").body(f.campaignRequest)
                .post("/api/shirt-campaigns").then().statusCode(201).extract().jsonPath().getLong("id");
        as("ada").contentType("image/png").body(png()).put("/api/shirt-campaigns/{id}/image", f.campaign)
                .then().statusCode(200);
        f.order = as(OWNER).contentType("application/json").body(selfOrder())
                .post("/api/shirt-campaigns/{id}/orders", f.campaign).then().statusCode(201)
                .extract().jsonPath().getLong("id");

        // Boards: the owner's competition (starting tomorrow, so that it may still change), two screens, and a
        // collection of his department.
        f.competitionRequest = Map.of("name", "Adgangskontrol-dysten", "startsOn", TODAY.plusDays(1).toString(),
                "endsOn", TODAY.plusDays(8).toString(), "scope", "DEPARTMENTS",
                "scopeIds", List.of(String.valueOf(f.department)), "metric", "MONEY_PLEDGED", "ranking", "TOTAL");
        f.competition = as(OWNER).contentType("application/json").body(f.competitionRequest)
                .post("/api/competitions").then().statusCode(201).extract().jsonPath().getLong("id");
        f.screen = as(OWNER).contentType("application/json").body(Map.of("title", "Adgangskontrol: til tilbagekaldelse"))
                .post("/api/screens").then().statusCode(201).extract().jsonPath().getLong("id");
        String path = as(OWNER).contentType("application/json").body(Map.of("title", "Adgangskontrol: kantinen"))
                .post("/api/screens").then().statusCode(201).extract().path("path");
        f.screenToken = path.substring(path.lastIndexOf('/') + 1);
        JsonPath revoked = as(OWNER).contentType("application/json").body(Map.of("title", "Adgangskontrol: tilbagekaldt"))
                .post("/api/screens").then().statusCode(201).extract().jsonPath();
        as(OWNER).post("/api/screens/{id}/revoke", revoked.getLong("id")).then().statusCode(200);
        f.revokedScreenToken = revoked.getString("path").substring(revoked.getString("path").lastIndexOf('/') + 1);
        // A screen of people, as the API let a lead make one before it refused them.
        f.peopleScreenToken = UUID.randomUUID().toString().replace("-", "");
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("INSERT INTO board_screen (token, title, level,"
                        + " metric, ranking, period, created_by_employee_id, created_at) VALUES (?1, 'Adgangskontrol:"
                        + " personer', 'PERSON', 'MONEY_PLEDGED', 'TOTAL', 'ALL', ?2, UTC_TIMESTAMP(6))")
                .setParameter(1, f.peopleScreenToken).setParameter(2, f.ownerId).executeUpdate());
        f.collection = as(OWNER).header("Idempotency-Key", TestData.newKey()).contentType("application/json")
                .body(f.collectionRequest())
                .post("/api/departments/{id}/collections", f.department).then().statusCode(201)
                .extract().jsonPath().getLong("id");

        // Company money: a corporate donation of a year of its own with a split sent back, a match rule over days
        // long past (it matches nothing), and an empty payroll batch of a month long past.
        as("ada").contentType("application/json")
                .body(Map.of("year", CORPORATE_YEAR, "amountMinor", 100000, "currency", "DKK"))
                .post("/api/corporate-donations").then().statusCode(201);
        f.split = as("nora").contentType("application/json").body(f.splitRequest())
                .post("/api/corporate-donations/{year}/splits", CORPORATE_YEAR).then().statusCode(200)
                .extract().jsonPath().getLong("splits[-1].id");
        as("ada").contentType("application/json").body(Map.of("comment", "Sendt tilbage af adgangstesten"))
                .post("/api/corporate-donations/{year}/splits/{id}/return", CORPORATE_YEAR, f.split)
                .then().statusCode(200);
        f.matchRule = as("ada").contentType("application/json").body(Map.of("ratioNumerator", 1,
                        "ratioDenominator", 1, "capPerEmployeeMinor", 1, "sources", List.of("DONATION"),
                        "validFrom", "2001-01-01", "validTo", "2001-01-02", "budgetMinor", 1))
                .post("/api/match-rules").then().statusCode(201).extract().jsonPath().getLong("id");
        f.payrollBatch = QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("INSERT INTO payroll_batch (country_code, period, reference, status, created_at,"
                    + " created_by) VALUES ('SE', '2001-01', 'KOLLEKT-SE-2001-01', 'OPEN', UTC_TIMESTAMP(6),"
                    + " 'access-control-test')").executeUpdate();
            return ((Number) em.createNativeQuery("SELECT id FROM payroll_batch WHERE reference = 'KOLLEKT-SE-2001-01'")
                    .getSingleResult()).longValue();
        });

        // Data protection: the owner's erasure request, refused, so that no row of the table erases him.
        f.erasureRequest = as(OWNER).contentType("application/json").body(Map.of("note", "Adgangskontrol"))
                .post("/api/me/erasure-requests").then().statusCode(201).extract().jsonPath().getLong("id");
        as("ada").contentType("application/json").body(Map.of("reason", "Afvist af adgangstesten"))
                .post("/api/erasure-requests/{id}/refuse", f.erasureRequest).then().statusCode(200);
        return f;
    }

    Map<String, Object> hoursRequest() {
        return Map.of("date", TODAY.toString(), "minutes", 30, "description", "Frivillig vagt", "ngoId", ngo);
    }

    Map<String, Object> collectionRequest() {
        return Map.of("projectPostId", post, "amountMinor", 100, "collectedOn", TODAY.toString(),
                "method", "BAKE_SALE", "description", "Kagedag i Adgangskontrol");
    }

    Map<String, Object> splitRequest() {
        return Map.of("parts", List.of(Map.of("projectPostId", post, "amountMinor", 100000)));
    }

    static Map<String, Object> selfOrder() {
        return Map.of("lines", List.of(Map.of("size", "M", "quantity", 1)));
    }

    Map<String, Object> teamOrder() {
        return Map.of("kind", "TEAM", "departmentId", department,
                "lines", List.of(Map.of("size", "M", "quantity", 1, "wearerName", "Otto Ejer")));
    }

    static byte[] png() {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The owner's Keycloak account: an employee with the demo password, unless it is there from an earlier run. */
    private static void ensureOwnerSignIn() {
        KeycloakUsers.ensure(OWNER, OWNER_EMAIL, "Otto", "Ejer", "employee");
    }
}
