package dk.kollekt.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import static io.gatling.javaapi.http.HttpDsl.http;

/** The settings run.sh hands every simulation (environment variables BENCH_*), and plain HTTP for their setup. */
final class Bench {

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    static final String BASE_URL = env("BENCH_BASE_URL", "http://localhost:8095");
    static final String REALM_URL = env("BENCH_KEYCLOAK_URL", "http://localhost:8180") + "/realms/kollekt";
    /** Where a simulation writes what Gatling does not measure (latencies over streams, memory, time windows). */
    static final Path OUT = Path.of(env("BENCH_OUT", "target/bench-out"));
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private Bench() {
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    static int intEnv(String name, int fallback) {
        return Integer.parseInt(env(name, Integer.toString(fallback)));
    }

    static double doubleEnv(String name, double fallback) {
        return Double.parseDouble(env(name, Double.toString(fallback)));
    }

    static HttpProtocolBuilder protocol() {
        return http.baseUrl(BASE_URL)
                .acceptHeader("application/json")
                .contentTypeHeader("application/json")
                .userAgentHeader("kollekt-bench")
                .disableCaching()
                .warmUp(BASE_URL + "/q/health/ready");
    }

    static JsonNode get(String path, String user) {
        return send(HttpRequest.newBuilder(URI.create(BASE_URL + path)).GET(), user, 200);
    }

    static JsonNode post(String path, String user, String body, int expected) {
        return send(HttpRequest.newBuilder(URI.create(BASE_URL + path))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(body)), user, expected);
    }

    private static JsonNode send(HttpRequest.Builder request, String user, int expected) {
        try {
            HttpResponse<String> response = CLIENT.send(request.header("Authorization", "Bearer " + Tokens.of(user))
                    .header("Accept", "application/json").timeout(Duration.ofMinutes(2)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new IllegalStateException(response.request().method() + " " + response.request().uri() + ": "
                        + response.statusCode() + " " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The first project post of the first NGO: where the benchmark's pledges go. */
    static long projectPost(String user) {
        return get("/api/ngos", user).get(0).get("posts").get(0).get("id").asLong();
    }

    static void write(String name, Object value) {
        try {
            Files.createDirectories(OUT);
            JSON.writeValue(OUT.resolve(name).toFile(), value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
