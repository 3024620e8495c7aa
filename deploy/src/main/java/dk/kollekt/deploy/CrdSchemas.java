package dk.kollekt.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Our own schemas of the custom resources the manifests use (src/main/resources/crd-schemas/, see the README there):
 * for each kind, a JSON Schema (draft 4) of the {@code spec}, declaring only the fields the manifests set, closed with
 * {@code additionalProperties: false} at every object, so that a typo or a field nobody declared fails the way
 * {@code kubectl apply --validate=strict} fails an unknown field. Rules a schema cannot say are in {@link #RULES}.
 *
 * <p>Loading checks the schemas themselves: only the keywords in {@link #KEYWORDS}, a type on every schema (or a
 * {@code $ref} alone), every object closed, every required field declared. A schema that would let anything through
 * unchecked does not load.
 */
public final class CrdSchemas {

    /** Where the schemas are on the classpath. */
    static final String DIR = "/crd-schemas/";

    /** The definitions every schema may refer to with {@code $ref: "#/definitions/<name>"}. */
    static final String DEFINITIONS = "definitions.yaml";

    /** One schema a custom resource kind. */
    public static final List<String> FILES = List.of(
            "mariadb.schema.yaml",
            "database.schema.yaml",
            "user.schema.yaml",
            "grant.schema.yaml",
            "backup.schema.yaml",
            "restore.schema.yaml",
            "keycloak.schema.yaml",
            "keycloakrealmimport.schema.yaml");

    /** The keywords a schema may use; any other (a misspelt {@code requierd}) is an error, not silently ignored. */
    static final Set<String> KEYWORDS = Set.of("type", "properties", "patternProperties", "additionalProperties",
            "required", "items", "enum", "pattern", "minimum", "maximum", "minLength", "minItems", "$ref");

    private static final Set<String> TYPES = Set.of("object", "array", "string", "integer", "boolean");

    /** What a schema file holds besides comments. */
    private static final Set<String> FILE_KEYS = Set.of("apiVersion", "kind", "spec");

    /** Rules across fields, by group/kind: what the operators check beyond their schemas and we check too. */
    static final Map<String, List<Rule>> RULES = Map.of(
            "k8s.mariadb.com/MariaDB", List.of(new Rule("spec",
                    "with galera.enabled, replicas must be an odd number of MariaDB instances (an even number can "
                            + "split the cluster in halves that both stop; the mariadb-operator refuses it too)",
                    spec -> !spec.path("galera").path("enabled").asBoolean(false)
                            // the operator's default is one instance
                            || spec.path("replicas").asInt(1) % 2 == 1)));

    /** A custom resource type: its group, kind, and per version the schema file and compiled schema. */
    public record Crd(String group, String kind, Map<String, Version> versions) {
    }

    public record Version(String file, JsonSchema schema, List<Rule> rules) {
    }

    /** A check of the object at a top-level field of the resource. */
    public record Rule(String field, String message, Predicate<JsonNode> check) {
    }

    private final Map<String, Crd> byGroupKind = new LinkedHashMap<>();

    public CrdSchemas() {
        JsonNode definitionsFile = read(DEFINITIONS);
        JsonNode definitions = definitionsFile.path("definitions");
        if (definitionsFile.size() != 1 || !definitions.isObject()) {
            throw new IllegalStateException(DEFINITIONS + " holds definitions only");
        }
        definitions.fields().forEachRemaining(
                d -> check(DEFINITIONS, d.getValue(), "#/definitions/" + d.getKey(), definitions));
        for (String file : FILES) {
            add(file, read(file), definitions);
        }
    }

    public Crd find(String group, String kind) {
        return byGroupKind.get(group + "/" + kind);
    }

    public Map<String, Crd> all() {
        return byGroupKind;
    }

    /** The errors of one custom resource against the schema of its version. */
    public static List<String> validate(Version version, JsonNode resource) {
        List<String> errors = new ArrayList<>();
        for (ValidationMessage m : version.schema().validate(resource)) {
            String hint = "additionalProperties".equals(m.getType())
                    ? " (not in crd-schemas/" + version.file() + ": declare a field there when a manifest needs it)"
                    : "";
            errors.add(m.getMessage() + hint);
        }
        for (Rule rule : version.rules()) {
            JsonNode self = resource.path(rule.field());
            if (!self.isMissingNode() && !rule.check().test(self)) {
                errors.add("$." + rule.field() + ": " + rule.message());
            }
        }
        return errors;
    }

    private void add(String file, JsonNode doc, JsonNode definitions) {
        Iterator<String> keys = doc.fieldNames();
        while (keys.hasNext()) {
            String key = keys.next();
            if (!FILE_KEYS.contains(key)) {
                throw new IllegalStateException(file + ": unknown key " + key + " (a schema file holds " + FILE_KEYS + ")");
            }
        }
        String apiVersion = doc.path("apiVersion").asText();
        String kind = doc.path("kind").asText();
        int slash = apiVersion.indexOf('/');
        if (slash <= 0 || kind.isEmpty() || !doc.path("spec").isObject()) {
            throw new IllegalStateException(file + ": needs apiVersion (group/version), kind and spec");
        }
        check(file, doc.get("spec"), "/spec", definitions);
        ObjectNode root = rootSchema(apiVersion, kind, doc.get("spec"), definitions);
        String group = apiVersion.substring(0, slash);
        String version = apiVersion.substring(slash + 1);
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(root);
        Crd crd = byGroupKind.computeIfAbsent(group + "/" + kind, k -> new Crd(group, kind, new LinkedHashMap<>()));
        List<Rule> rules = RULES.getOrDefault(group + "/" + kind, List.of());
        if (crd.versions().put(version, new Version(file, schema, rules)) != null) {
            throw new IllegalStateException(file + ": a second schema of " + apiVersion + " " + kind);
        }
    }

    /** The whole resource: its apiVersion and kind, metadata (checked against ObjectMeta elsewhere), and spec. */
    static ObjectNode rootSchema(String apiVersion, String kind, JsonNode spec, JsonNode definitions) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode().put("type", "object").put("additionalProperties", false);
        root.putArray("required").add("apiVersion").add("kind").add("metadata").add("spec");
        ObjectNode props = root.putObject("properties");
        props.putObject("apiVersion").put("type", "string").putArray("enum").add(apiVersion);
        props.putObject("kind").put("type", "string").putArray("enum").add(kind);
        props.putObject("metadata").put("type", "object");
        props.set("spec", spec.deepCopy());
        root.set("definitions", definitions.deepCopy());
        return root;
    }

    /** Fails unless every schema below is typed, closed and uses only known keywords. */
    static void check(String file, JsonNode schema, String at, JsonNode definitions) {
        String where = file + " at " + at + ": ";
        if (!schema.isObject()) {
            throw new IllegalStateException(where + "a schema must be a mapping");
        }
        schema.fieldNames().forEachRemaining(k -> {
            if (!KEYWORDS.contains(k)) {
                throw new IllegalStateException(where + "unknown keyword " + k + " (allowed: " + KEYWORDS + ")");
            }
        });
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            if (schema.size() != 1 || !ref.startsWith("#/definitions/")
                    || !definitions.has(ref.substring("#/definitions/".length()))) {
                throw new IllegalStateException(where + "$ref must stand alone and name one of " + DEFINITIONS + ": " + ref);
            }
            return;
        }
        List<String> types = new ArrayList<>();
        JsonNode type = schema.path("type");
        if (type.isTextual()) {
            types.add(type.asText());
        } else {
            type.forEach(t -> types.add(t.asText()));
        }
        if (types.isEmpty() || !TYPES.containsAll(types)) {
            throw new IllegalStateException(where + "needs a type, one or more of " + TYPES + ": " + type);
        }
        if (types.contains("object")) {
            if (!schema.path("additionalProperties").isBoolean() || schema.path("additionalProperties").asBoolean()) {
                throw new IllegalStateException(where + "an object needs additionalProperties: false "
                        + "(name its fields in properties, or the form of a map's keys in patternProperties)");
            }
            if (!schema.has("properties") && !schema.has("patternProperties")) {
                throw new IllegalStateException(where + "an object needs properties or patternProperties");
            }
            for (JsonNode name : schema.path("required")) {
                if (!schema.path("properties").has(name.asText())) {
                    throw new IllegalStateException(where + "required " + name + " is not among its properties");
                }
            }
        } else if (schema.has("required") || schema.has("properties") || schema.has("patternProperties")) {
            throw new IllegalStateException(where + "properties and required belong to an object");
        }
        if (types.contains("array") != schema.has("items")) {
            throw new IllegalStateException(where + "an array, and only an array, has items");
        }
        schema.path("properties").fields().forEachRemaining(
                p -> check(file, p.getValue(), at + "/" + p.getKey(), definitions));
        schema.path("patternProperties").fields().forEachRemaining(
                p -> check(file, p.getValue(), at + "/{" + p.getKey() + "}", definitions));
        if (schema.has("items")) {
            check(file, schema.get("items"), at + "[]", definitions);
        }
    }

    static JsonNode read(String file) {
        try (InputStream in = CrdSchemas.class.getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new IllegalStateException(DIR + file + " is missing from the classpath");
            }
            return parse(file, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    static JsonNode parse(String file, String yaml) throws IOException {
        List<JsonNode> docs = Yaml.documents(yaml);
        if (docs.size() != 1 || !docs.get(0).isObject()) {
            throw new IllegalStateException(file + " must hold one YAML mapping");
        }
        return docs.get(0);
    }
}
