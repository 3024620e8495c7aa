package dk.kollekt.session;

import dk.kollekt.common.KollektConfig;
import dk.kollekt.common.Problem;
import dk.kollekt.common.Role;
import dk.kollekt.organisation.OrganisationService;
import dk.kollekt.organisation.Placement;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import dk.kollekt.common.Caller;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

/** Who is signed in, and the settings the app needs to sign in. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Session")
public class SessionResource {

    @Inject
    SecurityIdentity identity;
    @Inject
    JsonWebToken token;
    @Inject
    OrganisationService organisation;
    @Inject
    Caller caller;

    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    String realmUrl;
    @Inject
    KollektConfig config;

    @GET
    @Path("/config")
    @PermitAll
    @SecurityRequirement(name = "none")
    @Operation(operationId = "getClientConfig", summary = "Public settings the app needs before sign-in")
    public ClientConfig config() {
        Matcher m = java.util.regex.Pattern.compile("^(.*)/realms/([^/]+)/?$").matcher(realmUrl);
        if (!m.matches()) {
            throw new IllegalStateException("The OIDC URL is not a Keycloak realm URL");
        }
        return new ClientConfig(m.group(1), m.group(2), config.spaClientId());
    }

    @GET
    @Path("/me")
    @Authenticated
    @Operation(operationId = "getMe", summary = "The signed-in person and where they belong")
    @APIResponse(responseCode = "200", description = "The signed-in person")
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Me me() {
        String email = token.getClaim("email");
        Boolean verified = token.getClaim("email_verified");
        Optional<Placement> placement = organisation.placementOf(token.getSubject(), email, Boolean.TRUE.equals(verified));
        List<Role> roles = Arrays.stream(Role.values()).filter(r -> identity.hasRole(r.name())).toList();
        String name = placement.map(Placement::name).orElseGet(this::tokenName);
        return placement
                .map(p -> new Me(token.getSubject(), name, email, roles, p.employeeNumber(), p.department(),
                        p.location(), p.country(), p.country().currency(), p.departmentSince(), p.leads(),
                        p.shownOnBoards()))
                .orElseGet(() -> new Me(token.getSubject(), name, email, roles, null, null, null, null, null, null,
                        List.of(), null));
    }

    @PUT
    @Path("/me/preferences")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"employee", "lead", "admin"})
    @Operation(operationId = "updateMyPreferences", summary = "Choose whether I appear by name on leaderboards")
    @APIResponse(responseCode = "200", description = "The signed-in person with the new choice")
    public Me updatePreferences(@Valid @NotNull MyPreferences preferences) {
        organisation.showOnBoards(caller.employee().employeeId(), preferences.shownOnBoards());
        return me();
    }

    private String tokenName() {
        String name = token.getClaim("name");
        return name != null ? name : token.getName();
    }
}
