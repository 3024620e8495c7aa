package dk.kollekt.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Real access tokens of the demo users from Keycloak (password grant of the public client kollekt-cli, which adds the
 * kollekt-api audience), RS256-signed and verified by the API as in production. The realm gives them 5 minutes (a
 * Keycloak under test may give less): a background thread refreshes each one when half its life is gone (refresh-token
 * grant, password grant when that fails), so virtual users only read the current one and never wait for Keycloak.
 */
final class Tokens {

    private static final String PASSWORD = Bench.env("BENCH_PASSWORD", "demo");
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private record Token(JsonNode grant, long refreshAtMillis) {

        static Token of(JsonNode grant) {
            long lifeMillis = grant.path("expires_in").asLong(300) * 1000;
            return new Token(grant, System.currentTimeMillis() + Math.max(1000, lifeMillis / 2));
        }
    }

    private static final Map<String, Token> CURRENT = new ConcurrentHashMap<>();
    private static final ScheduledExecutorService REFRESHER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "token-refresh");
        t.setDaemon(true);
        return t;
    });

    static {
        REFRESHER.scheduleWithFixedDelay(Tokens::refreshDue, 500, 500, TimeUnit.MILLISECONDS);
    }

    private Tokens() {
    }

    /** The user's current access token; the first call for a user signs them in. */
    static String of(String user) {
        return CURRENT.computeIfAbsent(user, u -> Token.of(grant(Map.of("grant_type", "password", "username", u,
                "password", PASSWORD)))).grant().get("access_token").asText();
    }

    /** The access token's lifetime in seconds, as Keycloak gave it (for the report). */
    static long lifetimeSeconds(String user) {
        of(user);
        return CURRENT.get(user).grant().path("expires_in").asLong();
    }

    private static void refreshDue() {
        for (var entry : CURRENT.entrySet()) {
            if (System.currentTimeMillis() < entry.getValue().refreshAtMillis()) {
                continue;
            }
            String user = entry.getKey();
            try {
                CURRENT.put(user, Token.of(refresh(user, entry.getValue().grant())));
            } catch (RuntimeException e) {
                System.err.println("Token refresh of " + user + " failed (the current token stays): " + e.getMessage());
            }
        }
    }

    private static JsonNode refresh(String user, JsonNode token) {
        try {
            return grant(Map.of("grant_type", "refresh_token", "refresh_token", token.get("refresh_token").asText()));
        } catch (RuntimeException e) {
            return grant(Map.of("grant_type", "password", "username", user, "password", PASSWORD));
        }
    }

    private static JsonNode grant(Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&", "client_id=kollekt-cli&", ""));
        try {
            HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(
                            URI.create(Bench.REALM_URL + "/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak token " + form.get("grant_type") + ": "
                        + response.statusCode() + " " + response.body());
            }
            return Bench.JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak at " + Bench.REALM_URL + " did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
