package dk.kollekt.common;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs one of the app's browser journeys (frontend/e2e/*.mjs: playwright-core driving headless Debian
 * Chromium at a phone's size) against the running test instance, and fails the test with its output.
 */
public final class BrowserScript {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));

    /** Builds and serves the app from the test instance, as the production artifact does. */
    public static class WithApp implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.quinoa", "true");
        }
    }

    private BrowserScript() {
    }

    /** Runs e2e/{@code script} with BASE_URL and the given environment; asserts it printed {@code success}. */
    public static void run(String script, String baseUrl, Map<String, String> environment, String success)
            throws IOException, InterruptedException {
        assertThat(CHROMIUM).as("Debian Chromium (apt-get install chromium), or set CHROMIUM_PATH").exists();
        Path frontend = Path.of("..", "frontend").toAbsolutePath().normalize();
        Path log = Files.createTempFile("e2e-" + script, ".log");
        ProcessBuilder builder = new ProcessBuilder("node", "e2e/" + script)
                .directory(frontend.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = new HashMap<>(environment);
        env.put("BASE_URL", baseUrl.replaceAll("/$", ""));
        env.put("CHROMIUM_PATH", CHROMIUM.toString());
        builder.environment().putAll(env);
        Process node = builder.start();
        boolean finished = node.waitFor(3, TimeUnit.MINUTES);
        if (!finished) {
            node.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(finished).as(script + " did not finish in 3 minutes:\n" + output).isTrue();
        assertThat(node.exitValue()).as(script + " failed:\n" + output).isZero();
        assertThat(output).contains(success);
    }
}
