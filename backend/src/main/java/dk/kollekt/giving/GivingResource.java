package dk.kollekt.giving;

import dk.kollekt.common.Caller;
import dk.kollekt.common.idempotency.IdempotencyService;
import dk.kollekt.common.idempotency.IdempotencyService.Outcome;
import dk.kollekt.ledger.ContributionView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;

/** Employees give directly to a project post. */
@Path("/donations")
@Tag(name = "Giving")
public class GivingResource {

    @Inject
    GivingService giving;
    @Inject
    IdempotencyService idempotency;
    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"employee", "lead", "admin"})
    @Operation(operationId = "donate", summary = "Give to a project post (a pledge, settled by payroll or mobile payment)")
    @APIResponse(responseCode = "201", description = "The pledge, in the ledger",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContributionView.class)))
    @APIResponse(responseCode = "409", description = "A request with this Idempotency-Key is still held by an instance of the previous version (during an upgrade); retry the same key")
    @APIResponse(responseCode = "422", description = "Closed project post, no exchange rate, too large, or the key was used for another body")
    public RestResponse<ContributionView> donate(
            @Parameter(description = "Unique per pledge (e.g. a UUID); resend it on retry", required = true)
            @HeaderParam(IdempotencyService.HEADER) String key,
            @Valid @NotNull DonationRequest request) {
        return idempotency.once(caller.subject(), key, "donate", request, ContributionView.class, () -> {
            ContributionView pledge = giving.donate(caller.employee(), request);
            return Outcome.created(pledge, URI.create("/api/contributions/" + pledge.id()));
        });
    }
}
