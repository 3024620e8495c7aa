package dk.kollekt.leaderboard;

import dk.kollekt.common.BrowserScript;
import dk.kollekt.common.TestData;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.Map;

import static dk.kollekt.common.Api.as;

/** End to end: NGO staff watch the board on a phone; a colleague's pledge moves it without a reload. */
@QuarkusTest
@TestProfile(BrowserScript.WithApp.class)
class LiveBoardE2ETest {

    @TestHTTPResource("/")
    URL app;

    @Test
    void theBoardMovesLiveWhenAColleagueGives() throws Exception {
        String department = as("lars").get("/api/me").then().extract().jsonPath().getString("department.id");
        BrowserScript.Running browser = BrowserScript.start("board.mjs", app.toString(),
                Map.of("E2E_USER", "nora", "WATCH_ID", department));
        browser.awaitOutput("e2e board: watching");

        as("lars").header("Idempotency-Key", TestData.newKey()).contentType("application/json")
                .body(Map.of("projectPostId", TestData.postId("Hospitalet"), "amountMinor", 50000))
                .post("/api/donations").then().statusCode(201);

        browser.finish("e2e board: ok");
    }
}
