package dk.kollekt.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads a Dockerfile and works out, without Docker, which files of the build context its COPY instructions put where
 * in the image: so a test can check that the paths it copies exist after the build, that the context's
 * {@code <Dockerfile>.dockerignore} keeps them, and what the image then holds.
 */
public final class Dockerfile {

    /** One instruction, its keyword upper-cased and its continuation lines joined. */
    public record Instruction(int line, String keyword, String arguments) {
    }

    /** A COPY or ADD from the build context: its sources (patterns) and destination. */
    public record Copy(int line, List<String> sources, String destination, Map<String, String> flags) {
    }

    private final Path file;
    private final List<Instruction> instructions;

    public Dockerfile(Path file) {
        this.file = file;
        try {
            this.instructions = parse(Files.readAllLines(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path file() {
        return file;
    }

    public List<Instruction> instructions() {
        return instructions;
    }

    public List<Instruction> all(String keyword) {
        return instructions.stream().filter(i -> i.keyword().equals(keyword)).toList();
    }

    /** The value of an ENV variable as the last ENV instruction setting it gives it (key=value form). */
    public String env(String name) {
        String value = null;
        Pattern p = Pattern.compile("(?:^|\\s)" + Pattern.quote(name) + "=(\"[^\"]*\"|\\S+)");
        for (Instruction i : all("ENV")) {
            var m = p.matcher(i.arguments());
            if (m.find()) {
                value = m.group(1).replaceAll("^\"|\"$", "");
            }
        }
        return value;
    }

    static List<Instruction> parse(List<String> lines) {
        List<Instruction> out = new ArrayList<>();
        StringBuilder current = null;
        int start = 0;
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            String trimmed = line.strip();
            if (current == null && (trimmed.isEmpty() || trimmed.startsWith("#"))) {
                continue;
            }
            if (current != null && trimmed.startsWith("#")) {
                continue;
            }
            if (current == null) {
                current = new StringBuilder();
                start = n + 1;
            }
            if (trimmed.endsWith("\\")) {
                current.append(trimmed, 0, trimmed.length() - 1).append(' ');
                continue;
            }
            current.append(trimmed);
            String text = current.toString().strip();
            int space = text.indexOf(' ');
            String keyword = (space < 0 ? text : text.substring(0, space)).toUpperCase();
            out.add(new Instruction(start, keyword, space < 0 ? "" : text.substring(space + 1).strip()));
            current = null;
        }
        return out;
    }

    /** COPY and ADD instructions that read the build context (not {@code --from} another stage or image). */
    public List<Copy> contextCopies() {
        List<Copy> out = new ArrayList<>();
        for (Instruction i : instructions) {
            if (!i.keyword().equals("COPY") && !i.keyword().equals("ADD")) {
                continue;
            }
            List<String> words = new ArrayList<>(List.of(i.arguments().split("\\s+")));
            Map<String, String> flags = new LinkedHashMap<>();
            while (!words.isEmpty() && words.get(0).startsWith("--")) {
                String flag = words.remove(0).substring(2);
                int eq = flag.indexOf('=');
                flags.put(eq < 0 ? flag : flag.substring(0, eq), eq < 0 ? "" : flag.substring(eq + 1));
            }
            if (flags.containsKey("from")) {
                continue;
            }
            if (!words.isEmpty() && words.get(0).startsWith("[")) {
                String json = String.join(" ", words);
                words = new ArrayList<>();
                for (String part : json.replaceAll("^\\[|]$", "").split(",")) {
                    words.add(part.strip().replaceAll("^\"|\"$", ""));
                }
            }
            if (words.size() < 2) {
                throw new IllegalArgumentException(file + ":" + i.line() + ": " + i.keyword() + " needs a source and a destination");
            }
            out.add(new Copy(i.line(), List.copyOf(words.subList(0, words.size() - 1)), words.get(words.size() - 1), flags));
        }
        return out;
    }

    /** The context paths (relative, '/'-separated) a source pattern matches, with Docker's glob rules. */
    public static List<String> match(Path context, String pattern) {
        String clean = pattern.replaceAll("^\\./", "").replaceAll("/+$", "");
        List<String> matches = new ArrayList<>();
        matchFrom(context, "", List.of(clean.split("/")), matches);
        return matches;
    }

    private static void matchFrom(Path dir, String prefix, List<String> parts, List<String> out) {
        if (parts.isEmpty()) {
            out.add(prefix);
            return;
        }
        String part = parts.get(0);
        List<String> rest = parts.subList(1, parts.size());
        if (!part.contains("*") && !part.contains("?") && !part.contains("[")) {
            Path next = dir.resolve(part);
            if (Files.exists(next)) {
                matchFrom(next, prefix.isEmpty() ? part : prefix + "/" + part, rest, out);
            }
            return;
        }
        Pattern glob = Pattern.compile(globToRegex(part));
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> children = Files.list(dir)) {
            for (Path child : children.sorted().toList()) {
                String name = child.getFileName().toString();
                if (glob.matcher(name).matches()) {
                    matchFrom(child, prefix.isEmpty() ? name : prefix + "/" + name, rest, out);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Go's filepath.Match syntax for one path element ('*', '?', character classes) as a regex. */
    static String globToRegex(String glob) {
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            switch (c) {
                case '*' -> re.append("[^/]*");
                case '?' -> re.append("[^/]");
                case '[' -> {
                    int end = glob.indexOf(']', i);
                    String cls = glob.substring(i + 1, end).replace("^", "\\^");
                    re.append('[').append(cls.startsWith("!") ? "^" + cls.substring(1) : cls).append(']');
                    i = end;
                }
                default -> re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return re.toString();
    }

    /**
     * Whether a .dockerignore (its lines) excludes a context path: the last matching pattern decides, '!' re-includes,
     * and a pattern that matches a parent directory matches everything below it.
     */
    public static boolean ignored(List<String> dockerignore, String path) {
        boolean excluded = false;
        for (String raw : dockerignore) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            boolean exception = line.startsWith("!");
            String pattern = (exception ? line.substring(1) : line).strip().replaceAll("^/+|/+$", "")
                    .replaceAll("^\\./", "");
            if (matchesOrParent(pattern, path)) {
                excluded = !exception;
            }
        }
        return excluded;
    }

    private static boolean matchesOrParent(String pattern, String path) {
        StringBuilder re = new StringBuilder();
        String[] parts = pattern.split("/");
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                re.append("/");
            }
            re.append(parts[i].equals("**") ? ".*" : globToRegex(parts[i]));
        }
        Pattern p = Pattern.compile(re.toString().replace("/.*/", "(/.*)?/").replaceAll("^\\.\\*/", "(.*/)?"));
        String candidate = path;
        while (true) {
            if (p.matcher(candidate).matches()) {
                return true;
            }
            int slash = candidate.lastIndexOf('/');
            if (slash < 0) {
                return false;
            }
            candidate = candidate.substring(0, slash);
        }
    }

    /** The ignore file Docker (BuildKit) reads for this Dockerfile: {@code <Dockerfile>.dockerignore} beside it. */
    public List<String> dockerignore() {
        Path ignore = file.resolveSibling(file.getFileName() + ".dockerignore");
        try {
            return Files.isRegularFile(ignore) ? Files.readAllLines(ignore) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What would make {@code docker build} fail or copy less than the Dockerfile says, given a build context: a COPY
     * source that matches nothing, or a copied file that the ignore file keeps out of the context.
     */
    public List<String> contextErrors(Path context) {
        List<String> errors = new ArrayList<>();
        List<String> ignore = dockerignore();
        for (Copy copy : contextCopies()) {
            for (String pattern : copy.sources()) {
                List<String> matches = match(context, pattern);
                if (matches.isEmpty()) {
                    errors.add(file.getFileName() + ":" + copy.line() + ": COPY source " + pattern + " does not exist in "
                            + context);
                }
                for (String m : matches) {
                    Path local = context.resolve(m);
                    List<String> files = new ArrayList<>();
                    if (Files.isDirectory(local)) {
                        try (Stream<Path> walk = Files.walk(local)) {
                            walk.filter(Files::isRegularFile)
                                    .forEach(f -> files.add(context.relativize(f).toString().replace('\\', '/')));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                        if (files.isEmpty()) {
                            errors.add(file.getFileName() + ":" + copy.line() + ": COPY source " + m + " is an empty directory");
                        }
                    } else {
                        files.add(m);
                    }
                    for (String f : files) {
                        if (ignored(ignore, f)) {
                            errors.add(file.getFileName() + ":" + copy.line() + ": " + f
                                    + " is copied but excluded by the .dockerignore");
                        }
                    }
                }
            }
        }
        return errors;
    }

    /**
     * The files of the image that the context copies put there: image path to context file. A directory source copies
     * its contents into the destination; a file source into the destination directory (ending in '/') or to it.
     */
    public static Map<String, Path> imageFiles(Path context, List<Copy> copies) {
        Map<String, Path> files = new LinkedHashMap<>();
        for (Copy copy : copies) {
            for (String pattern : copy.sources()) {
                for (String source : match(context, pattern)) {
                    Path local = context.resolve(source);
                    String dest = copy.destination();
                    if (Files.isDirectory(local)) {
                        try (Stream<Path> walk = Files.walk(local)) {
                            for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
                                String rel = local.relativize(f).toString().replace('\\', '/');
                                files.put(join(dest, rel), f);
                            }
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    } else if (dest.endsWith("/")) {
                        files.put(join(dest, local.getFileName().toString()), local);
                    } else {
                        files.put(dest, local);
                    }
                }
            }
        }
        return files;
    }

    private static String join(String dir, String rel) {
        return dir.endsWith("/") ? dir + rel : dir + "/" + rel;
    }
}
