package dk.kollekt.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** One Kubernetes object as read from a manifest (or rendered by {@link Kustomize}), with where it came from. */
public record Resource(String source, ObjectNode body) {

    public String apiVersion() {
        return text(body.get("apiVersion"));
    }

    public String kind() {
        return text(body.get("kind"));
    }

    public String name() {
        return text(body.path("metadata").get("name"));
    }

    public String namespace() {
        return text(body.path("metadata").get("namespace"));
    }

    /** The API group: empty for the core group ("v1"). */
    public String group() {
        String v = apiVersion();
        int slash = v.indexOf('/');
        return slash < 0 ? "" : v.substring(0, slash);
    }

    public String version() {
        String v = apiVersion();
        int slash = v.indexOf('/');
        return slash < 0 ? v : v.substring(slash + 1);
    }

    /** kind/name, the way kubectl names an object. */
    public String id() {
        return kind() + "/" + name();
    }

    public Resource withBody(ObjectNode newBody) {
        return new Resource(source, newBody);
    }

    @Override
    public String toString() {
        return id() + " (" + source + ")";
    }

    static String text(JsonNode node) {
        return node == null || !node.isTextual() ? "" : node.asText();
    }
}
