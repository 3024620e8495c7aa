package dk.kollekt.collection;

import dk.kollekt.common.Caller;
import dk.kollekt.common.Role;
import dk.kollekt.common.idempotency.IdempotencyService;
import dk.kollekt.common.idempotency.IdempotencyService.Outcome;
import dk.kollekt.ledger.CancelRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import java.util.List;

/** Collections outside the app: recorded by a department's lead, confirmed or cancelled by an admin. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Collections")
public class CollectionResource {

    @Inject
    CollectionService collections;
    @Inject
    IdempotencyService idempotency;
    @Inject
    Caller caller;

    @POST
    @Path("/departments/{departmentId}/collections")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"lead", "admin"})
    @Operation(operationId = "recordCollection",
            summary = "Record money the department collected outside the app (lead of the department, or admin)")
    @APIResponse(responseCode = "201", description = "The collection, pledged in the ledger and on the boards",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CollectionView.class)))
    @APIResponse(responseCode = "409", description = "A request with this Idempotency-Key is still held by an instance of the previous version (during an upgrade); retry the same key")
    @APIResponse(responseCode = "422", description = "Closed project post, no exchange rate, too large, or the key was used for another body")
    public RestResponse<CollectionView> record(
            @PathParam("departmentId") @Positive long departmentId,
            @Parameter(description = "Unique per collection (e.g. a UUID); resend it on retry", required = true)
            @HeaderParam(IdempotencyService.HEADER) String key,
            @Valid @NotNull CollectionRequest request) {
        boolean admin = caller.is(Role.admin);
        return idempotency.once(caller.subject(), key, "collection:" + departmentId, request, CollectionView.class, () -> {
            CollectionView collection = collections.record(departmentId, caller.employee(), admin, request);
            return Outcome.created(collection, URI.create("/api/collections/" + collection.id()));
        });
    }

    @GET
    @Path("/departments/{departmentId}/collections")
    @RolesAllowed({"lead", "admin"})
    @Operation(operationId = "listDepartmentCollections", summary = "A department's collections (its leads, admins)")
    public List<CollectionView> ofDepartment(@PathParam("departmentId") @Positive long departmentId) {
        return collections.ofDepartment(departmentId, caller.placement().orElse(null), caller.is(Role.admin));
    }

    @GET
    @Path("/collections")
    @RolesAllowed("admin")
    @Operation(operationId = "listCollections", summary = "The newest collections, to confirm or cancel")
    public List<CollectionView> newest(@QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return collections.newest(limit);
    }

    @POST
    @Path("/collections/{id}/confirm")
    @RolesAllowed("admin")
    @Operation(operationId = "confirmCollection", summary = "The money arrived: the collection becomes collected")
    @APIResponse(responseCode = "200", description = "The confirmed collection")
    @APIResponse(responseCode = "409", description = "Already collected or cancelled")
    public CollectionView confirm(@PathParam("id") @Positive long id) {
        return collections.confirm(id);
    }

    @POST
    @Path("/collections/{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("admin")
    @Operation(operationId = "cancelCollection", summary = "The money did not arrive: cancel the collection, with a reason")
    @APIResponse(responseCode = "200", description = "The cancelled collection")
    @APIResponse(responseCode = "409", description = "Already collected or cancelled")
    public CollectionView cancel(@PathParam("id") @Positive long id, @Valid @NotNull CancelRequest request) {
        return collections.cancel(id, request.reason());
    }
}
