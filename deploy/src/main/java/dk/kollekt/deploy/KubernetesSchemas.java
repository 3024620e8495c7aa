package dk.kollekt.deploy;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonArray;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1ObjectMeta;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Validates Kubernetes objects offline.
 *
 * <p>Built-in kinds against the models of the official Kubernetes Java client ({@code io.kubernetes:client-java-api},
 * generated from the Kubernetes OpenAPI spec): {@code validateJsonElement} rejects unknown fields and missing required
 * fields at every level, reading the object into the model rejects values of the wrong type (a string where an integer
 * belongs, a malformed quantity), and writing the model back and comparing it with the input rejects the values that
 * reading would coerce (a number where a string belongs, {@code "2"} for an integer).
 *
 * <p>Custom resources against the vendored CRDs ({@link CrdSchemas}); their metadata against the ObjectMeta model.
 *
 * <p>Any other apiVersion/kind is an error: an unknown kind cannot pass unchecked.
 */
public final class KubernetesSchemas {

    private static final String MODELS = "io.kubernetes.client.openapi.models.";

    /** The built-in kinds a manifest here may use, with their API group ("" is the core group). */
    private static final Map<String, String> BUILT_IN_GROUPS = Map.ofEntries(
            Map.entry("Namespace", ""), Map.entry("ConfigMap", ""), Map.entry("Secret", ""),
            Map.entry("Service", ""), Map.entry("ServiceAccount", ""), Map.entry("PersistentVolumeClaim", ""),
            Map.entry("Deployment", "apps"), Map.entry("StatefulSet", "apps"), Map.entry("DaemonSet", "apps"),
            Map.entry("Job", "batch"), Map.entry("CronJob", "batch"),
            Map.entry("HorizontalPodAutoscaler", "autoscaling"), Map.entry("PodDisruptionBudget", "policy"),
            Map.entry("Ingress", "networking.k8s.io"), Map.entry("NetworkPolicy", "networking.k8s.io"),
            Map.entry("Role", "rbac.authorization.k8s.io"), Map.entry("RoleBinding", "rbac.authorization.k8s.io"));

    private final CrdSchemas crds = new CrdSchemas();

    public CrdSchemas crds() {
        return crds;
    }

    /** Every error of one object, each prefixed with the object and its source; empty when it is valid. */
    public List<String> validate(Resource r) {
        List<String> errors = new ArrayList<>();
        for (String e : errorsOf(r)) {
            errors.add(r + ": " + e);
        }
        return errors;
    }

    public List<String> validateAll(List<Resource> resources) {
        List<String> errors = new ArrayList<>();
        for (Resource r : resources) {
            errors.addAll(validate(r));
        }
        return errors;
    }

    private List<String> errorsOf(Resource r) {
        if (r.apiVersion().isEmpty() || r.kind().isEmpty()) {
            return List.of("apiVersion and kind are required strings");
        }
        if (r.name().isEmpty()) {
            return List.of("metadata.name is required");
        }
        String builtInGroup = BUILT_IN_GROUPS.get(r.kind());
        if (builtInGroup != null && builtInGroup.equals(r.group())) {
            Class<?> model = modelClass(r);
            if (model == null) {
                return List.of("unknown version " + r.apiVersion() + " of kind " + r.kind());
            }
            return validateModel(model, Yaml.toJson(r.body()));
        }
        CrdSchemas.Crd crd = crds.find(r.group(), r.kind());
        if (crd == null) {
            return List.of("unknown kind " + r.apiVersion() + " " + r.kind()
                    + " (neither a built-in kind known here nor a vendored CRD)");
        }
        CrdSchemas.Version version = crd.versions().get(r.version());
        if (version == null) {
            return List.of(crd.kind() + " is not served in version " + r.version() + " (served: "
                    + crd.versions().keySet() + ")");
        }
        List<String> errors = new ArrayList<>(CrdSchemas.validate(version, r.body()));
        errors.addAll(validateModel(V1ObjectMeta.class, Yaml.toJson(r.body().path("metadata"))).stream()
                .map(e -> "metadata: " + e).toList());
        return errors;
    }

    private static Class<?> modelClass(Resource r) {
        String version = r.version();
        if (version.isEmpty()) {
            return null;
        }
        String name = MODELS + Character.toUpperCase(version.charAt(0)) + version.substring(1) + r.kind();
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    static List<String> validateModel(Class<?> model, String json) {
        List<String> errors = new ArrayList<>();
        JsonElement input = JsonParser.parseString(json);
        try {
            Method validate = model.getMethod("validateJsonElement", JsonElement.class);
            validate.invoke(null, input);
            Object parsed = model.getMethod("fromJson", String.class).invoke(null, json);
            String back = (String) model.getMethod("toJson").invoke(parsed);
            compare(input, JsonParser.parseString(back), "", errors);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            errors.add(shorten(cause.getClass().getSimpleName() + ": " + cause.getMessage()));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(model + " is not a generated model", e);
        }
        return errors;
    }

    /** Compares the input with the model's rendering of it: a difference is a value the model had to coerce. */
    private static void compare(JsonElement in, JsonElement back, String path, List<String> errors) {
        if (in == null || in.isJsonNull()) {
            return;
        }
        if (back == null || back.isJsonNull()) {
            errors.add(path + ": not part of the model");
        } else if (in.isJsonObject()) {
            if (!back.isJsonObject()) {
                errors.add(path + ": an object where the model has " + describe(back));
                return;
            }
            JsonObject b = back.getAsJsonObject();
            for (Map.Entry<String, JsonElement> e : in.getAsJsonObject().entrySet()) {
                compare(e.getValue(), b.get(e.getKey()), path + "/" + e.getKey(), errors);
            }
        } else if (in.isJsonArray()) {
            if (!back.isJsonArray()) {
                errors.add(path + ": a list where the model has " + describe(back));
                return;
            }
            JsonArray a = in.getAsJsonArray();
            JsonArray b = back.getAsJsonArray();
            for (int i = 0; i < a.size(); i++) {
                compare(a.get(i), i < b.size() ? b.get(i) : null, path + "/" + i, errors);
            }
        } else {
            JsonPrimitive a = in.getAsJsonPrimitive();
            if (!back.isJsonPrimitive()) {
                errors.add(path + ": " + a + " where the model has " + describe(back));
                return;
            }
            JsonPrimitive b = back.getAsJsonPrimitive();
            boolean same;
            if (a.isNumber() && b.isNumber()) {
                same = new BigDecimal(a.getAsString()).compareTo(new BigDecimal(b.getAsString())) == 0;
            } else if (a.isString() && b.isString()) {
                same = a.getAsString().equals(b.getAsString()) || sameQuantity(a.getAsString(), b.getAsString());
            } else {
                same = a.isBoolean() && b.isBoolean() && a.getAsBoolean() == b.getAsBoolean();
            }
            if (!same) {
                errors.add(path + ": " + a + " has the wrong type or form (the model reads it as " + b + ")");
            }
        }
    }

    private static boolean sameQuantity(String a, String b) {
        try {
            return new Quantity(a).getNumber().compareTo(new Quantity(b).getNumber()) == 0;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String describe(JsonElement e) {
        return e.isJsonObject() ? "an object" : e.isJsonArray() ? "a list" : e.toString();
    }

    private static String shorten(String message) {
        // The client's messages end with the whole JSON of the object; the field name comes before it.
        int json = message.indexOf(" JSON: ");
        String m = json > 0 ? message.substring(0, json) : message;
        return m.length() > 400 ? m.substring(0, 400) + "..." : m;
    }
}
