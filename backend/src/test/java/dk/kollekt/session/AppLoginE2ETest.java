package dk.kollekt.session;

import dk.kollekt.common.BrowserScript;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.Map;

/** End to end: the app served by Quarkus, the real Keycloak, headless Chromium: emma signs in and sees her place. */
@QuarkusTest
@TestProfile(BrowserScript.WithApp.class)
class AppLoginE2ETest {

    @TestHTTPResource("/")
    URL app;

    @Test
    void emmaSignsInOnAPhoneAndSeesWhereSheBelongs() throws Exception {
        BrowserScript.run("login.mjs", app.toString(), Map.of(
                "E2E_USER", "emma",
                "EXPECT_NAME", "Emma Hansen",
                "EXPECT_DEPARTMENT", "Ortopædkirurgi"), "e2e login: ok");
    }
}
