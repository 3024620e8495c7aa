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
        start(script, baseUrl, environment).finish(success);
    }

    /** Starts e2e/{@code script}, for a test that acts while the browser watches. */
    public static Running start(String script, String baseUrl, Map<String, String> environment) throws IOException {
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
        return new Running(script, builder.start(), log);
    }

    /** A browser journey under way. */
    public record Running(String script, Process node, Path log) {

        /** Waits until the script has printed {@code marker} (e.g. that it is watching). */
        public void awaitOutput(String marker) throws IOException, InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (!Files.readString(log, StandardCharsets.UTF_8).contains(marker)) {
                assertThat(node.isAlive()).as(script + " ended before \"" + marker + "\":\n" + output()).isTrue();
                assertThat(System.nanoTime()).as(script + " never printed \"" + marker + "\"").isLessThan(deadline);
                Thread.sleep(200);
            }
        }

        /** Waits for the end; asserts it succeeded and printed {@code success}. */
        public void finish(String success) throws IOException, InterruptedException {
            boolean finished = node.waitFor(3, TimeUnit.MINUTES);
            if (!finished) {
                node.destroyForcibly();
            }
            String output = output();
            assertThat(finished).as(script + " did not finish in 3 minutes:\n" + output).isTrue();
            assertThat(node.exitValue()).as(script + " failed:\n" + output).isZero();
            assertThat(output).contains(success);
        }

        private String output() throws IOException {
            return Files.readString(log, StandardCharsets.UTF_8);
        }
    }
}
