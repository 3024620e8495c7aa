package dk.kollekt.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Bad variants of an operation of openapi.yaml, derived from what the contract says about it: its path and query
 * parameters (types, formats, enums, minimum and maximum, patterns), its Idempotency-Key header, its request body's
 * media types and schema (required properties, types, formats, enums, ranges, lengths, item counts, nested objects),
 * and a valid request to start from. Each variant breaks one thing. A variant the contract forbids must be refused;
 * one it allows (an SQL or HTML fragment in free text, a filter far in the future) need only be answered cleanly, and
 * for a write it is sent together with a fault of its own, so that no variant may write.
 */
final class OpenApiFuzzer {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String HUGE = "x".repeat(100_000);
    /** Longer than any value the contract allows in a URL, still within the server's 4 KB request line. */
    static final String LONG_IN_URL = "9".repeat(1_500);
    /** An id no test makes. */
    static final String NO_SUCH_ID = "987654321987";

    /** Text the contract allows in free text, sent to see that it is carried as data. */
    static final List<String> HOSTILE = List.of(
            "' OR 1=1 --", "'; DROP TABLE contribution; --", "\" OR \"\"=\"", "1' AND SLEEP(5) AND '1'='1", "%' OR '%'='",
            "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "\"><svg onload=alert(1)>",
            "${jndi:ldap://127.0.0.1:1/a}", "{{7*7}}#{7*7}", "%s%s%s%n", "../../../../etc/passwd",
            "\uD83C\uDF89\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67", "Z\u0337\u0327a\u0338l\u0335g\u0336o\u0334",
            "\uFEFFbom", "ÆØÅ æøå ÄÖ ÿ");

    /** Characters that do not belong in text: C0 controls, DEL, a bidi override, an unpaired surrogate. */
    static final Map<String, String> CONTROL = orderedMap(
            "NUL", "nul\u0000byte", "BEL", "bell\u0007ring", "ESC", "esc\u001B[31mred", "DEL", "del\u007Fete",
            "RTL override", "rtl\u202Eexe.txt", "lone surrogate", "RAW:\"lone\\ud800surrogate\"");

    /** What a variant breaks, for sampling across kinds and for the counts. */
    enum Kind { BODY, MEDIA_TYPE, HEADER, PATH, QUERY, MISSING, TYPE, RANGE, STRING, FORMAT, ARRAY, UNKNOWN, HOSTILE, CONTROL, NOISE }

    /** One request to send. mustRefuse: the contract (or a missing object) forbids it, so the answer must be 4xx. */
    record Variant(String name, Kind kind, String method, String path, Map<String, String> headers,
                   String contentType, byte[] body, boolean mustRefuse) {
    }

    /**
     * A valid request of the operation: path values and query (URL-encoded), headers, and the body as a JSON tree or
     * raw bytes. allowedWritesNothing: what the contract allows writes nothing all the same (a payment file whose
     * references match no pledge), so such variants are sent without a fault of their own.
     */
    record Base(String method, String pathTemplate, Map<String, String> pathValues, Map<String, String> query,
                Map<String, String> headers, String contentType, JsonNode json, byte[] raw, boolean allowedWritesNothing) {
    }

    private final JsonNode contract;
    private final Random random;

    OpenApiFuzzer(JsonNode contract, long seed) {
        this.contract = contract;
        this.random = new Random(seed);
    }

    /** The variants generated for an operation, and the ones picked to send. */
    record Sample(int generated, List<Variant> picked) {
    }

    /** All variants of the operation; at most {@code max} of them picked, evenly across kinds. */
    Sample variants(Base base, int max) {
        JsonNode op = contract.path("paths").path(base.pathTemplate()).path(base.method().toLowerCase());
        Gen g = new Gen(base, op);
        g.pathVariants();
        g.queryVariants();
        g.headerVariants();
        g.bodyVariants();
        g.noise();
        return new Sample(g.out.size(), sample(g.out, max));
    }

    private List<Variant> sample(List<Variant> all, int max) {
        if (all.size() <= max) {
            return all;
        }
        Map<Kind, List<Variant>> byKind = new LinkedHashMap<>();
        all.forEach(v -> byKind.computeIfAbsent(v.kind(), k -> new ArrayList<>()).add(v));
        byKind.values().forEach(list -> Collections.shuffle(list, random));
        List<Variant> picked = new ArrayList<>();
        while (picked.size() < max) {
            for (List<Variant> list : byKind.values()) {
                if (!list.isEmpty() && picked.size() < max) {
                    picked.add(list.removeFirst());
                }
            }
        }
        return picked;
    }

    // ---- schema helpers

    /** The schema with $ref followed and allOf merged into one object. */
    JsonNode resolve(JsonNode schema) {
        if (schema == null || schema.isMissingNode()) {
            return JsonNodeFactory.instance.objectNode();
        }
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            return resolve(contract.at(ref.substring(1)));
        }
        if (!schema.has("allOf")) {
            return schema;
        }
        ObjectNode merged = JsonNodeFactory.instance.objectNode();
        for (JsonNode part : schema.get("allOf")) {
            merged.setAll((ObjectNode) resolve(part).deepCopy());
        }
        schema.properties().forEach(e -> {
            if (!e.getKey().equals("allOf")) {
                merged.set(e.getKey(), e.getValue());
            }
        });
        return merged;
    }

    private static Set<String> required(JsonNode schema) {
        Set<String> names = new java.util.LinkedHashSet<>();
        schema.path("required").forEach(n -> names.add(n.asText()));
        return names;
    }

    /** Free text: a string without enum, format or a pattern stricter than "plain text, maybe not blank". */
    private static boolean freeText(JsonNode s) {
        return s.path("type").asText().equals("string") && !s.has("enum") && !s.has("format")
                && (!s.has("pattern") || Set.of("\\S", PlainText.PATTERN, PlainText.NOT_BLANK_PATTERN)
                .contains(s.get("pattern").asText()));
    }

    /** A maximum below what the integer's format holds anyway (a long's is no bound worth probing). */
    private static boolean bounded(JsonNode s) {
        return s.has("maximum") && s.get("maximum").asLong() < Long.MAX_VALUE;
    }

    private static boolean violates(JsonNode s, String value) {
        if (s.has("enum")) {
            boolean in = false;
            for (JsonNode e : s.get("enum")) {
                in |= e.asText().equals(value);
            }
            if (!in) {
                return true;
            }
        }
        if (s.has("maxLength") && value.length() > s.get("maxLength").asInt()) {
            return true;
        }
        if (s.has("minLength") && value.length() < s.get("minLength").asInt()) {
            return true;
        }
        return s.has("pattern") && !Pattern.compile(s.get("pattern").asText()).matcher(value).find();
    }

    static String enc(String raw) {
        StringBuilder b = new StringBuilder();
        for (byte c : raw.getBytes(StandardCharsets.UTF_8)) {
            int u = c & 0xFF;
            if (u >= 'a' && u <= 'z' || u >= 'A' && u <= 'Z' || u >= '0' && u <= '9' || u == '-' || u == '.' || u == '_'
                    || u == '~') {
                b.append((char) u);
            } else {
                b.append('%').append(String.format("%02X", u));
            }
        }
        return b.toString();
    }

    @SafeVarargs
    private static <T> Map<String, T> orderedMap(T... pairs) {
        Map<String, T> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    // ---- generation for one operation

    private final class Gen {
        final Base base;
        final JsonNode op;
        final boolean write;
        final List<Variant> out = new ArrayList<>();
        final JsonNode bodySchema;
        final Set<String> bodyTypes;
        final boolean bodyRequired;

        Gen(Base base, JsonNode op) {
            this.base = base;
            this.op = op;
            this.write = !base.method().equals("GET");
            Set<String> types = new java.util.LinkedHashSet<>();
            op.path("requestBody").path("content").fieldNames().forEachRemaining(types::add);
            this.bodyTypes = types;
            this.bodyRequired = op.path("requestBody").path("required").asBoolean(false);
            this.bodySchema = types.contains("application/json")
                    ? resolve(op.path("requestBody").path("content").path("application/json").path("schema")) : null;
        }

        /** A mutable copy of the base request. */
        final class Req {
            String name;
            Kind kind;
            Map<String, String> pathValues = new LinkedHashMap<>(base.pathValues());
            Map<String, String> query = new LinkedHashMap<>(base.query());
            Map<String, String> headers = new LinkedHashMap<>(base.headers());
            String contentType = base.contentType();
            JsonNode json = base.json() == null ? null : base.json().deepCopy();
            byte[] raw = base.raw();
            Map<String, String> rawValues = new LinkedHashMap<>();
            /** The top-level body field the variant is about (kept when a fault is added to a write). */
            String field;
            boolean definite = true;

            Req(String name, Kind kind) {
                this.name = name;
                this.kind = kind;
            }

            /** A JSON value that a tree cannot hold (NaN, 1e309, an escaped lone surrogate): spliced in as text. */
            JsonNode raw(String text) {
                String marker = "@@raw" + rawValues.size() + "@@";
                rawValues.put("\"" + marker + "\"", text);
                return TextNode.valueOf(marker);
            }

            void add() {
                boolean faulted = write && !definite && !base.allowedWritesNothing();
                if (faulted) {
                    fault();
                }
                String path = base.pathTemplate();
                for (Map.Entry<String, String> p : pathValues.entrySet()) {
                    path = path.replace("{" + p.getKey() + "}", p.getValue());
                }
                if (!query.isEmpty()) {
                    path += "?" + query.entrySet().stream().map(q -> q.getValue() == null ? q.getKey()
                            : q.getKey() + "=" + q.getValue()).collect(Collectors.joining("&"));
                }
                byte[] body = raw;
                if (json != null) {
                    String text = json.toString();
                    for (Map.Entry<String, String> r : rawValues.entrySet()) {
                        text = text.replace(r.getKey(), r.getValue());
                    }
                    body = text.getBytes(StandardCharsets.UTF_8);
                }
                out.add(new Variant(name, kind, base.method(), path, headers, contentType, body, definite || faulted));
            }

            /** A fault of the request's own, so that a write with allowed content is still refused. */
            void fault() {
                name += " (with a fault: ";
                if (json instanceof ObjectNode body && bodySchema != null) {
                    String other = required(bodySchema).stream().filter(r -> !r.equals(field)).findFirst().orElse(null);
                    if (other != null) {
                        body.remove(other);
                        name += other + " missing)";
                    } else {
                        body.put("fuzzUnknownField", 1);
                        name += "an unknown field)";
                    }
                } else if (base.contentType() != null && base.contentType().equals("text/csv") && raw != null) {
                    raw = (new String(raw, StandardCharsets.UTF_8) + "only-one-column\n").getBytes(StandardCharsets.UTF_8);
                    name += "a row of one column)";
                } else if (!pathValues.isEmpty()) {
                    String first = pathValues.keySet().iterator().next();
                    pathValues.put(first, NO_SUCH_ID);
                    name += first + " " + NO_SUCH_ID + ")";
                } else if (raw != null) {
                    raw = "not an image".getBytes(StandardCharsets.UTF_8);
                    name += "a body that is not an image)";
                } else {
                    throw new IllegalStateException("no fault possible for " + base.method() + " " + base.pathTemplate());
                }
            }
        }

        Req req(String name, Kind kind) {
            return new Req(name, kind);
        }

        /** A variant that differs from the base request in one header only: set to {@code value}, or removed (null). */
        void headerVariant(String name, Kind kind, String header, String value, boolean definite) {
            Req r = req(name, kind);
            if (value == null) {
                r.headers.remove(header);
            } else {
                r.headers.put(header, value);
            }
            r.definite = definite;
            r.add();
        }

        // ---- path parameters

        void pathVariants() {
            for (JsonNode p : op.path("parameters")) {
                if (!p.path("in").asText().equals("path")) {
                    continue;
                }
                String name = p.path("name").asText();
                JsonNode s = resolve(p.path("schema"));
                Map<String, String> values = new LinkedHashMap<>();
                if (s.path("type").asText().equals("integer")) {
                    values.put("not a number", "abc");
                    values.put("negative", "-1");
                    values.put("zero", "0");
                    values.put("Long.MAX_VALUE", String.valueOf(Long.MAX_VALUE));
                    values.put("beyond a long", "99999999999999999999");
                    values.put("a fraction", "1.5");
                    values.put("an exponent", "1e3");
                    values.put("hexadecimal", "0x10");
                    values.put("Arabic-Indic digits", "\u0669\u0668\u0667\u0666\u0665\u0664\u0663\u0662\u0661");
                    values.put("1,500 digits", LONG_IN_URL);
                    if (s.path("format").asText().equals("int32")) {
                        values.put("beyond an int", "2147483648");
                    }
                } else if (s.path("format").asText().equals("date")) {
                    values.put("Feb 30", "2026-02-30");
                    values.put("not a date", "not-a-date");
                    values.put("year 10000", "+10000-01-01");
                    values.put("no zero padding", "2026-1-1");
                } else {
                    values.put("a long value", "x".repeat(1_500));
                    values.put("whitespace", "   ");
                }
                values.put("SQL", "' OR 1=1 --");
                values.put("SQL wildcard", "%");
                values.put("HTML", "<script>alert(1)</script>");
                values.put("NUL", "\u0000");
                values.put("RTL override", "\u202Eabc");
                values.put("an encoded slash", "a/b");
                values.put("dot-dot", "..");
                values.put("emoji", "\uD83C\uDF89");
                if (s.has("pattern")) {
                    values.put("lower case", "dk");
                    values.put("an unknown one", "ZZ");
                }
                for (Map.Entry<String, String> v : values.entrySet()) {
                    Req r = req("path " + name + ": " + v.getKey(), Kind.PATH);
                    r.pathValues.put(name, v.getKey().equals("an encoded slash") ? "a%2Fb" : enc(v.getValue()));
                    r.add();
                }
                Req invalidUtf8 = req("path " + name + ": invalid UTF-8", Kind.PATH);
                invalidUtf8.pathValues.put(name, "%C3%28%FF");
                invalidUtf8.add();
            }
        }

        // ---- query parameters

        void queryVariants() {
            for (JsonNode p : op.path("parameters")) {
                if (!p.path("in").asText().equals("query")) {
                    continue;
                }
                String name = p.path("name").asText();
                JsonNode s = resolve(p.path("schema"));
                if (p.path("required").asBoolean(false)) {
                    Req r = req("query " + name + ": missing", Kind.QUERY);
                    r.query.remove(name);
                    r.add();
                }
                JsonNode item = s.path("type").asText().equals("array") ? resolve(s.path("items")) : s;
                for (Map.Entry<String, Object[]> v : queryValues(name, item).entrySet()) {
                    Req r = req("query " + name + ": " + v.getKey(), Kind.QUERY);
                    r.query.put(name, enc((String) v.getValue()[0]));
                    r.definite = (Boolean) v.getValue()[1];
                    r.add();
                }
            }
            if (op.path("parameters").findValues("in").stream().anyMatch(n -> n.asText().equals("query"))) {
                // A range across all of time, and one upside down, where the operation takes from and to.
                Set<String> names = new java.util.HashSet<>();
                op.path("parameters").forEach(p -> names.add(p.path("name").asText()));
                if (names.contains("from") && names.contains("to")) {
                    Req all = req("query from 0001-01-01 to 9999-12-31", Kind.QUERY);
                    all.query.put("from", "0001-01-01");
                    all.query.put("to", "9999-12-31");
                    all.definite = false;
                    all.add();
                    Req upside = req("query from after to", Kind.QUERY);
                    upside.query.put("from", "2030-01-01");
                    upside.query.put("to", "2020-01-01");
                    upside.definite = false;
                    upside.add();
                }
            }
        }

        /** Value and whether the contract forbids it. */
        Map<String, Object[]> queryValues(String name, JsonNode s) {
            Map<String, Object[]> v = new LinkedHashMap<>();
            String type = s.path("type").asText();
            if (type.equals("integer")) {
                v.put("not a number", new Object[]{"abc", true});
                v.put("a fraction", new Object[]{"1.5", true});
                v.put("1e309", new Object[]{"1e309", true});
                v.put("beyond a long", new Object[]{"99999999999999999999", true});
                v.put("SQL", new Object[]{"1 OR 1=1", true});
                boolean int32 = s.path("format").asText().equals("int32");
                if (int32) {
                    v.put("beyond an int", new Object[]{"2147483648", true});
                }
                if (s.has("minimum")) {
                    long min = s.get("minimum").asLong();
                    long below = s.path("exclusiveMinimum").asBoolean(false) ? min : min - 1;
                    v.put("below the minimum", new Object[]{String.valueOf(below), true});
                    if (below != -1) {
                        v.put("negative", new Object[]{"-1", true});
                    }
                    v.put("Long.MIN_VALUE", new Object[]{String.valueOf(Long.MIN_VALUE), true});
                } else {
                    v.put("negative", new Object[]{"-1", false});
                    v.put("zero", new Object[]{"0", false});
                }
                if (bounded(s)) {
                    v.put("above the maximum", new Object[]{String.valueOf(s.get("maximum").asLong() + 1), true});
                    v.put("Long.MAX_VALUE", new Object[]{String.valueOf(Long.MAX_VALUE), true});
                } else if (!int32) {
                    v.put("Long.MAX_VALUE", new Object[]{String.valueOf(Long.MAX_VALUE), false});
                }
            } else if (s.has("enum")) {
                v.put("not one of the values", new Object[]{"NOT_A_VALUE", true});
                v.put("lower case", new Object[]{s.get("enum").get(0).asText().toLowerCase(), true});
                v.put("SQL", new Object[]{"' OR 1=1 --", true});
                v.put("a long value", new Object[]{"X".repeat(1_500), true});
            } else if (s.path("format").asText().equals("date")) {
                v.put("Feb 30", new Object[]{"2026-02-30", true});
                v.put("not a date", new Object[]{"not-a-date", true});
                v.put("year 10000", new Object[]{"+10000-01-01", true});
                v.put("year -1", new Object[]{"-0001-01-01", true});
                v.put("no zero padding", new Object[]{"2026-1-1", true});
                v.put("a date-time", new Object[]{"2026-01-01T00:00:00Z", true});
                v.put("year 1", new Object[]{"0001-01-01", false});
                v.put("year 9999", new Object[]{"9999-12-31", false});
            } else {
                Map<String, String> texts = orderedMap("blank", "   ", "one character", "a", "1,500 characters",
                        "x".repeat(1_500), "lower case", "dk", "three letters", "DNK");
                HOSTILE.forEach(h -> texts.put("hostile " + h, h));
                CONTROL.forEach((k, c) -> {
                    if (!c.startsWith("RAW:")) {
                        texts.put(k, c);
                    }
                });
                texts.put("invalid UTF-8", null);
                for (Map.Entry<String, String> t : texts.entrySet()) {
                    if (t.getValue() == null) {
                        continue;
                    }
                    v.put(t.getKey(), new Object[]{t.getValue(), violates(s, t.getValue())});
                }
            }
            return v;
        }

        // ---- headers

        void headerVariants() {
            boolean idempotent = base.headers().containsKey("Idempotency-Key");
            if (idempotent) {
                headerVariant("Idempotency-Key missing", Kind.HEADER, "Idempotency-Key", null, true);
                headerVariant("Idempotency-Key empty", Kind.HEADER, "Idempotency-Key", "", true);
                headerVariant("Idempotency-Key of 101 characters", Kind.HEADER, "Idempotency-Key", "k".repeat(101),
                        true);
                headerVariant("Idempotency-Key of 4,000 characters", Kind.HEADER, "Idempotency-Key", "k".repeat(4_000),
                        true);
                headerVariant("Idempotency-Key with spaces", Kind.HEADER, "Idempotency-Key", "a key with spaces", true);
                headerVariant("Idempotency-Key SQL", Kind.HEADER, "Idempotency-Key", "'OR'1'='1'--", false);
            }
            headerVariant("Accept: application/xml", Kind.MEDIA_TYPE, "Accept", "application/xml", true);
            headerVariant("Accept: not a media type", Kind.MEDIA_TYPE, "Accept", "\u00ff;;;=/q=abc", false);
        }

        // ---- request body

        void bodyVariants() {
            if (bodyTypes.isEmpty()) {
                if (write) {
                    // A body where the operation takes none, with a fault of its own.
                    Req r = req("an unexpected JSON body", Kind.BODY);
                    r.contentType = "application/json";
                    r.raw = "{\"fuzz\": \"<script>alert(1)</script>\"}".getBytes(StandardCharsets.UTF_8);
                    r.definite = false;
                    r.add();
                }
                return;
            }
            if (bodyTypes.contains("application/json")) {
                jsonBodyVariants();
            } else if (bodyTypes.contains("text/csv")) {
                csvVariants();
            } else {
                imageVariants();
            }
        }

        void rawBody(String name, Kind kind, String contentType, byte[] body, boolean definite) {
            Req r = req(name, kind);
            r.json = null;
            r.contentType = contentType;
            r.raw = body;
            r.definite = definite;
            r.add();
        }

        void rawBody(String name, String body) {
            rawBody(name, Kind.BODY, "application/json", body.getBytes(StandardCharsets.UTF_8), true);
        }

        void jsonBodyVariants() {
            String valid = base.json().toString();
            if (bodyRequired) {
                rawBody("an empty body", "");
                Req none = req("no body and no Content-Type", Kind.BODY);
                none.json = null;
                none.raw = null;
                none.contentType = null;
                none.add();
                rawBody("JSON null", "null");
            }
            rawBody("a truncated document", valid.substring(0, valid.length() / 2));
            rawBody("not JSON", "not json at all");
            rawBody("an array", "[" + valid + "]");
            rawBody("a string", "\"" + valid.replace("\"", "\\\"") + "\"");
            rawBody("a number", "123");
            rawBody("trailing garbage", valid + " xyz");
            rawBody("two documents", valid + valid);
            rawBody("a comment", "/* comment */ " + valid);
            rawBody("single quotes", valid.replace('"', '\''));
            rawBody("nested 5,000 deep", "[".repeat(5_000) + "]".repeat(5_000));
            rawBody("a field name of 100,000 characters", "{\"" + HUGE + "\": 1}");
            rawBody("invalid UTF-8", Kind.BODY, "application/json",
                    concat(valid.substring(0, valid.length() - 1).getBytes(StandardCharsets.UTF_8),
                            ",\"fuzz\":\"".getBytes(StandardCharsets.UTF_8), new byte[]{(byte) 0xC3, 0x28, (byte) 0xFF},
                            "\"}".getBytes(StandardCharsets.UTF_8)), true);
            if (!required(bodySchema).isEmpty()) {
                rawBody("an empty object", "{}");
            }
            byte[] validBytes = valid.getBytes(StandardCharsets.UTF_8);
            rawBody("Content-Type text/plain", Kind.MEDIA_TYPE, "text/plain", validBytes, true);
            rawBody("Content-Type application/xml", Kind.MEDIA_TYPE, "application/xml",
                    "<request><a>1</a></request>".getBytes(StandardCharsets.UTF_8), true);
            rawBody("Content-Type form", Kind.MEDIA_TYPE, "application/x-www-form-urlencoded",
                    "a=1&b=2".getBytes(StandardCharsets.UTF_8), true);
            // Read as JSON all the same: lenient, not wrong.
            rawBody("no Content-Type", Kind.MEDIA_TYPE, null, validBytes, false);
            rawBody("Content-Type not a media type", Kind.MEDIA_TYPE, "json;;;==", validBytes, true);

            Req unknown = req("an unknown field", Kind.UNKNOWN);
            ((ObjectNode) unknown.json).put("fuzzUnknownField", "x");
            unknown.add();
            Req unknownObject = req("an unknown field holding an object", Kind.UNKNOWN);
            ((ObjectNode) unknownObject.json).set("__proto__", JSON.createObjectNode().put("admin", true));
            unknownObject.add();
            fields(bodySchema, List.of(), null);
        }

        /** Variants of every property of an object schema, found at {@code at} in the base body. */
        void fields(JsonNode schema, List<Object> at, String top) {
            Set<String> required = required(schema);
            JsonNode here = locate(base.json(), at);
            if (!at.isEmpty() && here instanceof ObjectNode) {
                Req unknown = req(label(at) + ": an unknown field", Kind.UNKNOWN);
                ((ObjectNode) locate(unknown.json, at)).put("fuzzUnknownField", 1);
                unknown.field = top;
                unknown.add();
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> property = it.next();
                String name = property.getKey();
                JsonNode s = resolve(property.getValue());
                List<Object> path = append(at, name);
                String field = top == null ? name : top;
                boolean isRequired = required.contains(name);
                if (isRequired) {
                    Req missing = req(label(path) + ": missing", Kind.MISSING);
                    ((ObjectNode) locate(missing.json, at)).remove(name);
                    missing.field = field;
                    missing.add();
                    set(path, field, "null", Kind.MISSING, JsonNodeFactory.instance.nullNode(), true);
                }
                value(s, path, field, here == null ? null : here.get(name), isRequired);
            }
        }

        /** Variants of one value of schema s at path. */
        void value(JsonNode s, List<Object> path, String field, JsonNode current, boolean required) {
            String type = s.path("type").asText(s.has("enum") ? "string" : "object");
            JsonNodeFactory n = JsonNodeFactory.instance;
            // Wrong types.
            if (!type.equals("string")) {
                set(path, field, "a string", Kind.TYPE, n.textNode(current != null && current.isValueNode()
                        ? current.asText() : "text"), true);
            }
            if (!type.equals("integer") && !type.equals("number")) {
                set(path, field, "a number", Kind.TYPE, n.numberNode(12345), true);
            }
            if (!type.equals("boolean")) {
                set(path, field, "a boolean", Kind.TYPE, n.booleanNode(true), true);
            }
            if (!type.equals("object")) {
                set(path, field, "an object", Kind.TYPE, n.objectNode().put("value", 1), true);
            }
            if (!type.equals("array")) {
                set(path, field, "an array", Kind.TYPE, n.arrayNode().add(current == null ? n.textNode("x") : current), true);
            }
            switch (type) {
                case "integer" -> integer(s, path, field, required);
                case "number" -> number(s, path, field);
                case "boolean" -> {
                    set(path, field, "the number 1", Kind.TYPE, n.numberNode(1), true);
                    set(path, field, "\"yes\"", Kind.TYPE, n.textNode("yes"), true);
                }
                case "string" -> string(s, path, field);
                case "array" -> array(s, path, field, current);
                default -> {
                    if (current instanceof ObjectNode) {
                        fields(s, path, field);
                    }
                }
            }
        }

        void integer(JsonNode s, List<Object> path, String field, boolean required) {
            JsonNodeFactory n = JsonNodeFactory.instance;
            set(path, field, "a fraction", Kind.TYPE, n.numberNode(new java.math.BigDecimal("1.5")), true);
            set(path, field, "1e309", Kind.RANGE, rawValue("1e309"), true);
            set(path, field, "beyond a long", Kind.RANGE, rawValue("99999999999999999999"), true);
            set(path, field, "2,000 digits", Kind.RANGE, rawValue("9".repeat(2_000)), true);
            set(path, field, "NaN", Kind.RANGE, rawValue("NaN"), true);
            set(path, field, "a leading +", Kind.RANGE, rawValue("+1"), true);
            boolean int32 = s.path("format").asText().equals("int32");
            if (int32) {
                set(path, field, "beyond an int", Kind.RANGE, n.numberNode(2147483648L), true);
            }
            if (s.has("minimum")) {
                long min = s.get("minimum").asLong();
                long below = s.path("exclusiveMinimum").asBoolean(false) ? min : min - 1;
                set(path, field, "below the minimum (" + below + ")", Kind.RANGE, n.numberNode(below), true);
                if (below > -1) {
                    set(path, field, "negative", Kind.RANGE, n.numberNode(-1), true);
                }
                set(path, field, "Long.MIN_VALUE", Kind.RANGE, n.numberNode(Long.MIN_VALUE), true);
            }
            if (bounded(s)) {
                long max = s.get("maximum").asLong();
                set(path, field, "above the maximum (" + (max + 1) + ")", Kind.RANGE, n.numberNode(max + 1), true);
                set(path, field, "Long.MAX_VALUE", Kind.RANGE, n.numberNode(Long.MAX_VALUE), true);
            } else if (path.getLast() instanceof String name && name.endsWith("Id")) {
                // No object has this id: refused where the id is required; an optional one may not apply.
                set(path, field, "an id of nothing", Kind.RANGE, n.numberNode(Long.parseLong(NO_SUCH_ID)), required);
            }
        }

        void number(JsonNode s, List<Object> path, String field) {
            JsonNodeFactory n = JsonNodeFactory.instance;
            set(path, field, "1e309", Kind.RANGE, rawValue("1e309"), true);
            set(path, field, "-1e309", Kind.RANGE, rawValue("-1e309"), true);
            set(path, field, "NaN", Kind.RANGE, rawValue("NaN"), true);
            set(path, field, "Infinity", Kind.RANGE, rawValue("Infinity"), true);
            set(path, field, "\"NaN\"", Kind.TYPE, n.textNode("NaN"), true);
            set(path, field, "2,000 digits", Kind.RANGE, rawValue("9".repeat(2_000)), true);
            if (s.has("minimum")) {
                java.math.BigDecimal min = s.get("minimum").decimalValue();
                java.math.BigDecimal below = s.path("exclusiveMinimum").asBoolean(false) ? min
                        : min.subtract(java.math.BigDecimal.ONE);
                set(path, field, "below the minimum", Kind.RANGE, n.numberNode(below), true);
                set(path, field, "negative", Kind.RANGE, n.numberNode(new java.math.BigDecimal("-1")), true);
                if (min.signum() > 0) {
                    set(path, field, "1e-400", Kind.RANGE, rawValue("1e-400"), true);
                }
            }
            if (s.has("maximum")) {
                set(path, field, "above the maximum", Kind.RANGE,
                        n.numberNode(s.get("maximum").decimalValue().add(java.math.BigDecimal.ONE)), true);
            }
            if (s.has("pattern") && !Pattern.compile(s.get("pattern").asText()).matcher("1.123456789").find()) {
                set(path, field, "too many decimals", Kind.RANGE, rawValue("1.123456789"), true);
            }
        }

        void string(JsonNode s, List<Object> path, String field) {
            JsonNodeFactory n = JsonNodeFactory.instance;
            String format = s.path("format").asText();
            if (s.has("enum")) {
                set(path, field, "not one of the values", Kind.FORMAT, n.textNode("NOT_A_VALUE"), true);
                set(path, field, "lower case", Kind.FORMAT, n.textNode(s.get("enum").get(0).asText().toLowerCase()), true);
                set(path, field, "empty", Kind.FORMAT, n.textNode(""), true);
                set(path, field, "its index", Kind.TYPE, n.numberNode(0), true);
            } else if (format.equals("date")) {
                set(path, field, "Feb 30", Kind.FORMAT, n.textNode("2026-02-30"), true);
                set(path, field, "not a date", Kind.FORMAT, n.textNode("not-a-date"), true);
                set(path, field, "year 10000", Kind.FORMAT, n.textNode("+10000-01-01"), true);
                set(path, field, "year -1", Kind.FORMAT, n.textNode("-0001-01-01"), true);
                set(path, field, "no zero padding", Kind.FORMAT, n.textNode("2026-1-1"), true);
                set(path, field, "an epoch day", Kind.TYPE, n.numberNode(20_000), true);
                set(path, field, "an array of numbers", Kind.TYPE, n.arrayNode().add(2026).add(1).add(1), true);
            } else if (format.equals("date-time")) {
                set(path, field, "not a time", Kind.FORMAT, n.textNode("not-a-time"), true);
                set(path, field, "a date only", Kind.FORMAT, n.textNode("2026-01-01"), true);
                set(path, field, "hour 25", Kind.FORMAT, n.textNode("2026-01-01T25:00:00Z"), true);
                set(path, field, "year 10000", Kind.FORMAT, n.textNode("+10000-01-01T00:00:00Z"), true);
                set(path, field, "no offset", Kind.FORMAT, n.textNode("2026-01-01T10:00:00"), true);
                set(path, field, "epoch seconds", Kind.TYPE, n.numberNode(1_767_225_600L), true);
                set(path, field, "Long.MAX_VALUE epoch seconds", Kind.TYPE, n.numberNode(Long.MAX_VALUE), true);
            } else {
                if (s.has("maxLength")) {
                    int max = s.get("maxLength").asInt();
                    set(path, field, "maxLength + 1 (" + (max + 1) + ")", Kind.STRING, n.textNode("x".repeat(max + 1)), true);
                }
                set(path, field, "100,000 characters", Kind.STRING, n.textNode(HUGE), s.has("maxLength") || !freeText(s));
                for (String candidate : List.of("", "   ", "\t\n", "dkk", "EUR", "M L")) {
                    if (violates(s, candidate)) {
                        set(path, field, "\"" + candidate.replace("\t", "\\t").replace("\n", "\\n") + "\"", Kind.STRING,
                                n.textNode(candidate), true);
                    }
                }
                for (String hostile : HOSTILE) {
                    set(path, field, "hostile " + hostile, Kind.HOSTILE, n.textNode(hostile), violates(s, hostile));
                }
            }
            for (Map.Entry<String, String> c : CONTROL.entrySet()) {
                JsonNode value = c.getValue().startsWith("RAW:") ? rawValue(c.getValue().substring(4))
                        : n.textNode(c.getValue());
                // Refused everywhere: free text is plain text (PlainText), and other strings have a format.
                set(path, field, c.getKey(), Kind.CONTROL, value, true);
            }
        }

        void array(JsonNode s, List<Object> path, String field, JsonNode current) {
            JsonNodeFactory n = JsonNodeFactory.instance;
            JsonNode items = resolve(s.path("items"));
            if (s.path("minItems").asInt(0) >= 1) {
                set(path, field, "empty", Kind.ARRAY, n.arrayNode(), true);
            }
            set(path, field, "[null]", Kind.ARRAY, n.arrayNode().addNull(), true);
            JsonNode first = current instanceof ArrayNode a && !a.isEmpty() ? a.get(0) : null;
            if (s.has("maxItems") && s.get("maxItems").asInt() <= 5_000) {
                int count = s.get("maxItems").asInt() + 1;
                ArrayNode many = n.arrayNode();
                for (int i = 0; i < count; i++) {
                    if (items.path("type").asText().equals("string") && !items.has("enum")) {
                        many.add(String.valueOf(i + 1));
                    } else if (items.path("type").asText().equals("integer")) {
                        many.add(i + 1);
                    } else if (first != null) {
                        many.add(first.deepCopy());
                    }
                }
                if (!many.isEmpty()) {
                    set(path, field, "maxItems + 1 (" + count + ")", Kind.ARRAY, many, true);
                }
            }
            if (first != null) {
                value(items, append(path, 0), field, first, true);
            } else if (items.path("type").asText().equals("integer")) {
                // An empty list of ids in the base: one id of nothing.
                set(path, field, "an id of nothing", Kind.RANGE, n.arrayNode().add(Long.parseLong(NO_SUCH_ID)), true);
            }
        }

        /** A variant with the value at path replaced. */
        void set(List<Object> path, String field, String what, Kind kind, JsonNode value, boolean definite) {
            Req r = req(label(path) + ": " + what, kind);
            JsonNode parent = locate(r.json, path.subList(0, path.size() - 1));
            if (parent == null) {
                return;
            }
            if (value.isTextual() && value.asText().startsWith("@@rawvalue:")) {
                value = r.raw(value.asText().substring("@@rawvalue:".length()));
            }
            Object last = path.getLast();
            if (parent instanceof ObjectNode o) {
                o.set((String) last, value);
            } else if (parent instanceof ArrayNode a && a.size() > (Integer) last) {
                a.set((Integer) last, value);
            } else {
                return;
            }
            r.field = field;
            r.definite = definite;
            r.add();
        }

        JsonNode rawValue(String text) {
            return TextNode.valueOf("@@rawvalue:" + text);
        }

        // ---- CSV and image bodies

        void csvVariants() {
            String valid = new String(base.raw(), StandardCharsets.UTF_8);
            String header = valid.lines().findFirst().orElse("");
            String row = valid.lines().skip(1).findFirst().orElse("");
            int columns = header.split(",").length;
            byte[] png = AccessFixtures.png();
            csv("an empty file", "", true);
            csv("a header of other columns", "a,b,c\n1,2,3\n", true);
            csv("no header", row + "\n", true);
            csv("a row with a column missing", header + "\n" + row.substring(0, row.lastIndexOf(',')) + "\n", true);
            csv("a row with a column too many", header + "\n" + row + ",extra\n", true);
            csv("an unterminated quote", header + "\n\"" + row + "\n", true);
            csv("a row of 100,000 characters", header + "\n" + HUGE + ",".repeat(columns - 1) + "\n", true);
            csv("a cell of 100,000 characters", header + "\n" + HUGE + row.substring(row.indexOf(',')) + "\n", false);
            // The directory takes semicolons (Excel's CSV in Danish); elsewhere the header is wrong.
            csv("semicolons", header.replace(',', ';') + "\n" + row.replace(',', ';') + "\n", false);
            csv("a header naming a column twice", header + "," + header.split(",")[0] + "\n" + row + "," + row.split(",")[0]
                    + "\n", true);
            csv("a header with an empty name", header + ",\n" + row + ",x\n", true);
            csv("JSON", "{\"date\": \"2001-01-01\"}", true);
            rawBody("PNG bytes", Kind.BODY, "text/csv", png, true);
            rawBody("invalid UTF-8", Kind.BODY, "text/csv", concat(header.getBytes(StandardCharsets.UTF_8),
                    "\n".getBytes(StandardCharsets.UTF_8), new byte[]{(byte) 0xC3, 0x28, (byte) 0xFF, ','},
                    row.substring(row.indexOf(',') + 1).getBytes(StandardCharsets.UTF_8), new byte[]{'\n'}), true);
            rawBody("Content-Type application/json", Kind.MEDIA_TYPE, "application/json",
                    valid.getBytes(StandardCharsets.UTF_8), true);
            rawBody("no Content-Type", Kind.MEDIA_TYPE, null, valid.getBytes(StandardCharsets.UTF_8), false);
            // Windows-1252, as Excel may save it, not the UTF-8 the contract asks for: a name with an ø.
            String[] renamed = row.split(",", -1);
            int named = Math.max(0, java.util.Arrays.asList(header.split(",")).indexOf("name"));
            renamed[named] = renamed[named] + " S\u00f8ren";
            rawBody("Windows-1252", Kind.BODY, "text/csv", (header + "\n" + String.join(",", renamed) + "\n")
                    .getBytes(java.nio.charset.Charset.forName("windows-1252")), !base.allowedWritesNothing());
            for (int column = 0; column < columns; column++) {
                String[] cells = row.split(",", -1);
                String name = header.split(",")[column];
                Map<String, String> values = orderedMap("empty", "", "blank", "   ", "not a number", "abc",
                        "negative", "-1", "1e309", "1e309", "NaN", "NaN", "a bad date", "2026-02-30", "year 10000",
                        "+10000-01-01", "Long.MAX_VALUE", String.valueOf(Long.MAX_VALUE), "nine decimals", "1.123456789",
                        "a thousand and one million", "1000001");
                HOSTILE.forEach(h -> values.put("hostile " + h, h.replace(",", " ").replace("\"", "'")));
                for (Map.Entry<String, String> v : values.entrySet()) {
                    String[] changed = cells.clone();
                    changed[column] = v.getValue();
                    // Where the column's kind does not rule the cell out (a name, a reference), the file gets a bad
                    // row of its own.
                    Req r = req("CSV " + name + ": " + v.getKey(), v.getKey().startsWith("hostile")
                            ? Kind.HOSTILE : Kind.FORMAT);
                    r.raw = (header + "\n" + String.join(",", changed) + "\n").getBytes(StandardCharsets.UTF_8);
                    r.definite = csvCellInvalid(name, v.getValue().strip());
                    r.add();
                }
                for (Map.Entry<String, String> c : CONTROL.entrySet()) {
                    if (c.getValue().startsWith("RAW:")) {
                        continue;
                    }
                    String[] changed = cells.clone();
                    changed[column] = c.getValue();
                    Req r = req("CSV " + name + ": " + c.getKey(), Kind.CONTROL);
                    r.raw = (header + "\n" + String.join(",", changed) + "\n").getBytes(StandardCharsets.UTF_8);
                    // Refused, unless the file is one that writes nothing for what it does not know.
                    r.definite = !base.allowedWritesNothing();
                    r.add();
                }
            }
        }

        /**
         * Whether a cell is wrong by its column, as the uploads' descriptions in openapi.yaml define them: a date
         * like 2026-08-27, a rate (positive, at most 1,000,000 with 8 decimals), an amount (positive, 2 decimals),
         * a currency or country code. Other columns are text.
         */
        static boolean csvCellInvalid(String column, String cell) {
            return switch (column) {
                case "date" -> !cell.matches("\\d{4}-\\d{2}-\\d{2}") || cell.equals("2026-02-30");
                case "rate" -> !cell.matches("\\d{1,7}([.,]\\d{1,8})?") || new java.math.BigDecimal(cell.replace(',', '.'))
                        .compareTo(java.math.BigDecimal.valueOf(1_000_000)) > 0 || Double.parseDouble(cell.replace(',', '.')) == 0;
                case "amount" -> !cell.matches("\\d{1,12}([.,]\\d{1,2})?") || Double.parseDouble(cell.replace(',', '.')) == 0;
                case "currency", "country" -> !cell.matches("[A-Za-z]{2,3}");
                default -> false;
            };
        }

        void csv(String name, String body, boolean definite) {
            rawBody(name, Kind.BODY, "text/csv", body.getBytes(StandardCharsets.UTF_8), definite);
        }

        void imageVariants() {
            byte[] png = base.raw();
            String type = base.contentType();
            rawBody("an empty image", Kind.BODY, type, new byte[0], true);
            rawBody("text as " + type, Kind.BODY, type, "not an image".getBytes(StandardCharsets.UTF_8), true);
            rawBody("a truncated PNG", Kind.BODY, type, java.util.Arrays.copyOf(png, 40), true);
            rawBody("a PNG sent as image/jpeg", Kind.MEDIA_TYPE, "image/jpeg", png, true);
            rawBody("a PNG sent as image/gif", Kind.MEDIA_TYPE, "image/gif", png, true);
            rawBody("a PNG sent as application/json", Kind.MEDIA_TYPE, "application/json", png, true);
            rawBody("a PNG without Content-Type", Kind.MEDIA_TYPE, null, png, true);
            rawBody("an SVG with a script", Kind.BODY, "image/svg+xml",
                    "<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>".getBytes(StandardCharsets.UTF_8), true);
            rawBody("a PNG header claiming 100000 x 100000 pixels", Kind.BODY, type, pngClaiming(100_000, 100_000), true);
            rawBody("a PNG header claiming 6001 x 1 pixels", Kind.BODY, type, pngClaiming(6_001, 1), true);
            rawBody("a JPEG header only", Kind.BODY, "image/jpeg",
                    new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10}, true);
            rawBody("a WebP header only", Kind.BODY, "image/webp",
                    "RIFF\u0000\u0000\u0000\u0000WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1), true);
            rawBody("3 MB of PNG magic", Kind.BODY, type, concat(java.util.Arrays.copyOf(png, 8), new byte[3 * 1024 * 1024]), true);
        }

        // ---- noise on any operation: what the contract does not mention, which must not break it

        void noise() {
            Map<String, String> extras = orderedMap("an SQL query parameter", "fuzz=" + enc("' OR 1=1 --"),
                    "a NUL query parameter", "fuzz=%00", "a query parameter of invalid UTF-8", "fuzz=%C3%28%FF",
                    "a query without a value", "fuzz", "a query parameter of 1,500 characters", "fuzz=" + LONG_IN_URL);
            for (Map.Entry<String, String> e : extras.entrySet()) {
                Req r = req(e.getKey(), Kind.NOISE);
                String[] kv = e.getValue().split("=", 2);
                r.query.put(kv[0], kv.length > 1 ? kv[1] : null);
                r.definite = false;
                r.add();
            }
            Map<String, String> headers = orderedMap("X-Request-Id", "<script>alert(1)</script>",
                    "If-None-Match", "\"" + "x".repeat(4_000) + "\"", "Accept-Encoding", "gzip;q=abc, br;q=-1",
                    "Accept-Language", "' OR 1=1 --",
                    "Origin", "https://evil.example");
            headers.forEach((name, value) -> headerVariant(
                    "header " + name + ": " + (value.length() > 40 ? value.length() + " characters" : value),
                    Kind.NOISE, name, value, false));
        }
    }

    static JsonNode locate(JsonNode root, List<Object> path) {
        JsonNode node = root;
        for (Object step : path) {
            if (node == null) {
                return null;
            }
            node = step instanceof String name ? node.get(name) : node.get((Integer) step);
        }
        return node;
    }

    static List<Object> append(List<Object> path, Object step) {
        List<Object> longer = new ArrayList<>(path);
        longer.add(step);
        return List.copyOf(longer);
    }

    static String label(List<Object> path) {
        StringBuilder b = new StringBuilder("body ");
        for (Object step : path) {
            if (step instanceof Integer i) {
                b.append('[').append(i).append(']');
            } else {
                b.append(b.length() > 5 ? "." : "").append(step);
            }
        }
        return b.toString();
    }

    static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] p : parts) {
            length += p.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return all;
    }

    /** A PNG signature and an IHDR chunk claiming the given size, and no image data. */
    static byte[] pngClaiming(int width, int height) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(8 + 25);
        b.put(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        b.putInt(13).put("IHDR".getBytes(StandardCharsets.US_ASCII)).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(b.array(), 12, 17);
        b.putInt((int) crc.getValue());
        return b.array();
    }
}
