package dk.kollekt.deploy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The validation is not a rubber stamp: each test breaks one real manifest of deploy/k8s in one way (in memory) and
 * expects the validator to name the fault.
 */
class BrokenManifestsTest {

    static final KubernetesSchemas SCHEMAS = ManifestsTest.SCHEMAS;
    static final List<Resource> PRODUCTION = Kustomize.render(Paths.PRODUCTION);

    static Resource find(String kind, String name) {
        return PRODUCTION.stream().filter(r -> r.kind().equals(kind) && r.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + "/" + name + " in the production overlay"));
    }

    /** A copy of a real object, broken by the mutation; the validator must report an error containing every hint. */
    static void assertRejected(String kind, String name, Consumer<ObjectNode> breakIt, String... hints) {
        Resource real = find(kind, name);
        assertEquals(List.of(), SCHEMAS.validate(real), "the unbroken " + real + " is valid");
        ObjectNode broken = real.body().deepCopy();
        breakIt.accept(broken);
        List<String> errors = SCHEMAS.validate(real.withBody(broken));
        assertTrue(!errors.isEmpty(), "a broken " + real.id() + " must not validate");
        String all = String.join("\n", errors);
        for (String hint : hints) {
            assertTrue(all.contains(hint), "the errors name '" + hint + "':\n" + all);
        }
    }

    static ObjectNode container(ObjectNode deployment) {
        return (ObjectNode) deployment.path("spec").path("template").path("spec").path("containers").get(0);
    }

    // Built-in kinds (Kubernetes API models)

    @Test
    void wrongTypeIntegerGivenAWord() {
        assertRejected("Deployment", "kollekt-api", d -> ((ObjectNode) d.get("spec")).put("replicas", "two"), "two");
    }

    @Test
    void wrongTypeIntegerGivenAsString() {
        assertRejected("Deployment", "kollekt-api", d -> ((ObjectNode) d.get("spec")).put("replicas", "3"),
                "/spec/replicas", "expected an integer");
    }

    @Test
    void wrongTypeStringGivenANumber() {
        assertRejected("Deployment", "kollekt-api", d -> container(d).put("image", 5), "/containers/0/image", "expected a string");
    }

    @Test
    void wrongTypeListGivenAnObject() {
        assertRejected("Deployment", "kollekt-api", d -> container(d).putObject("ports").put("containerPort", 8080),
                "/containers/0/ports: expected a list");
    }

    @Test
    void wrongTypeBooleanGivenAString() {
        assertRejected("Deployment", "kollekt-api",
                d -> ((ObjectNode) d.path("spec").path("template").path("spec")).put("automountServiceAccountToken", "false"),
                "automountServiceAccountToken");
    }

    @Test
    void malformedQuantity() {
        assertRejected("Deployment", "kollekt-api",
                d -> ((ObjectNode) container(d).path("resources").path("limits")).put("memory", "a lot"), "a lot");
    }

    @Test
    void missingRequiredFieldOfAContainer() {
        assertRejected("Deployment", "kollekt-api", d -> container(d).remove("name"), "required field `name`");
    }

    @Test
    void missingRequiredFieldOfADeployment() {
        assertRejected("Deployment", "kollekt-api", d -> ((ObjectNode) d.get("spec")).remove("selector"),
                "required field `selector`");
    }

    @Test
    void missingRequiredFieldOfAnHpa() {
        assertRejected("HorizontalPodAutoscaler", "kollekt-api", h -> ((ObjectNode) h.get("spec")).remove("maxReplicas"),
                "required field `maxReplicas`");
    }

    @Test
    void unknownFieldAtAnyDepth() {
        assertRejected("Deployment", "kollekt-api", d -> ((ObjectNode) d.get("spec")).put("replica", 3),
                "`replica`", "not defined");
        assertRejected("Deployment", "kollekt-api",
                d -> ((ObjectNode) container(d).path("readinessProbe").path("httpGet")).put("pth", "/q/health/ready"),
                "`pth`");
        assertRejected("Ingress", "kollekt", i -> ((ObjectNode) i.get("metadata")).put("annotation", "x"), "`annotation`");
    }

    @Test
    void unknownKind() {
        assertRejected("Deployment", "kollekt-api", d -> d.put("kind", "Deploymnet"), "unknown kind");
    }

    @Test
    void kindInTheWrongGroup() {
        assertRejected("Ingress", "kollekt", i -> i.put("apiVersion", "apps/v1"), "unknown kind apps/v1 Ingress");
    }

    @Test
    void unknownVersionOfAKnownKind() {
        assertRejected("HorizontalPodAutoscaler", "kollekt-api", h -> h.put("apiVersion", "autoscaling/v3"),
                "unknown version autoscaling/v3");
    }

    @Test
    void missingName() {
        assertRejected("Service", "kollekt-api", s -> ((ObjectNode) s.get("metadata")).remove("name"), "metadata.name");
    }

    // Custom resources (our schemas of the operators' kinds, src/main/resources/crd-schemas/)

    @Test
    void customResourceWrongType() {
        assertRejected("MariaDB", "kollekt-mariadb",
                m -> ((ObjectNode) m.path("spec").path("galera")).put("enabled", "yes"), "galera.enabled", "boolean");
        assertRejected("Keycloak", "kollekt-keycloak", k -> ((ObjectNode) k.get("spec")).put("instances", "two"),
                "instances", "integer");
    }

    @Test
    void customResourceMissingRequiredField() {
        assertRejected("Database", "kollekt", d -> ((ObjectNode) d.get("spec")).remove("mariaDbRef"), "mariaDbRef");
        assertRejected("KeycloakRealmImport", "kollekt-realm", r -> ((ObjectNode) r.get("spec")).remove("realm"), "realm");
        assertRejected("Backup", "kollekt-nightly", b -> ((ObjectNode) b.get("spec")).remove("storage"), "storage");
    }

    @Test
    void customResourceUnknownField() {
        assertRejected("MariaDB", "kollekt-mariadb",
                m -> ((ObjectNode) m.path("spec").path("galera")).put("enabeld", true), "enabeld");
        assertRejected("KeycloakRealmImport", "kollekt-realm",
                r -> ((ObjectNode) r.path("spec").path("realm").path("clients").get(0)).put("redirectUri", "x"),
                "redirectUri");
    }

    /** A misspelt or undeclared field directly in the spec of every custom resource, and deeper in a few. */
    @Test
    void customResourceUnknownFieldInSpec() throws IOException {
        List<Resource> customResources = PRODUCTION.stream()
                .filter(r -> r.group().equals("k8s.mariadb.com") || r.group().equals("k8s.keycloak.org")).toList();
        assertEquals(12, customResources.size(), "MariaDB, two Databases, three Users and Grants (the API's, Flyway's,"
                + " Keycloak's), Backup, Keycloak, KeycloakRealmImport: " + customResources);
        for (Resource r : customResources) {
            assertRejected(r.kind(), r.name(), cr -> ((ObjectNode) cr.get("spec")).put("replicaz", 3),
                    "$.spec: property 'replicaz' is not defined", ".schema.yaml");
        }
        Resource restore = Yaml.resources(Paths.EXAMPLES.resolve("restore.yaml")).get(0);
        ObjectNode broken = restore.body().deepCopy();
        ((ObjectNode) broken.get("spec")).put("targetRecoverTime", "2026-11-30T02:00:00Z");
        assertTrue(String.join("\n", SCHEMAS.validate(restore.withBody(broken))).contains("'targetRecoverTime'"));
        // A resource name misspelt, in the shared resources definition.
        assertRejected("Backup", "kollekt-nightly",
                b -> ((ObjectNode) b.path("spec").path("resources").path("requests")).put("memroy", "256Mi"),
                "$.spec.resources.requests: property 'memroy'");
        // A field the Keycloak operator has but our manifests do not use: declared only when one does.
        assertRejected("Keycloak", "kollekt-keycloak",
                k -> ((ObjectNode) k.get("spec")).put("image", "quay.io/keycloak/keycloak:26.0"),
                "'image' is not defined", "not in crd-schemas/keycloak.schema.yaml");
    }

    @Test
    void customResourceBadEnumAndPattern() {
        assertRejected("MariaDB", "kollekt-mariadb", m -> ((ObjectNode) m.path("spec").path("galera")).put("sst", "scp"),
                "sst");
        assertRejected("MariaDB", "kollekt-mariadb", m -> ((ObjectNode) m.path("spec").path("storage")).put("size", "big"),
                "storage.size");
        assertRejected("Keycloak", "kollekt-keycloak",
                k -> ((ObjectNode) k.path("spec").path("proxy")).put("headers", "x-forwarded"), "proxy.headers", "enumeration");
    }

    @Test
    void customResourceEvenGaleraCluster() {
        assertRejected("MariaDB", "kollekt-mariadb", m -> ((ObjectNode) m.get("spec")).put("replicas", 2),
                "odd number of MariaDB instances");
    }

    @Test
    void customResourceMetadataAgainstObjectMeta() {
        assertRejected("Keycloak", "kollekt-keycloak", k -> ((ObjectNode) k.get("metadata")).put("label", "x"), "`label`");
    }

    @Test
    void customResourceVersionNotServed() {
        assertRejected("Keycloak", "kollekt-keycloak", k -> k.put("apiVersion", "k8s.keycloak.org/v1"),
                "not served in version v1");
    }

    @Test
    void customResourceOfAnUnknownKind() {
        assertRejected("Keycloak", "kollekt-keycloak", k -> k.put("kind", "KeycloakCluster"), "unknown kind");
    }

    // Files and kustomizations

    @Test
    void duplicateKeyInYaml(@TempDir Path dir) throws IOException {
        Path f = write(dir.resolve("svc.yaml"), """
                apiVersion: v1
                kind: Service
                metadata:
                  name: a
                  name: b
                """);
        RuntimeException e = assertThrows(RuntimeException.class, () -> Yaml.resources(f));
        assertTrue(String.valueOf(e.getMessage()).contains("name"), e.getMessage());
    }

    @Test
    void brokenFileInAKustomizationFailsValidation(@TempDir Path dir) throws IOException {
        write(dir.resolve("kustomization.yaml"), """
                apiVersion: kustomize.config.k8s.io/v1beta1
                kind: Kustomization
                resources: [svc.yaml]
                """);
        write(dir.resolve("svc.yaml"), """
                apiVersion: v1
                kind: Service
                metadata:
                  name: a
                spec:
                  ports:
                    - port: eighty
                """);
        List<String> errors = SCHEMAS.validateAll(Kustomize.render(dir));
        assertTrue(errors.toString().contains("eighty"), errors.toString());
    }

    @Test
    void kustomizationWithAnUnsupportedFeatureIsRejected(@TempDir Path dir) throws IOException {
        write(dir.resolve("kustomization.yaml"), """
                apiVersion: kustomize.config.k8s.io/v1beta1
                kind: Kustomization
                commonLabels: {a: b}
                resources: []
                """);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Kustomize.render(dir));
        assertTrue(e.getMessage().contains("commonLabels"), e.getMessage());
    }

    @Test
    void patchThatMatchesNothingIsRejected(@TempDir Path dir) throws IOException {
        write(dir.resolve("kustomization.yaml"), """
                apiVersion: kustomize.config.k8s.io/v1beta1
                kind: Kustomization
                resources: [svc.yaml]
                patches:
                  - target: {kind: Service, name: typo}
                    patch: |-
                      - op: replace
                        path: /spec/type
                        value: NodePort
                """);
        write(dir.resolve("svc.yaml"), "apiVersion: v1\nkind: Service\nmetadata:\n  name: a\nspec:\n  type: ClusterIP\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Kustomize.render(dir));
        assertTrue(e.getMessage().contains("matches no resource"), e.getMessage());
    }

    @Test
    void patchOfAPathThatDoesNotExistIsRejected(@TempDir Path dir) throws IOException {
        write(dir.resolve("kustomization.yaml"), """
                apiVersion: kustomize.config.k8s.io/v1beta1
                kind: Kustomization
                resources: [svc.yaml]
                patches:
                  - target: {kind: Service, name: a}
                    patch: |-
                      - op: replace
                        path: /spec/tpye
                        value: NodePort
                """);
        write(dir.resolve("svc.yaml"), "apiVersion: v1\nkind: Service\nmetadata:\n  name: a\nspec:\n  type: ClusterIP\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Kustomize.render(dir));
        assertTrue(e.getMessage().contains("tpye"), e.getMessage());
    }

    private static Path write(Path file, String text) {
        try {
            return Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
