package dk.kollekt.organisation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** The part of Keycloak's Admin REST API (/admin/realms/{realm}) that Kollekt uses to sync roles. */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface KeycloakAdminApi {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record UserRepresentation(String id, String username, String email) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record RoleRepresentation(String id, String name) {
    }

    @GET
    @Path("/users")
    List<UserRepresentation> usersByEmail(@HeaderParam("Authorization") String bearer,
                                          @QueryParam("email") String email, @QueryParam("exact") boolean exact);

    @GET
    @Path("/roles/{role}")
    RoleRepresentation role(@HeaderParam("Authorization") String bearer, @PathParam("role") String role);

    @GET
    @Path("/users/{id}/role-mappings/realm")
    List<RoleRepresentation> realmRoles(@HeaderParam("Authorization") String bearer, @PathParam("id") String userId);

    @POST
    @Path("/users/{id}/role-mappings/realm")
    void addRealmRoles(@HeaderParam("Authorization") String bearer, @PathParam("id") String userId,
                       List<RoleRepresentation> roles);

    @DELETE
    @Path("/users/{id}/role-mappings/realm")
    void removeRealmRoles(@HeaderParam("Authorization") String bearer, @PathParam("id") String userId,
                          List<RoleRepresentation> roles);
}
