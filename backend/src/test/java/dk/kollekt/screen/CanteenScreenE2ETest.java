package dk.kollekt.screen;

import dk.kollekt.common.BrowserScript;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.Map;

import static dk.kollekt.common.Api.as;

/** End to end: a lead's canteen-screen link opens full screen in a browser that never signs in, live. */
@QuarkusTest
@TestProfile(BrowserScript.WithApp.class)
class CanteenScreenE2ETest {

    @TestHTTPResource("/")
    URL app;

    @Test
    void theCanteenScreenShowsItsBoardWithoutALogin() throws Exception {
        String path = as("lars").contentType("application/json")
                .body(Map.of("title", "Kantinen i Aarhus", "level", "LOCATION", "period", "YEAR"))
                .post("/api/screens").then().statusCode(201).extract().path("path");
        BrowserScript.run("screen.mjs", app.toString(), Map.of("SCREEN_PATH", path), "e2e screen: ok");
    }
}
