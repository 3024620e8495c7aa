package dk.kollekt.common;

import io.restassured.RestAssured;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged application (target/quarkus-app, as production runs it) started as its own process for an IT, on a
 * free port, against the given database and Keycloak realm; its output goes to target/instance-NAME.log.
 */
public final class PackagedApp {

    public final String url;
    private final String name;
    private final Process process;

    private PackagedApp(String url, String name, Process process) {
        this.url = url;
        this.name = name;
        this.process = process;
    }

    /** Starts an instance with the demo company and waits until it is ready. */
    public static PackagedApp start(String name, String database, String realm, String heap,
                                    Map<String, String> environment) throws IOException, InterruptedException {
        PackagedApp app = launch(name, database, realm, heap, environment, Set.of());
        app.awaitReady(Duration.ofMinutes(4));
        return app;
    }

    /**
     * Starts an instance without the given environment variables (also when this JVM has them) and waits for it to
     * end; returns its exit code and output. For settings production must refuse to start without.
     */
    public static Exited startWithout(String name, String database, String realm, Set<String> missing)
            throws IOException, InterruptedException {
        Files.deleteIfExists(Path.of("target", "instance-" + name + ".log"));
        PackagedApp app = launch(name, database, realm, "256m", Map.of(), missing);
        if (!app.process.waitFor(2, TimeUnit.MINUTES)) {
            app.kill();
            throw new AssertionError("instance " + name + " started without " + missing + "; see target/instance-"
                    + name + ".log");
        }
        return new Exited(app.process.exitValue(), Files.readString(Path.of("target", "instance-" + name + ".log")));
    }

    public record Exited(int exitCode, String output) {
    }

    private static PackagedApp launch(String name, String database, String realm, String heap,
                                      Map<String, String> environment, Set<String> missing) throws IOException {
        Path jar = Path.of(System.getProperty("kollekt.app.jar"));
        assertThat(jar).as("the packaged application (mvn package)").exists();
        Path log = Files.createDirectories(Path.of("target")).resolve("instance-" + name + ".log");
        int port = freePort();
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "--add-opens", "java.base/java.lang=ALL-UNNAMED", "-jar", jar.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = new HashMap<>(Map.of(
                "KOLLEKT_HTTP_PORT", String.valueOf(port),
                "KOLLEKT_DB_URL", database,
                "KOLLEKT_DB_USER", "root",
                "KOLLEKT_OIDC_URL", realm,
                "KOLLEKT_KEYCLOAK_ADMIN_CLIENT_SECRET", "kollekt-api-demo-secret",
                "KOLLEKT_PSEUDONYM_SECRET", "it-" + name,
                "KOLLEKT_DEMO_DATA", "true"));
        env.putAll(environment);
        builder.environment().putAll(env);
        builder.environment().keySet().removeAll(missing);
        return new PackagedApp("http://localhost:" + port, name, builder.start());
    }

    private void awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive()).as("instance %s exited; see target/instance-%s.log", name, name).isTrue();
            try {
                if (RestAssured.get(url + "/q/health/ready").statusCode() == 200) {
                    return;
                }
            } catch (Exception e) {
                // not listening yet (RestAssured rethrows the checked ConnectException as it is)
            }
            Thread.sleep(500);
        }
        throw new AssertionError("instance " + name + " did not become ready within " + timeout);
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** The process's peak resident memory so far (VmHWM of /proc), as Linux writes it, e.g. "VmHWM: 290000 kB". */
    public String peakResidentMemory() throws IOException {
        return Files.readAllLines(Path.of("/proc/" + pid() + "/status")).stream()
                .filter(l -> l.startsWith("VmHWM")).findFirst().orElse("VmHWM: unknown");
    }

    /** SIGKILL: the process ends at once, mid-request, with no shutdown hooks. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(20, TimeUnit.SECONDS);
    }

    /** A graceful stop (SIGTERM), forced after 20 seconds. */
    public void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            kill();
        }
    }

    /** An access token of a demo user from the realm (kollekt-cli password grant). */
    public static String token(String realm, String user) {
        return RestAssured.given().formParam("client_id", "kollekt-cli").formParam("grant_type", "password")
                .formParam("username", user).formParam("password", Tokens.PASSWORD)
                .post(realm + "/protocol/openid-connect/token").then().statusCode(200).extract().path("access_token");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
