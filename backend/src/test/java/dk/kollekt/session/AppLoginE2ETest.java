package dk.kollekt.session;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * End to end: the app built and served by Quarkus (Quinoa), the real Keycloak, and headless Debian Chromium
 * driven by playwright-core (frontend/e2e/login.mjs): emma signs in and sees her name and department.
 */
@QuarkusTest
@TestProfile(AppLoginE2ETest.WithApp.class)
class AppLoginE2ETest {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));

    /** Builds and serves the app, as the production artifact does. */
    public static class WithApp implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.quinoa", "true");
        }
    }

    @TestHTTPResource("/")
    URL app;

    @Test
    void emmaSignsInOnAPhoneAndSeesWhereSheBelongs() throws IOException, InterruptedException {
        assertThat(CHROMIUM).as("Debian Chromium (apt-get install chromium), or set CHROMIUM_PATH").exists();
        Path frontend = Path.of("..", "frontend").toAbsolutePath().normalize();
        Path log = Files.createTempFile("e2e-login", ".log");
        ProcessBuilder builder = new ProcessBuilder("node", "e2e/login.mjs")
                .directory(frontend.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(Map.of(
                "BASE_URL", app.toString().replaceAll("/$", ""),
                "CHROMIUM_PATH", CHROMIUM.toString(),
                "E2E_USER", "emma",
                "EXPECT_NAME", "Emma Hansen",
                "EXPECT_DEPARTMENT", "Ortopædkirurgi"));
        Process node = builder.start();
        boolean finished = node.waitFor(3, TimeUnit.MINUTES);
        if (!finished) {
            node.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(finished).as("login.mjs did not finish in 3 minutes:\n" + output).isTrue();
        assertThat(node.exitValue()).as("login.mjs failed:\n" + output).isZero();
        assertThat(output).contains("e2e login: ok");
    }
}
