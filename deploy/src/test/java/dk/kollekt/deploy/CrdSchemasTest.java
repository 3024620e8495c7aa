package dk.kollekt.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Our schemas of the custom resources (src/main/resources/crd-schemas/) keep to the subset the manifests use, and
 * {@link CrdSchemas} refuses a schema that would let fields through unchecked.
 */
class CrdSchemasTest {

    static final CrdSchemas SCHEMAS = ManifestsTest.SCHEMAS.crds();

    /** Every custom resource of deploy/: both renderings, the examples, and the development realm as a realm import. */
    static List<Resource> customResources() throws IOException {
        List<Resource> all = new ArrayList<>(Kustomize.render(Paths.BASE));
        all.addAll(Kustomize.render(Paths.PRODUCTION));
        try (Stream<Path> files = Files.list(Paths.EXAMPLES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                all.addAll(Yaml.resources(f));
            }
        }
        ObjectNode dev = Yaml.JSON.createObjectNode();
        dev.put("apiVersion", "k8s.keycloak.org/v2alpha1").put("kind", "KeycloakRealmImport");
        dev.putObject("metadata").put("name", "kollekt-dev");
        dev.putObject("spec").put("keycloakCRName", "kollekt-keycloak")
                .set("realm", Yaml.JSON.readTree(Paths.DEPLOY.resolve("keycloak/kollekt-realm.json").toFile()));
        all.add(new Resource("deploy/keycloak/kollekt-realm.json", dev));
        return all.stream().filter(r -> SCHEMAS.find(r.group(), r.kind()) != null).toList();
    }

    @Test
    void thereIsASchemaForEachCustomResourceKindUsedAndNoOther() throws IOException {
        Set<String> used = new TreeSet<>();
        customResources().forEach(r -> used.add(r.group() + "/" + r.kind()));
        assertEquals(new TreeSet<>(SCHEMAS.all().keySet()), used);
        assertEquals(Set.of("k8s.mariadb.com/MariaDB", "k8s.mariadb.com/Database", "k8s.mariadb.com/User",
                "k8s.mariadb.com/Grant", "k8s.mariadb.com/Backup", "k8s.mariadb.com/Restore", "k8s.keycloak.org/Keycloak",
                "k8s.keycloak.org/KeycloakRealmImport"), used);
    }

    /** A schema declares the fields the manifests use, no more: a field no manifest sets is one nobody checked. */
    @Test
    void everyFieldASchemaDeclaresIsUsedByAManifest() throws IOException {
        JsonNode definitions = CrdSchemas.read(CrdSchemas.DEFINITIONS).path("definitions");
        Set<String> declared = new TreeSet<>();
        Set<String> used = new TreeSet<>();
        for (String file : CrdSchemas.FILES) {
            JsonNode doc = CrdSchemas.read(file);
            declared(doc.path("spec"), doc.path("kind").asText() + " spec", definitions, declared);
        }
        for (Resource r : customResources()) {
            used(r.body().path("spec"), CrdSchemas.read(fileOf(r)).path("spec"), r.kind() + " spec", definitions, used);
        }
        Set<String> unused = new TreeSet<>(declared);
        unused.removeAll(used);
        assertEquals(Set.of(), unused, "fields declared in crd-schemas/ that no manifest sets: delete them");
        assertTrue(used.containsAll(Set.of("MariaDB spec.galera.enabled", "Backup spec.storage.s3.bucket",
                "KeycloakRealmImport spec.placeholders.*.secret.key",
                "KeycloakRealmImport spec.realm.users[].credentials[].value")),
                "the walk reaches nested fields, map values and list items: " + used);
    }

    private static String fileOf(Resource r) {
        return SCHEMAS.find(r.group(), r.kind()).versions().get(r.version()).file();
    }

    private static JsonNode resolve(JsonNode schema, JsonNode definitions) {
        return schema.has("$ref")
                ? definitions.path(schema.get("$ref").asText().substring("#/definitions/".length()))
                : schema;
    }

    private static void declared(JsonNode schema, String path, JsonNode definitions, Set<String> out) {
        JsonNode s = resolve(schema, definitions);
        s.path("properties").fields().forEachRemaining(p -> {
            out.add(path + "." + p.getKey());
            declared(p.getValue(), path + "." + p.getKey(), definitions, out);
        });
        s.path("patternProperties").fields().forEachRemaining(p -> {
            out.add(path + ".*");
            declared(p.getValue(), path + ".*", definitions, out);
        });
        if (s.has("items")) {
            declared(s.get("items"), path + "[]", definitions, out);
        }
    }

    private static void used(JsonNode value, JsonNode schema, String path, JsonNode definitions, Set<String> out) {
        JsonNode s = resolve(schema, definitions);
        if (value.isObject()) {
            value.fields().forEachRemaining(e -> {
                if (s.path("properties").has(e.getKey())) {
                    out.add(path + "." + e.getKey());
                    used(e.getValue(), s.path("properties").get(e.getKey()), path + "." + e.getKey(), definitions, out);
                } else if (s.path("patternProperties").size() == 1) {
                    out.add(path + ".*");
                    used(e.getValue(), s.path("patternProperties").elements().next(), path + ".*", definitions, out);
                }
            });
        } else if (value.isArray()) {
            value.forEach(item -> used(item, s.path("items"), path + "[]", definitions, out));
        }
    }

    // CrdSchemas refuses loose schemas

    @Test
    void anObjectWithoutAdditionalPropertiesFalseDoesNotLoad() {
        assertRefused("""
                type: object
                properties: {a: {type: string}}
                """, "additionalProperties: false");
        assertRefused("""
                type: object
                additionalProperties: true
                properties: {a: {type: string}}
                """, "additionalProperties: false");
        assertRefused("""
                type: object
                additionalProperties: false
                properties:
                  nested: {type: object, properties: {a: {type: string}}}
                """, "/spec/nested");
    }

    @Test
    void aMisspeltKeywordDoesNotLoad() {
        assertRefused("""
                type: object
                additionalProperties: false
                requried: [a]
                properties: {a: {type: string}}
                """, "unknown keyword requried");
    }

    @Test
    void anUntypedSchemaDoesNotLoad() {
        assertRefused("""
                type: object
                additionalProperties: false
                properties: {a: {}}
                """, "/spec/a: needs a type");
    }

    @Test
    void aRequiredFieldThatIsNotDeclaredDoesNotLoad() {
        assertRefused("""
                type: object
                additionalProperties: false
                required: [b]
                properties: {a: {type: string}}
                """, "required \"b\"");
    }

    @Test
    void aReferenceMustNameADefinitionAndStandAlone() {
        assertRefused("""
                type: object
                additionalProperties: false
                properties: {a: {$ref: "#/definitions/nothing"}}
                """, "$ref");
        assertRefused("""
                type: object
                additionalProperties: false
                properties: {a: {$ref: "#/definitions/quantity", type: string}}
                """, "$ref must stand alone");
    }

    @Test
    void theSchemasOfThisModuleLoad() {
        JsonNode definitions = CrdSchemas.read(CrdSchemas.DEFINITIONS).path("definitions");
        for (String file : CrdSchemas.FILES) {
            CrdSchemas.check(file, CrdSchemas.read(file).path("spec"), "/spec", definitions);
        }
    }

    private static void assertRefused(String spec, String hint) {
        JsonNode definitions = CrdSchemas.read(CrdSchemas.DEFINITIONS).path("definitions");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> CrdSchemas.check("test.schema.yaml",
                CrdSchemas.parse("test.schema.yaml", spec), "/spec", definitions));
        assertTrue(e.getMessage().contains(hint), e.getMessage());
    }
}
