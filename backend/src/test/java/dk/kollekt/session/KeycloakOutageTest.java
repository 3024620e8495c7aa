package dk.kollekt.session;

import dk.kollekt.common.TcpProxy;
import dk.kollekt.common.Tokens;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static dk.kollekt.common.Api.anonymous;
import static dk.kollekt.common.Api.withToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Keycloak stops answering (a black-hole proxy between the API and it): tokens already issued keep working, since
 * the API verifies them with the signing keys it has, and bad tokens are still refused at once.
 */
@QuarkusTest
@TestProfile(KeycloakOutageTest.BehindAProxy.class)
class KeycloakOutageTest {

    static TcpProxy proxy;

    public static class BehindAProxy implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(ProxiedKeycloak.class));
        }
    }

    /** The test realm (the local Keycloak, or KOLLEKT_OIDC_URL's) reached through {@link TcpProxy}. */
    public static class ProxiedKeycloak implements QuarkusTestResourceLifecycleManager {
        @Override
        public Map<String, String> start() {
            String configured = System.getenv("KOLLEKT_OIDC_URL");
            String realm = configured != null && !configured.isBlank() ? configured
                    : "http://localhost:8180/realms/kollekt";
            URI uri = URI.create(realm);
            try {
                proxy = TcpProxy.to(uri.getHost(), uri.getPort());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            // Tokens are fetched through the proxy too, so they name it as their issuer.
            String proxied = uri.getScheme() + "://" + uri.getHost() + ":" + proxy.port() + uri.getPath();
            return Map.of("quarkus.oidc.auth-server-url", proxied, "quarkus.oidc-client.auth-server-url", proxied);
        }

        @Override
        public void stop() {
            try {
                proxy.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
    }

    @Test
    void issuedTokensKeepWorkingWhileKeycloakIsDown() {
        String emma = Tokens.of("emma");
        withToken(emma).get("/api/me").then().statusCode(200);
        String[] parts = emma.split("\\.");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(Base64.getUrlDecoder().decode(parts[1])).replace("\"employee\"", "\"admin\"").getBytes())
                + "." + parts[2];

        proxy.freeze();
        try {
            long started = System.nanoTime();
            withToken(emma).get("/api/me").then().statusCode(200).body("name", equalTo("Emma Hansen"));
            anonymous().auth().oauth2(forged).get("/api/me").then().statusCode(401)
                    .contentType("application/problem+json");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        } finally {
            proxy.thaw();
        }
    }
}
