package dk.kollekt.sponsorship;

import dk.kollekt.common.Caller;
import dk.kollekt.common.Role;
import dk.kollekt.common.idempotency.IdempotencyService;
import dk.kollekt.common.idempotency.IdempotencyService.Outcome;
import dk.kollekt.ledger.CancelRequest;
import dk.kollekt.organisation.Placement;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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
import java.util.List;

/** Activities colleagues sponsor, opened from a share link (/s/CODE), and the pledges to them. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sponsorship")
public class SponsorshipResource {

    /** A share code: six capital letters and digits (SponsorshipService makes them). */
    static final String CODE = "[A-Z0-9]{6}";

    @Inject
    SponsorshipService sponsorships;
    @Inject
    IdempotencyService idempotency;
    @Inject
    Caller caller;

    @POST
    @Path("/activities")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"employee", "lead", "admin"})
    @Operation(operationId = "publishActivity", summary = "Publish an activity for colleagues to sponsor; gets a share link")
    @APIResponse(responseCode = "201", description = "The activity and its share link",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActivityView.class)))
    @APIResponse(responseCode = "422", description = "The project post is not open")
    public RestResponse<ActivityView> publish(@Valid @NotNull ActivityRequest request) {
        ActivityView activity = sponsorships.publish(caller.employee(), request);
        return RestResponse.ResponseBuilder.<ActivityView>created(URI.create("/api/activities/" + activity.code()))
                .entity(activity).build();
    }

    @GET
    @Path("/activities/mine")
    @RolesAllowed({"employee", "lead", "admin"})
    @Operation(operationId = "listMyActivities", summary = "Activities I published")
    public List<ActivityView> mine() {
        return sponsorships.ofOwner(caller.employee().employeeId());
    }

    @GET
    @Path("/activities/{code}")
    @RolesAllowed({"employee", "lead", "ngo", "admin"})
    @Operation(operationId = "getActivity", summary = "The sponsorship page of a share code: raised, sponsors, estimate, messages")
    public ActivityView page(@PathParam("code") @Pattern(regexp = CODE, message = "is not a share code") @Size(max = 6) String code) {
        return sponsorships.page(code, caller.placement().map(Placement::employeeId).orElse(null));
    }

    @POST
    @Path("/activities/{code}/pledges")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"employee", "lead", "admin"})
    @Operation(operationId = "pledgeToActivity", summary = "Sponsor an activity: a fixed amount, or per unit with an optional cap")
    @APIResponse(responseCode = "201", description = "The pledge",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SponsorshipPledgeView.class)))
    @APIResponse(responseCode = "409", description = "The activity takes no more pledges, or a request with this key is still held by an instance of the previous version (during an upgrade)")
    @APIResponse(responseCode = "422", description = "Too large, no exchange rate, or the key was used for another body")
    public RestResponse<SponsorshipPledgeView> pledge(
            @PathParam("code") @Pattern(regexp = CODE, message = "is not a share code") @Size(max = 6) String code,
            @Parameter(description = "Unique per pledge (e.g. a UUID); resend it on retry", required = true)
            @HeaderParam(IdempotencyService.HEADER) String key,
            @Valid @NotNull PledgeRequest request) {
        return idempotency.once(caller.subject(), key, "pledge:" + code, request, SponsorshipPledgeView.class, () -> {
            SponsorshipPledgeView pledge = sponsorships.pledge(code, caller.employee(), request);
            return Outcome.created(pledge, URI.create("/api/sponsorship-pledges/" + pledge.id()));
        });
    }

    @POST
    @Path("/activities/{code}/result")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"employee", "lead", "admin"})
    @Operation(operationId = "reportActivityResult",
            summary = "Report the result (owner): per-unit pledges become amounts in the ledger")
    @APIResponse(responseCode = "200", description = "The completed activity",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActivityView.class)))
    @APIResponse(responseCode = "409", description = "Already completed or closed, before the activity's date, or a request with this key is still held by an instance of the previous version (during an upgrade)")
    @APIResponse(responseCode = "422", description = "The key was used for another body")
    public RestResponse<ActivityView> reportResult(
            @PathParam("code") @Pattern(regexp = CODE, message = "is not a share code") @Size(max = 6) String code,
            @Parameter(description = "Unique per report (e.g. a UUID); resend it on retry", required = true)
            @HeaderParam(IdempotencyService.HEADER) String key,
            @Valid @NotNull ResultRequest request) {
        return idempotency.once(caller.subject(), key, "result:" + code, request, ActivityView.class,
                () -> Outcome.ok(sponsorships.reportResult(code, caller.employee().employeeId(), request.result())));
    }

    @POST
    @Path("/activities/{code}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"employee", "lead", "admin"})
    @Operation(operationId = "closeActivity",
            summary = "Close an activity whose result will not come (owner or admin): per-unit pledges lapse, fixed ones stand")
    @APIResponse(responseCode = "200", description = "The closed activity")
    @APIResponse(responseCode = "409", description = "Already completed or closed")
    public ActivityView close(@PathParam("code") @Pattern(regexp = CODE, message = "is not a share code") @Size(max = 6) String code, @Valid @NotNull CloseRequest request) {
        return sponsorships.close(code, caller.placement().map(Placement::employeeId).orElse(null),
                caller.is(Role.admin), request.reason());
    }

    @GET
    @Path("/sponsorship-pledges/mine")
    @RolesAllowed({"employee", "lead", "admin"})
    @Operation(operationId = "listMySponsorshipPledges", summary = "My sponsorship pledges and their status")
    public List<SponsorshipPledgeView> myPledges() {
        return sponsorships.ofSponsor(caller.employee().employeeId());
    }

    @POST
    @Path("/sponsorship-pledges/{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"employee", "lead", "admin"})
    @Operation(operationId = "cancelSponsorshipPledge",
            summary = "Cancel my sponsorship pledge until it is collected (an admin any, with a reason)")
    @APIResponse(responseCode = "200", description = "The cancelled pledge")
    @APIResponse(responseCode = "409", description = "Already collected, cancelled or lapsed")
    public SponsorshipPledgeView cancel(@PathParam("id") @Positive long id, @Valid @NotNull CancelRequest request) {
        return sponsorships.cancel(id, caller.placement().map(Placement::employeeId).orElse(null),
                caller.is(Role.admin), request.reason());
    }
}
