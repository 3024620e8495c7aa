package dk.kollekt.common;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs one of the app's browser journeys (frontend/e2e/*.mjs: playwright-core driving headless Debian
 * Chromium at a phone's size, axe checking every screen) against the running test instance, and fails the test with
 * its output. Each journey's numbered screenshots are kept in target/e2e-screenshots/&lt;script&gt;/.
 */
public final class BrowserScript {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));

    /** Where the journeys' screenshots (and the files they download) land, one folder per script. */
    public static final Path SCREENSHOTS = Path.of("target", "e2e-screenshots").toAbsolutePath();

    /** Builds and serves the app from the test instance, as the production artifact does. */
    public static class WithApp implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.quinoa", "true");
        }
    }

    private BrowserScript() {
    }

    /** Runs e2e/{@code script} with BASE_URL and the given environment; asserts it printed {@code success}; its output. */
    public static String run(String script, String baseUrl, Map<String, String> environment, String success)
            throws IOException, InterruptedException {
        return start(script, baseUrl, environment).finish(success);
    }

    /** The value a script printed as {@code name=value} (e.g. the id of what it made). */
    public static String printed(String output, String name) {
        Matcher m = Pattern.compile("\\b" + Pattern.quote(name) + "=([^\\s,;)]+)").matcher(output);
        assertThat(m.find()).as("the script printed no " + name + "=…:\n" + output).isTrue();
        return m.group(1);
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
        env.put("SCREENSHOTS_DIR", SCREENSHOTS.resolve(script.replaceAll("\\.mjs$", "")).toString());
        builder.environment().putAll(env);
        return new Running(script, builder.start(), log, System.nanoTime());
    }

    /** A browser journey under way. */
    public record Running(String script, Process node, Path log, long startedNanos) {

        /** Waits until the script has printed {@code marker} (e.g. that it is watching). */
        public void awaitOutput(String marker) throws IOException, InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (!Files.readString(log, StandardCharsets.UTF_8).contains(marker)) {
                assertThat(node.isAlive()).as(script + " ended before \"" + marker + "\":\n" + output()).isTrue();
                assertThat(System.nanoTime()).as(script + " never printed \"" + marker + "\"").isLessThan(deadline);
                Thread.sleep(200);
            }
        }

        /** Waits for the end; asserts it succeeded and printed {@code success}; its output. */
        public String finish(String success) throws IOException, InterruptedException {
            boolean finished = node.waitFor(3, TimeUnit.MINUTES);
            if (!finished) {
                node.destroyForcibly();
            }
            String output = output();
            assertThat(finished).as(script + " did not finish in 3 minutes:\n" + output).isTrue();
            assertThat(node.exitValue()).as(script + " failed:\n" + output).isZero();
            assertThat(output).contains(success);
            // the journey's own summary (what it saw, axe, where the screenshots are) and how long the browser took
            System.out.printf("%s took %.1f s: %s%n", script, (System.nanoTime() - startedNanos) / 1e9,
                    output.lines().filter(line -> line.contains(success)).findFirst().orElse(success));
            return output;
        }


        private String output() throws IOException {
            return Files.readString(log, StandardCharsets.UTF_8);
        }
    }
}
