package dk.kollekt.deploy;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonArray;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.annotations.SerializedName;
import io.kubernetes.client.custom.IntOrString;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1ObjectMeta;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
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
 * <p>Custom resources against our own schemas of the operators' kinds we use ({@link CrdSchemas}); their metadata
 * against the ObjectMeta model.
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
                    + " (neither a built-in kind known here nor a custom resource with a schema in crd-schemas/)");
        }
        CrdSchemas.Version version = crd.versions().get(r.version());
        if (version == null) {
            return List.of(crd.kind() + " is not served in version " + r.version() + " (crd-schemas/ has "
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
        // First the JSON types against the model's Java field types, for messages naming the exact path (the
        // client's own validation fails on some type errors with a bare ClassCastException).
        checkTypes(model, input, "", errors);
        if (!errors.isEmpty()) {
            return errors;
        }
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

    /** Checks the kind of every JSON value against the Java type of the model field it fills. */
    private static void checkTypes(Class<?> model, JsonElement json, String path, List<String> errors) {
        if (!json.isJsonObject()) {
            errors.add((path.isEmpty() ? "/" : path) + ": expected an object (" + model.getSimpleName() + "), found " + json);
            return;
        }
        Map<String, Field> fields = new HashMap<>();
        for (Class<?> c = model; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                SerializedName name = f.getAnnotation(SerializedName.class);
                if (name != null) {
                    fields.putIfAbsent(name.value(), f);
                }
            }
        }
        for (Map.Entry<String, JsonElement> e : json.getAsJsonObject().entrySet()) {
            Field f = fields.get(e.getKey());
            if (f != null) {
                checkType(f.getGenericType(), e.getValue(), path + "/" + e.getKey(), errors);
            }
        }
    }

    private static void checkType(Type type, JsonElement v, String path, List<String> errors) {
        if (v == null || v.isJsonNull()) {
            return;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
            if (Collection.class.isAssignableFrom(raw)) {
                if (!v.isJsonArray()) {
                    errors.add(path + ": expected a list, found " + brief(v));
                    return;
                }
                JsonArray a = v.getAsJsonArray();
                for (int i = 0; i < a.size(); i++) {
                    checkType(p.getActualTypeArguments()[0], a.get(i), path + "/" + i, errors);
                }
            } else if (Map.class.isAssignableFrom(raw)) {
                if (!v.isJsonObject()) {
                    errors.add(path + ": expected a map, found " + brief(v));
                    return;
                }
                for (Map.Entry<String, JsonElement> e : v.getAsJsonObject().entrySet()) {
                    checkType(p.getActualTypeArguments()[1], e.getValue(), path + "/" + e.getKey(), errors);
                }
            }
            return;
        }
        if (!(type instanceof Class<?> c)) {
            return;
        }
        boolean string = v.isJsonPrimitive() && v.getAsJsonPrimitive().isString();
        boolean number = v.isJsonPrimitive() && v.getAsJsonPrimitive().isNumber();
        boolean bool = v.isJsonPrimitive() && v.getAsJsonPrimitive().isBoolean();
        if (c == String.class || c == OffsetDateTime.class || c == byte[].class || c.isEnum()) {
            if (!string) {
                errors.add(path + ": expected a string, found " + brief(v));
            }
        } else if (c == Integer.class || c == Long.class || c == int.class || c == long.class) {
            if (!number || !isInteger(v.getAsJsonPrimitive())) {
                errors.add(path + ": expected an integer, found " + brief(v));
            }
        } else if (Number.class.isAssignableFrom(c) || c == double.class || c == float.class) {
            if (!number) {
                errors.add(path + ": expected a number, found " + brief(v));
            }
        } else if (c == Boolean.class || c == boolean.class) {
            if (!bool) {
                errors.add(path + ": expected true or false, found " + brief(v));
            }
        } else if (c == Quantity.class) {
            if (!string && !number) {
                errors.add(path + ": expected a quantity, found " + brief(v));
            } else {
                try {
                    new Quantity(v.getAsString());
                } catch (RuntimeException e) {
                    errors.add(path + ": " + brief(v) + " is not a quantity (like 500m, 2, 1Gi)");
                }
            }
        } else if (c == IntOrString.class) {
            if (!string && !(number && isInteger(v.getAsJsonPrimitive()))) {
                errors.add(path + ": expected an integer or a string, found " + brief(v));
            }
        } else if (c.getName().startsWith(MODELS)) {
            checkTypes(c, v, path, errors);
        }
    }

    private static boolean isInteger(JsonPrimitive p) {
        try {
            new BigDecimal(p.getAsString()).toBigIntegerExact();
            return true;
        } catch (ArithmeticException | NumberFormatException e) {
            return false;
        }
    }

    private static String brief(JsonElement v) {
        String s = v.isJsonObject() ? "an object" : v.isJsonArray() ? "a list" : v.toString();
        return s.length() > 80 ? s.substring(0, 80) + "..." : s;
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
        if (json < 0) {
            json = message.indexOf(" in the JSON string");
        }
        String m = json > 0 ? message.substring(0, json) : message;
        return m.length() > 400 ? m.substring(0, 400) + "..." : m;
    }
}
