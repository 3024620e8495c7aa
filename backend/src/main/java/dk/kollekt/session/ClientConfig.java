package dk.kollekt.session;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the app needs before sign-in: where Keycloak is and which client it is. */
@Schema(name = "ClientConfig", requiredProperties = {"keycloakUrl", "realm", "clientId"})
public record ClientConfig(
        @Schema(description = "Keycloak base URL, e.g. http://localhost:8180") String keycloakUrl,
        String realm,
        String clientId) {
}
