package dk.kollekt.devstack;

import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A local Keycloak (keycloak-quarkus-dist from Maven Central) on port 8180 importing the demo realm.
 * Unpacked once into the project's .kollekt folder; reused when one is already answering on the port.
 */
public final class LocalKeycloak {

    private static final Logger LOG = Logger.getLogger(LocalKeycloak.class);

    static final int PORT = 8180;
    static final String REALM = "kollekt";
    /** Path of the keycloak-quarkus-dist zip in the local Maven repository, set by the build. */
    static final String ZIP_PROPERTY = "devstack.keycloak-zip";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    private final Process process;
    private final Path log;

    private LocalKeycloak(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    public String baseUrl() {
        return "http://localhost:" + PORT;
    }

    public static LocalKeycloak ensureStarted(Path home, Path projectRoot) {
        if (realmAnswers()) {
            return new LocalKeycloak(null, null);
        }
        try {
            Path kcHome = unpackOnce(home);
            Path realm = projectRoot.resolve("deploy/keycloak/kollekt-realm.json");
            importRealm(kcHome, realm);
            Path log = home.resolve("keycloak.log");
            ProcessBuilder builder = new ProcessBuilder(List.of("bash", kcHome.resolve("bin/kc.sh").toString(),
                    "start-dev", "--http-port=" + PORT, "--import-realm"))
                    .directory(kcHome.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
            builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
            builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
            builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
            LOG.infof("Starting Keycloak on port %d (log: %s)", PORT, log);
            Process process = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(process), "keycloak-stop"));
            return new LocalKeycloak(process, log);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the local Keycloak", e);
        }
    }

    public void awaitReady() {
        long started = System.nanoTime();
        long deadline = started + START_TIMEOUT.toNanos();
        while (!realmAnswers()) {
            if (process != null && !process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with code " + process.exitValue() + "; see " + log);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Keycloak did not answer within " + START_TIMEOUT + "; see " + log);
            }
            sleep(500);
        }
        if (process != null) {
            LOG.infof("Keycloak ready in %d ms", (System.nanoTime() - started) / 1_000_000);
        }
    }

    private static boolean realmAnswers() {
        try (HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build()) {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + PORT + "/realms/" + REALM
                    + "/.well-known/openid-configuration")).timeout(Duration.ofSeconds(2)).build();
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Unpacks the distribution into home/keycloak-VERSION once; a half-done unpack never counts. */
    private static Path unpackOnce(Path home) throws IOException {
        String zipPath = System.getProperty(ZIP_PROPERTY);
        if (zipPath == null || !Files.exists(Path.of(zipPath))) {
            throw new IllegalStateException("Keycloak distribution not found (" + ZIP_PROPERTY + "=" + zipPath
                    + "); start Kollekt through Maven, or set KOLLEKT_OIDC_URL to an existing realm.");
        }
        String folderName = Path.of(zipPath).getFileName().toString().replace("keycloak-quarkus-dist-", "keycloak-")
                .replace(".zip", "");
        Path target = home.resolve(folderName);
        if (Files.exists(target.resolve("bin/kc.sh"))) {
            return target;
        }
        LOG.infof("Unpacking Keycloak into %s (once)", target);
        Path staging = Files.createDirectories(home).resolve(folderName + ".unpacking");
        deleteTree(staging);
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(Path.of(zipPath)))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                String name = entry.getName().substring(entry.getName().indexOf('/') + 1);
                Path out = staging.resolve(name).normalize();
                if (!out.startsWith(staging)) {
                    throw new IOException("Unexpected entry in Keycloak zip: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    Files.copy(zip, out, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        deleteTree(target);
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        return target;
    }

    /** Puts the realm in data/import; a changed realm file resets Keycloak's dev database so it is imported again. */
    private static void importRealm(Path kcHome, Path realm) throws IOException {
        Path importDir = Files.createDirectories(kcHome.resolve("data/import"));
        byte[] content = Files.readAllBytes(realm);
        Path stamp = kcHome.resolve("data/kollekt-realm.sha256");
        String hash = sha256(content);
        if (!Files.exists(stamp) || !Files.readString(stamp).equals(hash)) {
            deleteTree(kcHome.resolve("data/h2"));
            Files.write(importDir.resolve("kollekt-realm.json"), content);
            Files.writeString(stamp, hash);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static void stop(Process process) {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
        }
    }

}
