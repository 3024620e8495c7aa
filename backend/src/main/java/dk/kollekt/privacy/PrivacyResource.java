package dk.kollekt.privacy;

import dk.kollekt.common.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.NotNull;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import java.util.List;

/** Data protection: a person's data download, and erasure requests that employees make and admins decide. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Data protection")
public class PrivacyResource {

    @Inject
    MyDataService myData;
    @Inject
    ErasureService erasure;
    @Inject
    Caller caller;

    @GET
    @Path("/me/data")
    @RolesAllowed({"employee", "lead", "ngo", "admin"})
    @Operation(operationId = "downloadMyData", summary = "Everything Kollekt holds about me, as one JSON file")
    @APIResponse(responseCode = "200", description = "A download (Content-Disposition: attachment)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MyData.class)))
    public RestResponse<MyData> download() {
        return RestResponse.ResponseBuilder.ok(myData.of(caller.subject(), caller.placement()),
                        MediaType.APPLICATION_JSON_TYPE)
                .header("Content-Disposition", "attachment; filename=\"kollekt-my-data.json\"").build();
    }

    @GET
    @Path("/me/erasure-requests")
    @RolesAllowed({"employee", "lead", "admin"})
    @Operation(operationId = "listMyErasureRequests", summary = "My erasure requests, newest first")
    public List<ErasureRequestView> mine() {
        return erasure.mine(caller.employee());
    }

    @POST
    @Path("/me/erasure-requests")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"employee", "lead", "admin"})
    @Operation(operationId = "requestErasure", summary = "Ask for the erasure of my personal data")
    @APIResponse(responseCode = "201", description = "The request, open until an admin decides or I withdraw it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ErasureRequestView.class)))
    @APIResponse(responseCode = "409", description = "A request of mine is open already")
    public RestResponse<ErasureRequestView> request(@Valid @NotNull ErasureRequestBody body) {
        ErasureRequestView made = erasure.request(caller.employee(), body);
        return RestResponse.ResponseBuilder.<ErasureRequestView>created(URI.create("/api/me/erasure-requests"))
                .entity(made).build();
    }

    @POST
    @Path("/me/erasure-requests/{id}/withdraw")
    @RolesAllowed({"employee", "lead", "admin"})
    @Operation(operationId = "withdrawErasureRequest", summary = "Withdraw my open erasure request")
    @APIResponse(responseCode = "200", description = "The withdrawn request")
    @APIResponse(responseCode = "409", description = "Already decided or withdrawn")
    public ErasureRequestView withdraw(@PathParam("id") @Positive long id) {
        return erasure.withdraw(id, caller.employee());
    }

    @GET
    @Path("/erasure-requests")
    @RolesAllowed("admin")
    @Operation(operationId = "listErasureRequests",
            summary = "Erasure requests: every open one (oldest first), then the 100 most recently decided")
    public List<ErasureRequestView> list() {
        return erasure.list();
    }

    @POST
    @Path("/erasure-requests/{id}/complete")
    @RolesAllowed("admin")
    @Operation(operationId = "completeErasureRequest",
            summary = "Erase the person's personal data across Kollekt; every contribution and total stays")
    @APIResponse(responseCode = "200", description = "The completed request")
    @APIResponse(responseCode = "403", description = "Not an admin, or the admin's own request")
    @APIResponse(responseCode = "409", description = "Already decided, or pledges of the person are left to settle")
    public ErasureRequestView complete(@PathParam("id") @Positive long id) {
        return erasure.complete(id, caller.placement().orElse(null));
    }

    @POST
    @Path("/erasure-requests/{id}/refuse")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("admin")
    @Operation(operationId = "refuseErasureRequest", summary = "Refuse an erasure request, with a reason")
    @APIResponse(responseCode = "200", description = "The refused request")
    @APIResponse(responseCode = "403", description = "Not an admin, or the admin's own request")
    @APIResponse(responseCode = "409", description = "Already decided or withdrawn")
    public ErasureRequestView refuse(@PathParam("id") @Positive long id, @Valid @NotNull RefusalRequest body) {
        return erasure.refuse(id, body.reason(), caller.placement().orElse(null));
    }
}
