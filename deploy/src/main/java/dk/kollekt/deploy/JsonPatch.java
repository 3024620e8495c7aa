package dk.kollekt.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** RFC 6902 JSON Patch on Jackson trees: the patch format of Kustomize's {@code patches} with a target. */
public final class JsonPatch {

    private static final Set<String> OPERATION_FIELDS = Set.of("op", "path", "value", "from");

    private JsonPatch() {
    }

    /** Applies the operations to a copy of the document; any failed operation is an exception naming it. */
    public static JsonNode apply(JsonNode document, JsonNode operations) {
        if (!operations.isArray()) {
            throw new IllegalArgumentException("a JSON patch is a list of operations");
        }
        JsonNode doc = document.deepCopy();
        int index = 0;
        for (JsonNode op : operations) {
            try {
                doc = applyOne(doc, op);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("patch operation " + index + " " + op + ": " + e.getMessage(), e);
            }
            index++;
        }
        return doc;
    }

    private static JsonNode applyOne(JsonNode doc, JsonNode op) {
        op.fieldNames().forEachRemaining(f -> {
            if (!OPERATION_FIELDS.contains(f)) {
                throw new IllegalArgumentException("unknown field '" + f + "'");
            }
        });
        String kind = op.path("op").asText("");
        List<String> path = pointer(text(op, "path"));
        switch (kind) {
            case "add" -> {
                return add(doc, path, value(op).deepCopy());
            }
            case "remove" -> {
                remove(doc, path);
                return doc;
            }
            case "replace" -> {
                get(doc, path);
                if (path.isEmpty()) {
                    return value(op).deepCopy();
                }
                remove(doc, path);
                return add(doc, path, value(op).deepCopy());
            }
            case "test" -> {
                if (!get(doc, path).equals(value(op))) {
                    throw new IllegalArgumentException("test failed: found " + get(doc, path));
                }
                return doc;
            }
            case "copy" -> {
                return add(doc, path, get(doc, pointer(text(op, "from"))).deepCopy());
            }
            case "move" -> {
                List<String> from = pointer(text(op, "from"));
                JsonNode value = get(doc, from);
                remove(doc, from);
                return add(doc, path, value);
            }
            default -> throw new IllegalArgumentException("unknown op '" + kind + "'");
        }
    }

    private static String text(JsonNode op, String field) {
        JsonNode v = op.get(field);
        if (v == null || !v.isTextual()) {
            throw new IllegalArgumentException("'" + field + "' is required");
        }
        return v.asText();
    }

    private static JsonNode value(JsonNode op) {
        JsonNode v = op.get("value");
        if (v == null) {
            throw new IllegalArgumentException("'value' is required");
        }
        return v;
    }

    static List<String> pointer(String pointer) {
        List<String> tokens = new ArrayList<>();
        if (pointer.isEmpty()) {
            return tokens;
        }
        if (!pointer.startsWith("/")) {
            throw new IllegalArgumentException("a JSON pointer starts with '/': " + pointer);
        }
        for (String t : pointer.substring(1).split("/", -1)) {
            tokens.add(t.replace("~1", "/").replace("~0", "~"));
        }
        return tokens;
    }

    private static JsonNode get(JsonNode doc, List<String> path) {
        JsonNode node = doc;
        for (String token : path) {
            node = child(node, token);
        }
        return node;
    }

    private static JsonNode child(JsonNode node, String token) {
        JsonNode next;
        if (node.isObject()) {
            next = node.get(token);
        } else if (node.isArray()) {
            next = node.get(index(token, node.size() - 1));
        } else {
            next = null;
        }
        if (next == null) {
            throw new IllegalArgumentException("no such path element '" + token + "'");
        }
        return next;
    }

    private static JsonNode add(JsonNode doc, List<String> path, JsonNode value) {
        if (path.isEmpty()) {
            return value;
        }
        JsonNode parent = get(doc, path.subList(0, path.size() - 1));
        String last = path.get(path.size() - 1);
        if (parent instanceof ObjectNode object) {
            object.set(last, value);
        } else if (parent instanceof ArrayNode array) {
            if (last.equals("-")) {
                array.add(value);
            } else {
                array.insert(index(last, array.size()), value);
            }
        } else {
            throw new IllegalArgumentException("cannot add below a " + parent.getNodeType());
        }
        return doc;
    }

    private static void remove(JsonNode doc, List<String> path) {
        if (path.isEmpty()) {
            throw new IllegalArgumentException("cannot remove the whole document");
        }
        JsonNode parent = get(doc, path.subList(0, path.size() - 1));
        String last = path.get(path.size() - 1);
        if (parent instanceof ObjectNode object) {
            if (object.remove(last) == null) {
                throw new IllegalArgumentException("no such field '" + last + "'");
            }
        } else if (parent instanceof ArrayNode array) {
            array.remove(index(last, array.size() - 1));
        } else {
            throw new IllegalArgumentException("cannot remove below a " + parent.getNodeType());
        }
    }

    private static int index(String token, int max) {
        if (!token.matches("0|[1-9][0-9]*")) {
            throw new IllegalArgumentException("not an array index: '" + token + "'");
        }
        int i = Integer.parseInt(token);
        if (i > max) {
            throw new IllegalArgumentException("array index " + i + " out of bounds");
        }
        return i;
    }
}
