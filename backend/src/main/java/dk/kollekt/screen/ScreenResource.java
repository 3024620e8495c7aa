package dk.kollekt.screen;

import dk.kollekt.common.Caller;
import dk.kollekt.common.Role;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestStreamElementType;

import java.net.URI;
import java.util.List;

/** Canteen screens: leads and admins make read-only board links; the links open without a login. */
@Path("/screens")
@Tag(name = "Screens")
public class ScreenResource {

    @Inject
    ScreenService screens;
    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"lead", "admin"})
    @Operation(operationId = "createScreen", summary = "Make a read-only canteen-screen link to one board")
    @APIResponse(responseCode = "201", description = "The screen and its link path",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScreenView.class)))
    public RestResponse<ScreenView> create(@Valid @NotNull ScreenRequest request) {
        ScreenView screen = screens.create(caller.employee(), request);
        return RestResponse.ResponseBuilder.<ScreenView>created(URI.create("/api/screens/" + screen.id()))
                .entity(screen).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"lead", "admin"})
    @Operation(operationId = "listScreens", summary = "My screen links (admins: all)")
    public List<ScreenView> list() {
        return screens.list(caller.employee(), caller.is(Role.admin));
    }

    @POST
    @Path("/{id}/revoke")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"lead", "admin"})
    @Operation(operationId = "revokeScreen", summary = "Revoke a screen link: it shows nothing from now on")
    public ScreenView revoke(@PathParam("id") @Positive long id) {
        return screens.revoke(id, caller.placement().orElse(null), caller.is(Role.admin));
    }

    @GET
    @Path("/{token}/board")
    @Produces(MediaType.APPLICATION_JSON)
    @PermitAll
    @SecurityRequirement(name = "none")
    @Operation(operationId = "getScreenBoard", summary = "The board of a screen link (no login; the link is the key)")
    public ScreenBoard board(@PathParam("token") @Pattern(regexp = "[0-9a-f]{32}", message = "is not a screen link") @Size(max = 32) String token) {
        return screens.show(token);
    }

    @GET
    @Path("/{token}/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @PermitAll
    @SecurityRequirement(name = "none")
    @Operation(operationId = "watchScreenBoard", summary = "The screen's board, live (server-sent events; no login)")
    @Blocking
    @APIResponse(responseCode = "200", description = "A stream of ScreenBoard events",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(implementation = ScreenBoard.class)))
    public Multi<ScreenBoard> watch(@PathParam("token") @Pattern(regexp = "[0-9a-f]{32}", message = "is not a screen link") @Size(max = 32) String token) {
        return screens.watch(token);
    }
}
