package dk.kollekt.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every manifest under deploy/k8s parses, renders and matches the Kubernetes models or our custom resource schemas. */
class ManifestsTest {

    static final KubernetesSchemas SCHEMAS = new KubernetesSchemas();

    @Test
    void everyYamlFileParsesAndIsReadByAKustomizationOrIsAnExample() throws IOException {
        Set<Path> read = new HashSet<>();
        read.addAll(Kustomize.filesRead(Paths.BASE));
        read.addAll(Kustomize.filesRead(Paths.PRODUCTION));
        List<String> orphans = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Paths.K8S)) {
            for (Path f : files.filter(p -> p.toString().matches(".*\\.ya?ml$")).sorted().toList()) {
                assertFalse(Yaml.documents(f).isEmpty(), f + " holds no document");
                if (!read.contains(f.toAbsolutePath().normalize()) && !f.startsWith(Paths.EXAMPLES)) {
                    orphans.add(Paths.K8S.relativize(f).toString());
                }
            }
        }
        assertEquals(List.of(), orphans, "manifests no kustomization reads (they would never be applied)");
    }

    @Test
    void baseRendersAndEveryObjectMatchesItsSchema() {
        List<Resource> base = Kustomize.render(Paths.BASE);
        assertTrue(base.size() >= 10, "the base renders " + base.size() + " objects");
        assertEquals(List.of(), SCHEMAS.validateAll(base));
    }

    @Test
    void productionOverlayRendersAndEveryObjectMatchesItsSchema() {
        List<Resource> production = Kustomize.render(Paths.PRODUCTION);
        assertEquals(List.of(), SCHEMAS.validateAll(production));
        for (Resource r : production) {
            if (!r.kind().equals("Namespace")) {
                assertEquals("kollekt", r.namespace(), r + " is in the namespace kollekt");
            }
        }
    }

    @Test
    void everyExampleMatchesItsSchema() throws IOException {
        List<Resource> examples = new ArrayList<>();
        try (Stream<Path> files = Files.list(Paths.EXAMPLES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                examples.addAll(Yaml.resources(f));
            }
        }
        assertFalse(examples.isEmpty());
        assertEquals(List.of(), SCHEMAS.validateAll(examples));
    }

    /** This module renders overlays itself (a subset of Kustomize); where kubectl is installed, it must agree. */
    @Test
    void renderingAgreesWithKubectlKustomize() throws Exception {
        Assumptions.assumeTrue(onPath("kubectl"), "kubectl is not installed: the rendering is not compared");
        for (Path dir : List.of(Paths.BASE, Paths.PRODUCTION)) {
            Process p = new ProcessBuilder("kubectl", "kustomize", dir.toString()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "kubectl kustomize finishes");
            assertEquals(0, p.exitValue(), "kubectl kustomize " + dir + ": " + out);
            assertEquals(byId(Yaml.documents(out)), byId(Kustomize.render(dir).stream().map(r -> (JsonNode) r.body()).toList()),
                    "kubectl kustomize " + dir + " and this module's rendering");
        }
    }

    /** The development realm (read by the backend's dev stack) is a valid realm for the Keycloak operator too. */
    @Test
    void developmentRealmIsAValidRealmImport() throws IOException {
        JsonNode realm = Yaml.JSON.readTree(Paths.DEPLOY.resolve("keycloak/kollekt-realm.json").toFile());
        ObjectNode cr = Yaml.JSON.createObjectNode();
        cr.put("apiVersion", "k8s.keycloak.org/v2alpha1").put("kind", "KeycloakRealmImport");
        cr.putObject("metadata").put("name", "kollekt-dev");
        cr.putObject("spec").put("keycloakCRName", "kollekt-keycloak").set("realm", realm);
        assertEquals(List.of(), SCHEMAS.validate(new Resource("deploy/keycloak/kollekt-realm.json", cr)));
    }

    static Map<String, JsonNode> byId(List<JsonNode> objects) {
        Map<String, JsonNode> out = new TreeMap<>();
        for (JsonNode o : objects) {
            out.put(o.path("apiVersion").asText() + " " + o.path("kind").asText() + " "
                    + o.path("metadata").path("namespace").asText() + "/" + o.path("metadata").path("name").asText(), o);
        }
        return out;
    }

    static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }
}
