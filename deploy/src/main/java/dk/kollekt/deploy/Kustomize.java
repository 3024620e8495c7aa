package dk.kollekt.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Renders a Kustomize directory the way {@code kubectl kustomize} does, for the subset of Kustomize that deploy/k8s
 * uses: {@code resources} (files and directories), {@code namespace}, {@code images}, {@code replicas} and
 * {@code patches} whose patch is a JSON 6902 operation list with a {@code target}. Anything else in a
 * kustomization (generators, strategic-merge patches, labels, replacements, components, remote bases, ...) is
 * rejected rather than ignored, so a rendering from here never silently differs from Kustomize's; where kubectl is
 * installed, the tests also compare this rendering with {@code kubectl kustomize}'s.
 */
public final class Kustomize {

    private static final Set<String> SUPPORTED = Set.of("apiVersion", "kind", "namespace", "resources", "images",
            "replicas", "patches");
    /** Kinds whose {@code spec.replicas} the replicas transformer sets. */
    private static final Set<String> SCALABLE = Set.of("Deployment", "ReplicaSet", "StatefulSet", "ReplicationController");
    /** Cluster-scoped kinds the namespace transformer leaves alone (those deploy/k8s could hold). */
    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "ClusterRole", "ClusterRoleBinding",
            "CustomResourceDefinition", "PersistentVolume", "StorageClass", "PriorityClass", "IngressClass");
    /** Where Pod specs sit in the workload kinds, for the images transformer. */
    private static final List<List<String>> POD_SPEC_PATHS = List.of(
            List.of("spec"),
            List.of("spec", "template", "spec"),
            List.of("spec", "jobTemplate", "spec", "template", "spec"));

    private Kustomize() {
    }

    /** The objects a kustomization directory renders to, in the order their files list them. */
    public static List<Resource> render(Path dir) {
        return render(dir.toAbsolutePath().normalize(), new LinkedHashSet<>());
    }

    /** Every file a kustomization directory reads (resources and the kustomization files), recursively. */
    public static Set<Path> filesRead(Path dir) {
        Set<Path> files = new LinkedHashSet<>();
        collectFiles(dir.toAbsolutePath().normalize(), files);
        return files;
    }

    public static Path kustomizationFile(Path dir) {
        for (String name : List.of("kustomization.yaml", "kustomization.yml", "Kustomization")) {
            Path f = dir.resolve(name);
            if (Files.isRegularFile(f)) {
                return f;
            }
        }
        throw new IllegalArgumentException(dir + ": no kustomization.yaml");
    }

    private static void collectFiles(Path dir, Set<Path> files) {
        Path file = kustomizationFile(dir);
        files.add(file);
        for (JsonNode entry : kustomization(file).path("resources")) {
            Path p = dir.resolve(entry.asText()).normalize();
            if (Files.isDirectory(p)) {
                collectFiles(p, files);
            } else {
                files.add(p);
            }
        }
    }

    private static ObjectNode kustomization(Path file) {
        List<JsonNode> docs = Yaml.documents(file);
        if (docs.size() != 1 || !(docs.get(0) instanceof ObjectNode k)) {
            throw new IllegalArgumentException(file + ": a kustomization is one mapping");
        }
        if (!"kustomize.config.k8s.io/v1beta1".equals(k.path("apiVersion").asText())
                || !"Kustomization".equals(k.path("kind").asText())) {
            throw new IllegalArgumentException(file + ": apiVersion must be kustomize.config.k8s.io/v1beta1 and kind Kustomization");
        }
        k.fieldNames().forEachRemaining(f -> {
            if (!SUPPORTED.contains(f)) {
                throw new IllegalArgumentException(file + ": '" + f + "' is not supported by this renderer (supported: "
                        + SUPPORTED + ")");
            }
        });
        return k;
    }

    private static List<Resource> render(Path dir, Set<Path> visiting) {
        if (!visiting.add(dir)) {
            throw new IllegalArgumentException(dir + ": kustomization cycle");
        }
        Path file = kustomizationFile(dir);
        ObjectNode k = kustomization(file);
        List<Resource> out = new ArrayList<>();
        for (JsonNode entry : k.path("resources")) {
            String ref = entry.asText();
            if (ref.contains("://") || ref.startsWith("github.com/")) {
                throw new IllegalArgumentException(file + ": remote resource " + ref + " is not supported");
            }
            Path p = dir.resolve(ref).normalize();
            if (Files.isDirectory(p)) {
                out.addAll(render(p, visiting));
            } else if (Files.isRegularFile(p)) {
                out.addAll(Yaml.resources(p));
            } else {
                throw new IllegalArgumentException(file + ": resource " + ref + " does not exist");
            }
        }
        rejectDuplicates(file, out);
        // Kustomize's order of built-in transformers: patches, namespace, replicas, images.
        for (JsonNode patch : k.path("patches")) {
            out = applyPatch(dir, file, patch, out);
        }
        if (k.hasNonNull("namespace")) {
            String ns = k.get("namespace").asText();
            for (Resource r : out) {
                if (!CLUSTER_SCOPED.contains(r.kind())) {
                    r.body().withObjectProperty("metadata").put("namespace", ns);
                }
            }
        }
        for (JsonNode replica : k.path("replicas")) {
            String name = replica.path("name").asText();
            boolean found = false;
            for (Resource r : out) {
                if (SCALABLE.contains(r.kind()) && r.name().equals(name)) {
                    r.body().withObjectProperty("spec").set("replicas", replica.path("count").deepCopy());
                    found = true;
                }
            }
            if (!found) {
                throw new IllegalArgumentException(file + ": replicas: no workload named " + name);
            }
        }
        for (JsonNode image : k.path("images")) {
            int changed = 0;
            for (Resource r : out) {
                changed += setImages(r.body(), image);
            }
            if (changed == 0) {
                throw new IllegalArgumentException(file + ": images: no container uses image " + image.path("name").asText());
            }
        }
        visiting.remove(dir);
        return out;
    }

    private static void rejectDuplicates(Path file, List<Resource> resources) {
        Set<String> seen = new LinkedHashSet<>();
        for (Resource r : resources) {
            String key = r.apiVersion() + " " + r.id() + " " + r.namespace();
            if (!seen.add(key)) {
                throw new IllegalArgumentException(file + ": " + r.id() + " is declared twice");
            }
        }
    }

    private static List<Resource> applyPatch(Path dir, Path file, JsonNode patch, List<Resource> resources) {
        patch.fieldNames().forEachRemaining(f -> {
            if (!Set.of("path", "patch", "target").contains(f)) {
                throw new IllegalArgumentException(file + ": patches: '" + f + "' is not supported");
            }
        });
        JsonNode target = patch.get("target");
        if (target == null || !target.isObject()) {
            throw new IllegalArgumentException(file + ": patches: only JSON 6902 patches with a target are supported");
        }
        target.fieldNames().forEachRemaining(f -> {
            if (!Set.of("group", "version", "kind", "name").contains(f)) {
                throw new IllegalArgumentException(file + ": patches: target field '" + f + "' is not supported");
            }
        });
        JsonNode operations;
        try {
            String text = patch.has("path") ? Files.readString(dir.resolve(patch.get("path").asText()))
                    : patch.path("patch").asText();
            List<JsonNode> docs = Yaml.documents(text);
            operations = docs.size() == 1 ? docs.get(0) : null;
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": patches: " + e.getMessage(), e);
        }
        if (operations == null || !operations.isArray()) {
            throw new IllegalArgumentException(file + ": patches: the patch must be a JSON 6902 operation list "
                    + "(strategic-merge patches are not supported by this renderer)");
        }
        List<Resource> out = new ArrayList<>();
        int matched = 0;
        for (Resource r : resources) {
            if (matches(target, r)) {
                matched++;
                try {
                    out.add(r.withBody((ObjectNode) JsonPatch.apply(r.body(), operations)));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(file + ": patch of " + r.id() + ": " + e.getMessage(), e);
                }
            } else {
                out.add(r);
            }
        }
        if (matched == 0) {
            throw new IllegalArgumentException(file + ": patch target " + target + " matches no resource");
        }
        return out;
    }

    private static boolean matches(JsonNode target, Resource r) {
        return (!target.has("kind") || target.get("kind").asText().equals(r.kind()))
                && (!target.has("name") || target.get("name").asText().equals(r.name()))
                && (!target.has("group") || target.get("group").asText().equals(r.group()))
                && (!target.has("version") || target.get("version").asText().equals(r.version()));
    }

    private static int setImages(ObjectNode body, JsonNode image) {
        int changed = 0;
        for (List<String> path : POD_SPEC_PATHS) {
            JsonNode podSpec = body;
            for (String step : path) {
                podSpec = podSpec.path(step);
            }
            for (String list : List.of("containers", "initContainers")) {
                if (podSpec.path(list) instanceof ArrayNode containers) {
                    for (JsonNode c : containers) {
                        String current = c.path("image").asText();
                        String updated = newImage(current, image);
                        if (updated != null) {
                            ((ObjectNode) c).set("image", TextNode.valueOf(updated));
                            changed++;
                        }
                    }
                }
            }
        }
        return changed;
    }

    /** The image reference after one {@code images} entry, or null when the entry is for another image. */
    static String newImage(String current, JsonNode image) {
        String name = current;
        String tag = "";
        int at = name.indexOf('@');
        if (at >= 0) {
            tag = name.substring(at);
            name = name.substring(0, at);
        } else {
            int colon = name.lastIndexOf(':');
            if (colon > name.lastIndexOf('/')) {
                tag = name.substring(colon);
                name = name.substring(0, colon);
            }
        }
        if (!name.equals(image.path("name").asText())) {
            return null;
        }
        if (image.hasNonNull("newName")) {
            name = image.get("newName").asText();
        }
        if (image.hasNonNull("digest")) {
            tag = "@" + image.get("digest").asText();
        } else if (image.hasNonNull("newTag")) {
            tag = ":" + image.get("newTag").asText();
        }
        return name + tag;
    }
}
