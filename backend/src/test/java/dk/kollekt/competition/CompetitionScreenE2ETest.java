package dk.kollekt.competition;

import dk.kollekt.common.BrowserScript;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.Map;
import java.util.UUID;

import static dk.kollekt.common.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

/**
 * The lead's journey end to end: a competition started on a phone (its form by keyboard only) and its canteen screen
 * opened on a screen that never signs in; both are what the API now holds.
 */
@QuarkusTest
@TestProfile(BrowserScript.WithApp.class)
class CompetitionScreenE2ETest {

    @TestHTTPResource("/")
    URL app;

    @Test
    void larsStartsACompetitionAndOpensItsCanteenScreen() throws Exception {
        String name = "Dysten " + UUID.randomUUID().toString().substring(0, 8);
        String myDepartment = as("lars").get("/api/me").then().extract().jsonPath().getString("department.id");

        String output = BrowserScript.run("competition.mjs", app.toString(), Map.of("E2E_USER", "lars", "NAME", name),
                "e2e competition: ok");

        long id = Long.parseLong(BrowserScript.printed(output, "id"));
        String screen = BrowserScript.printed(output, "screen");
        as("lars").get("/api/competitions/{id}", id).then().statusCode(200)
                .body("name", equalTo(name))
                .body("status", equalTo("RUNNING"))
                .body("mine", equalTo(true))
                .body("scope", equalTo("DEPARTMENTS"))
                .body("scopeIds", hasSize(2))
                .body("scopeIds", hasItem(myDepartment));
        as("lars").get("/api/screens").then().statusCode(200)
                .body("find { it.path == '" + screen + "' }.competitionId", equalTo((int) id))
                .body("find { it.path == '" + screen + "' }.revoked", equalTo(false));
    }
}
