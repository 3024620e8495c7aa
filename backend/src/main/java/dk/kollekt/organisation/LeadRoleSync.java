package dk.kollekt.organisation;

import dk.kollekt.common.ApiProblem;
import io.quarkus.logging.Log;
import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.Tokens;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Keeps Keycloak's {@code lead} realm role in step with who leads a department in Kollekt, through the
 * Admin REST API with a client-credentials token of the kollekt-api client.
 */
@ApplicationScoped
public class LeadRoleSync {

    static final String LEAD_ROLE = "lead";

    @Inject
    OidcClient oidcClient;

    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    String realmUrl;

    /**
     * Not read here: injected so that a missing KOLLEKT_KEYCLOAK_ADMIN_CLIENT_SECRET stops production at start (config
     * injection points are checked then), not at the first lead change. The OIDC client reads the secret lazily.
     */
    @ConfigProperty(name = "quarkus.oidc-client.credentials.secret")
    String clientSecret;

    private volatile KeycloakAdminApi api;
    private volatile Tokens tokens;

    /**
     * Grants or removes the lead role so that Keycloak says what Kollekt says. A person without a Keycloak
     * account yet is skipped: the role is granted when they first sign in. Fails with 503 when Keycloak
     * cannot be reached, so the caller's transaction rolls back and both sides stay in step.
     */
    public void sync(Employee employee, boolean isLead) {
        try {
            Optional<String> userId = keycloakUserId(employee);
            if (userId.isEmpty()) {
                Log.infof("Employee %d has no Keycloak account yet; lead role follows at first sign-in", employee.id);
                return;
            }
            String bearer = bearer();
            boolean hasRole = api().realmRoles(bearer, userId.get()).stream().anyMatch(r -> LEAD_ROLE.equals(r.name()));
            if (isLead && !hasRole) {
                api().addRealmRoles(bearer, userId.get(), List.of(api().role(bearer, LEAD_ROLE)));
            } else if (!isLead && hasRole) {
                api().removeRealmRoles(bearer, userId.get(), List.of(api().role(bearer, LEAD_ROLE)));
            }
        } catch (WebApplicationException | ProcessingException e) {
            Log.warnf("Keycloak role sync failed for employee %d: %s", employee.id, e.getMessage());
            throw ApiProblem.unavailable("Keycloak could not be updated; nothing was changed. Try again shortly.");
        }
    }

    private Optional<String> keycloakUserId(Employee employee) {
        if (employee.keycloakSubject != null) {
            return Optional.of(employee.keycloakSubject);
        }
        return api().usersByEmail(bearer(), employee.email, true).stream()
                .filter(u -> employee.email.equalsIgnoreCase(u.email()))
                .map(KeycloakAdminApi.UserRepresentation::id)
                .findFirst();
    }

    private String bearer() {
        Tokens current = tokens;
        if (current == null || current.isAccessTokenWithinRefreshInterval() || current.isAccessTokenExpired()) {
            current = oidcClient.getTokens().await().atMost(Duration.ofSeconds(10));
            tokens = current;
        }
        return "Bearer " + current.getAccessToken();
    }

    private KeycloakAdminApi api() {
        if (api == null) {
            URI adminUrl = URI.create(realmUrl.replaceFirst("/realms/([^/]+)/?$", "/admin/realms/$1"));
            api = QuarkusRestClientBuilder.newBuilder().baseUri(adminUrl)
                    .connectTimeout(5, java.util.concurrent.TimeUnit.SECONDS)
                    .readTimeout(10, java.util.concurrent.TimeUnit.SECONDS)
                    .build(KeycloakAdminApi.class);
        }
        return api;
    }
}
