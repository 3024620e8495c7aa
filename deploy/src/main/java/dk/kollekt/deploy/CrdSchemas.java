package dk.kollekt.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
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
 * The operators' CustomResourceDefinitions (vendored unchanged under src/main/resources/crds/, see the README there)
 * turned into JSON Schemas that validate custom resources the way the API server does with
 * {@code kubectl apply --validate=strict}: types, required fields, enums, patterns, bounds, and no unknown fields
 * (an object schema with properties and without {@code x-kubernetes-preserve-unknown-fields} closes).
 */
public final class CrdSchemas {

    /** The vendored CRD files. */
    public static final List<String> FILES = List.of(
            "keycloaks.k8s.keycloak.org-v1.yml",
            "keycloakrealmimports.k8s.keycloak.org-v1.yml",
            "k8s.mariadb.com_mariadbs.yaml",
            "k8s.mariadb.com_databases.yaml",
            "k8s.mariadb.com_users.yaml",
            "k8s.mariadb.com_grants.yaml",
            "k8s.mariadb.com_backups.yaml",
            "k8s.mariadb.com_restores.yaml");

    /**
     * CEL rules (x-kubernetes-validations) that this validator evaluates, by their exact text. A CRD carrying a rule
     * not in this table fails to load, so a CRD update cannot silently bring an unchecked rule.
     */
    private static final Map<String, Predicate<JsonNode>> CEL_RULES = Map.of(
            "!has(self.galera) || !self.galera.enabled || (self.replicas % 2 == 1 || self.replicasAllowEvenNumber)",
            self -> !self.has("galera") || !self.path("galera").path("enabled").asBoolean(false)
                    // replicas defaults to 1 in the MariaDB CRD
                    || self.path("replicas").asInt(1) % 2 == 1
                    || self.path("replicasAllowEvenNumber").asBoolean(false));

    private static final Set<String> DROPPED = Set.of("description", "format", "nullable", "x-kubernetes-list-type",
            "x-kubernetes-list-map-keys", "x-kubernetes-map-type", "x-kubernetes-preserve-unknown-fields",
            "x-kubernetes-int-or-string", "x-kubernetes-embedded-resource", "x-kubernetes-validations", "default",
            "example");

    /** A custom resource type: its group, kind, served versions and their schemas. */
    public record Crd(String file, String group, String kind, String scope, Map<String, Version> versions) {
    }

    public record Version(JsonSchema schema, List<Rule> rules) {
    }

    /** A CEL rule found at a path of properties below the resource's root. */
    public record Rule(List<String> path, String rule, String message, Predicate<JsonNode> check) {
    }

    private final Map<String, Crd> byGroupKind = new LinkedHashMap<>();

    public CrdSchemas() {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4);
        for (String file : FILES) {
            JsonNode crd = load(file);
            String group = crd.path("spec").path("group").asText();
            String kind = crd.path("spec").path("names").path("kind").asText();
            Map<String, Version> versions = new LinkedHashMap<>();
            for (JsonNode v : crd.path("spec").path("versions")) {
                if (!v.path("served").asBoolean()) {
                    continue;
                }
                List<Rule> rules = new ArrayList<>();
                JsonNode converted = convert(v.path("schema").path("openAPIV3Schema"), new ArrayList<>(), rules, file);
                versions.put(v.path("name").asText(), new Version(factory.getSchema(converted), rules));
            }
            byGroupKind.put(group + "/" + kind,
                    new Crd(file, group, kind, crd.path("spec").path("scope").asText(), versions));
        }
    }

    public Crd find(String group, String kind) {
        return byGroupKind.get(group + "/" + kind);
    }

    public Map<String, Crd> all() {
        return byGroupKind;
    }

    /** The errors of one custom resource (the version must be served by the CRD). */
    public static List<String> validate(Version version, JsonNode resource) {
        List<String> errors = new ArrayList<>();
        for (ValidationMessage m : version.schema().validate(resource)) {
            errors.add(m.getMessage());
        }
        for (Rule rule : version.rules()) {
            JsonNode self = resource;
            for (String step : rule.path()) {
                self = self.path(step);
            }
            if (!self.isMissingNode() && !rule.check().test(self)) {
                errors.add("/" + String.join("/", rule.path()) + ": " + rule.message() + " (CEL rule " + rule.rule() + ")");
            }
        }
        return errors;
    }

    private static JsonNode load(String file) {
        try (InputStream in = CrdSchemas.class.getResourceAsStream("/crds/" + file)) {
            if (in == null) {
                throw new IllegalStateException("CRD " + file + " is missing from the classpath");
            }
            List<JsonNode> docs = Yaml.documents(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            if (docs.size() != 1 || !"CustomResourceDefinition".equals(docs.get(0).path("kind").asText())) {
                throw new IllegalStateException(file + " is not one CustomResourceDefinition");
            }
            return docs.get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An OpenAPI v3 structural schema of a CRD as a draft-4 JSON Schema, strict about unknown fields. */
    static JsonNode convert(JsonNode schema, List<String> path, List<Rule> rules, String file) {
        if (!schema.isObject()) {
            return schema;
        }
        for (JsonNode v : schema.path("x-kubernetes-validations")) {
            String rule = v.path("rule").asText();
            Predicate<JsonNode> check = CEL_RULES.get(rule);
            if (check == null || path.contains("[]")) {
                throw new IllegalStateException(file + ": CEL rule at /" + String.join("/", path)
                        + " is not evaluated by this validator: " + rule);
            }
            rules.add(new Rule(List.copyOf(path), rule, v.path("message").asText(rule), check));
        }
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode out = f.objectNode();
        Iterator<Map.Entry<String, JsonNode>> fields = schema.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> e = fields.next();
            String key = e.getKey();
            JsonNode value = e.getValue();
            if (DROPPED.contains(key)) {
                continue;
            }
            switch (key) {
                case "properties" -> {
                    ObjectNode props = f.objectNode();
                    value.fields().forEachRemaining(p -> {
                        List<String> child = new ArrayList<>(path);
                        child.add(p.getKey());
                        props.set(p.getKey(), convert(p.getValue(), child, rules, file));
                    });
                    out.set(key, props);
                }
                case "items", "additionalProperties", "not" -> {
                    List<String> child = new ArrayList<>(path);
                    child.add("[]");
                    out.set(key, value.isObject() ? convert(value, child, rules, file) : value);
                }
                case "allOf", "anyOf", "oneOf" -> {
                    ArrayNode list = f.arrayNode();
                    for (JsonNode s : value) {
                        list.add(convert(s, path, rules, file));
                    }
                    out.set(key, list);
                }
                default -> out.set(key, value.deepCopy());
            }
        }
        if (schema.path("x-kubernetes-int-or-string").asBoolean()) {
            out.remove("type");
            ArrayNode anyOf = f.arrayNode();
            anyOf.add(f.objectNode().put("type", "integer"));
            anyOf.add(f.objectNode().put("type", "string"));
            out.set("anyOf", anyOf);
        }
        if (schema.path("nullable").asBoolean() && out.has("type") && out.get("type").isTextual()) {
            ArrayNode types = f.arrayNode().add(out.get("type").asText()).add("null");
            out.set("type", types);
        }
        // The root's metadata is the API server's ObjectMeta, validated against its model instead.
        if (path.isEmpty()) {
            // Every object has these, whether or not its CRD's schema names them (the Keycloak CRDs do not).
            ObjectNode props = out.withObjectProperty("properties");
            props.putIfAbsent("apiVersion", f.objectNode().put("type", "string"));
            props.putIfAbsent("kind", f.objectNode().put("type", "string"));
            props.putIfAbsent("metadata", f.objectNode().put("type", "object"));
        }
        boolean open = schema.path("x-kubernetes-preserve-unknown-fields").asBoolean()
                || path.equals(List.of("metadata"));
        if ("object".equals(schema.path("type").asText()) && !open && !schema.has("additionalProperties")) {
            if (schema.path("x-kubernetes-embedded-resource").asBoolean()) {
                ObjectNode props = out.withObjectProperty("properties");
                for (String meta : List.of("apiVersion", "kind", "metadata")) {
                    if (!props.has(meta)) {
                        props.set(meta, f.objectNode());
                    }
                }
            }
            // A structural schema prunes fields it does not name; strict field validation rejects them.
            out.put("additionalProperties", false);
        }
        return out;
    }
}
