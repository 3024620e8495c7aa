package dk.kollekt.corporate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import java.util.List;

/** The company's donation per year: registered by an admin, split proposed by NGO staff, approved by an admin. */
@Path("/corporate-donations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Corporate donation")
public class CorporateResource {

    @Inject
    CorporateService corporate;
    @Inject
    JsonWebToken token;

    /** Who acts, as shown in the history: the sign-in name. */
    private String actor() {
        String name = token.getClaim("preferred_username");
        return name != null ? name : token.getSubject();
    }

    @GET
    @RolesAllowed({"ngo", "admin"})
    @Operation(operationId = "listCorporateDonations", summary = "Every year's corporate donation with its splits")
    public List<DonationView> list() {
        return corporate.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("admin")
    @Operation(operationId = "registerCorporateDonation", summary = "Register the company's donation for a year")
    @APIResponse(responseCode = "201", description = "The donation, with no split yet",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DonationView.class)))
    @APIResponse(responseCode = "409", description = "That year's donation is already registered")
    public RestResponse<DonationView> register(@Valid @NotNull DonationRequest request) {
        DonationView view = corporate.register(request, actor());
        return RestResponse.ResponseBuilder.<DonationView>created(URI.create("/api/corporate-donations/" + view.year()))
                .entity(view).build();
    }

    @GET
    @Path("/{year}")
    @RolesAllowed({"ngo", "admin"})
    @Operation(operationId = "getCorporateDonation", summary = "A year's corporate donation with every proposal")
    public DonationView get(@PathParam("year") @Min(2000) @Max(2100) int year) {
        return corporate.get(year);
    }

    @GET
    @Path("/{year}/history")
    @RolesAllowed({"ngo", "admin"})
    @Operation(operationId = "getCorporateDonationHistory",
            summary = "Every proposal and decision on the year's split: who, when and their comment")
    public List<HistoryEntry> history(@PathParam("year") @Min(2000) @Max(2100) int year) {
        return corporate.history(year);
    }

    @POST
    @Path("/{year}/splits")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("ngo")
    @Operation(operationId = "proposeCorporateSplit",
            summary = "NGO staff propose a split across project posts that sums exactly to the donation")
    @APIResponse(responseCode = "200", description = "The donation with the new proposal")
    @APIResponse(responseCode = "409", description = "A proposal is already waiting for a decision")
    @APIResponse(responseCode = "422", description = "The parts do not sum to the donation, or a post is closed or repeated")
    public DonationView propose(@PathParam("year") @Min(2000) @Max(2100) int year, @Valid @NotNull SplitRequest request) {
        return corporate.propose(year, request, actor());
    }

    @POST
    @Path("/{year}/splits/{splitId}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("admin")
    @Operation(operationId = "approveCorporateSplit",
            summary = "Approve a proposed split: it enters the ledger, replacing the split approved before")
    @APIResponse(responseCode = "200", description = "The donation with the approved split")
    @APIResponse(responseCode = "409", description = "The split is not waiting for a decision")
    public DonationView approve(@PathParam("year") @Min(2000) @Max(2100) int year, @PathParam("splitId") @Positive long splitId,
                                @Valid @NotNull DecisionRequest request) {
        return corporate.approve(year, splitId, request.comment(), actor());
    }

    @POST
    @Path("/{year}/splits/{splitId}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("admin")
    @Operation(operationId = "returnCorporateSplit", summary = "Send a proposed split back to the NGO with a comment")
    @APIResponse(responseCode = "200", description = "The donation with the returned split")
    @APIResponse(responseCode = "409", description = "The split is not waiting for a decision")
    public DonationView sendBack(@PathParam("year") @Min(2000) @Max(2100) int year, @PathParam("splitId") @Positive long splitId,
                                 @Valid @NotNull DecisionRequest request) {
        return corporate.sendBack(year, splitId, request.comment(), actor());
    }

    @POST
    @Path("/{year}/paid")
    @RolesAllowed("admin")
    @Operation(operationId = "markCorporateDonationPaid",
            summary = "The company paid: the approved split's contributions become collected")
    @APIResponse(responseCode = "200", description = "The donation, its approved parts collected")
    @APIResponse(responseCode = "409", description = "No split is approved yet")
    public DonationView paid(@PathParam("year") @Min(2000) @Max(2100) int year) {
        return corporate.paid(year);
    }
}
