package dk.kollekt.sponsorship;

import dk.kollekt.common.BrowserScript;
import dk.kollekt.common.TestData;
import dk.kollekt.ledger.Contribution;
import dk.kollekt.ledger.ContributionRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static dk.kollekt.common.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The employee's journey end to end: a colleague's shared sponsorship link opened on a phone, a pledge, the page and
 * the department's place on the board moving, the pledge under My pledges; the pledge is in the ledger.
 */
@QuarkusTest
@TestProfile(BrowserScript.WithApp.class)
class SharedLinkE2ETest {

    @Inject
    ContributionRepository contributions;

    @TestHTTPResource("/")
    URL app;

    @Test
    void emmaSponsorsLarssRunFromTheSharedLinkAndSeesHerDepartmentMove() throws Exception {
        String sharePath = as("lars").contentType("application/json")
                .body(Map.of("title", "Stafetten", "date", LocalDate.now(ZoneId.of("Europe/Copenhagen")).toString(),
                        "unit", "KM", "target", 10, "projectPostId", TestData.postId("Hospitalet")))
                .post("/api/activities").then().statusCode(201).extract().path("sharePath");

        BrowserScript.run("sponsor.mjs", app.toString(), Map.of("SHARE_PATH", sharePath, "E2E_USER", "emma",
                "AMOUNT", "100", "BOARD_BEFORE", String.valueOf(departmentTotalOnTheBoard("emma"))), "e2e sponsor: ok");

        List<Contribution> pledges = QuarkusTransaction.requiringNew().call(() -> contributions.list(
                "origin in (select concat('sponsorship-pledge:', p.id) from SponsorshipPledge p, Activity a"
                        + " where p.activityId = a.id and a.shareCode = ?1)", sharePath.substring(3)));
        assertThat(pledges).singleElement().satisfies(c -> {
            assertThat(c.amountMinor).isEqualTo(10000);
            assertThat(c.message).isEqualTo("Heja!");
            assertThat(c.anonymous).isFalse();
        });
    }

    /** The user's department's total on the board the app opens on (this month's money pledged by department). */
    private static long departmentTotalOnTheBoard(String user) {
        String department = as(user).get("/api/me").then().statusCode(200).extract().jsonPath().getString("department.id");
        JsonPath board = as(user).queryParams(Map.of("level", "DEPARTMENT", "metric", "MONEY_PLEDGED", "ranking", "TOTAL",
                        "period", "MONTH", "limit", 200))
                .get("/api/boards").then().statusCode(200).extract().jsonPath();
        Number total = board.get("rows.find { it.id == '" + department + "' }.total");
        return total == null ? 0 : total.longValue();
    }
}
