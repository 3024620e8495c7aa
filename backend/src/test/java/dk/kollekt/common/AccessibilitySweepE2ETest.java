package dk.kollekt.common;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.Map;

/**
 * Beyond the journeys: every page each demo user can open (employee, lead, NGO staff, admin) on a 360 px phone,
 * checked with axe (WCAG 2.0/2.1/2.2 A and AA) and for sideways scrolling.
 */
@QuarkusTest
@TestProfile(BrowserScript.WithApp.class)
class AccessibilitySweepE2ETest {

    @TestHTTPResource("/")
    URL app;

    @Test
    void everyPageOfEveryRoleHasNoAccessibilityViolation() throws Exception {
        BrowserScript.run("sweep.mjs", app.toString(), Map.of(), "e2e sweep: ok");
    }
}
