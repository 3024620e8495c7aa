package dk.kollekt.shirt;

import dk.kollekt.common.Caller;
import dk.kollekt.common.Problem;
import dk.kollekt.common.Role;
import dk.kollekt.common.idempotency.IdempotencyService;
import dk.kollekt.common.idempotency.IdempotencyService.Outcome;
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
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.io.InputStream;
import java.net.URI;
import java.util.List;

/** Shirt campaigns: admins set them up and record print runs; employees and leads order; the NGO reads totals. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Shirts")
public class ShirtResource {

    /** An If-None-Match value: * or entity tags separated by commas (RFC 9110). */
    private static final String ENTITY_TAGS = "\\*|(W/)?\"[^\"]*\"(\\s*,\\s*(W/)?\"[^\"]*\")*";

    @Inject
    ShirtCampaignService campaigns;
    @Inject
    ShirtOrderService orders;
    @Inject
    PrintService printing;
    @Inject
    IdempotencyService idempotency;
    @Inject
    Caller caller;

    @GET
    @Path("/shirt-campaigns")
    @RolesAllowed({"employee", "lead", "ngo", "admin"})
    @Operation(operationId = "listShirtCampaigns", summary = "Shirt campaigns, latest deadline first")
    public List<CampaignView> list() {
        return campaigns.list();
    }

    @POST
    @Path("/shirt-campaigns")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("admin")
    @Operation(operationId = "createShirtCampaign", summary = "Set up a shirt campaign (admin)")
    @APIResponse(responseCode = "201", description = "The campaign",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CampaignView.class)))
    @APIResponse(responseCode = "422", description = "No open project post with this id")
    public RestResponse<CampaignView> create(@Valid @NotNull CampaignRequest request) {
        CampaignView campaign = campaigns.create(request);
        return RestResponse.ResponseBuilder.<CampaignView>created(URI.create("/api/shirt-campaigns/" + campaign.id()))
                .entity(campaign).build();
    }

    @GET
    @Path("/shirt-campaigns/{id}")
    @RolesAllowed({"employee", "lead", "ngo", "admin"})
    @Operation(operationId = "getShirtCampaign", summary = "A shirt campaign")
    public CampaignView get(@PathParam("id") @Positive long id) {
        return campaigns.get(id);
    }

    @PUT
    @Path("/shirt-campaigns/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("admin")
    @Operation(operationId = "updateShirtCampaign", summary = "Change a shirt campaign (admin)")
    @APIResponse(responseCode = "200", description = "The changed campaign")
    @APIResponse(responseCode = "409", description = "A stock limit below what is ordered, or an ordered size removed")
    @APIResponse(responseCode = "422", description = "No open project post with this id")
    public CampaignView update(@PathParam("id") @Positive long id, @Valid @NotNull CampaignRequest request) {
        return campaigns.update(id, request);
    }

    @PUT
    @Path("/shirt-campaigns/{id}/image")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed("admin")
    @Operation(operationId = "uploadShirtPrintImage",
            summary = "Upload the print image (admin): PNG, JPEG or WebP, at most 2 MB, sent as the raw body")
    @RequestBody(required = true, content = {
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary",
                    maxLength = PrintImages.MAX_BYTES)),
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary",
                    maxLength = PrintImages.MAX_BYTES)),
            @Content(mediaType = "image/webp", schema = @Schema(type = SchemaType.STRING, format = "binary",
                    maxLength = PrintImages.MAX_BYTES))})
    @APIResponse(responseCode = "200", description = "The campaign with its new image",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CampaignView.class)))
    @APIResponse(responseCode = "400", description = "Empty, damaged or incomplete image; nothing was stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Larger than 2 MB; nothing was stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Not a PNG, JPEG or WebP, or not what its Content-Type says",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "More than 6000 × 6000 pixels",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CampaignView uploadImage(@PathParam("id") @Positive long id, @HeaderParam(HttpHeaders.CONTENT_TYPE) String type,
                                    InputStream body) {
        campaigns.campaign(id);
        return campaigns.storeImage(id, PrintImages.check(type, body));
    }

    @GET
    @Path("/shirt-campaigns/{id}/image")
    @Produces({"image/png", "image/jpeg", "image/webp"})
    @PermitAll
    @SecurityRequirement(name = "none")
    @Operation(operationId = "getShirtPrintImage",
            summary = "The print image (no login, so that an <img> shows it); cacheable, with an ETag")
    @APIResponse(responseCode = "200", description = "The image", content = {
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/webp", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match)")
    @APIResponse(responseCode = "404", description = "No such campaign, or it has no image",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response image(@PathParam("id") @Positive long id,
                                      @Parameter(description = "The image's version from imageUrl: with it the"
                                              + " answer may be cached for good")
                                      @QueryParam("v") @Pattern(regexp = "[0-9a-f]{1,64}", message = "is not an image version")
                                      @Size(max = 64) String version,
                                      @Parameter(description = "An entity tag or list of them (RFC 9110)")
                                      @HeaderParam(HttpHeaders.IF_NONE_MATCH)
                                      @Pattern(regexp = ENTITY_TAGS, message = "is not a list of entity tags")
                                      @Size(max = 1000) String ifNoneMatch) {
        PrintImage image = campaigns.image(id).orElseThrow(() -> dk.kollekt.common.ApiProblem.notFound(
                "Shirt campaign " + id + " has no print image."));
        String etag = "\"" + image.sha256 + "\"";
        if (etag.equals(ifNoneMatch)) {
            return Response.notModified(etag.substring(1, etag.length() - 1)).build();
        }
        // A plain Response: the byte[] writer is then chosen by the entity's class.
        return Response.ok(image.content, image.contentType)
                .header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.CACHE_CONTROL, image.sha256.startsWith(String.valueOf(version))
                        ? "public, max-age=31536000, immutable" : "public, max-age=300")
                .header("X-Content-Type-Options", "nosniff").build();
    }

    @GET
    @Path("/shirt-campaigns/{id}/summary")
    @RolesAllowed({"ngo", "admin"})
    @Operation(operationId = "getShirtCampaignSummary",
            summary = "Shirts ordered and printed, prices owed by buyers and donations from the ledger, kept apart")
    public CampaignSummaryView summary(@PathParam("id") @Positive long id) {
        return printing.summary(id);
    }

    @POST
    @Path("/shirt-campaigns/{id}/orders")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"employee", "lead", "admin"})
    @Operation(operationId = "orderShirts",
            summary = "Order shirts for myself, or (TEAM, a lead) for a department I lead, before the deadline")
    @APIResponse(responseCode = "201", description = "The order",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrderView.class)))
    @APIResponse(responseCode = "409", description = "The deadline passed, or a size has not enough left")
    @APIResponse(responseCode = "422", description = "The campaign has no price in the orderer's currency")
    public RestResponse<OrderView> order(@PathParam("id") @Positive long id, @Valid @NotNull OrderRequest request) {
        OrderView order = orders.place(id, caller.employee(), request);
        return RestResponse.ResponseBuilder.<OrderView>created(URI.create("/api/shirt-orders/" + order.id()))
                .entity(order).build();
    }

    @GET
    @Path("/shirt-campaigns/{id}/orders")
    @RolesAllowed("admin")
    @Operation(operationId = "listShirtCampaignOrders", summary = "Every order of a campaign (admin)")
    public List<OrderView> ofCampaign(@PathParam("id") @Positive long id) {
        return orders.ofCampaign(id);
    }

    @GET
    @Path("/shirt-orders/mine")
    @RolesAllowed({"employee", "lead", "admin"})
    @Operation(operationId = "listMyShirtOrders", summary = "My shirt orders and their status")
    public List<OrderView> mine() {
        return orders.mine(caller.employee());
    }

    @GET
    @Path("/shirt-orders/{id}")
    @RolesAllowed({"employee", "lead", "admin"})
    @Operation(operationId = "getShirtOrder", summary = "One of my shirt orders (any, for an admin)")
    public OrderView getOrder(@PathParam("id") @Positive long id) {
        return orders.get(id, caller.placement().orElse(null), caller.is(Role.admin));
    }

    @PUT
    @Path("/shirt-orders/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"employee", "lead", "admin"})
    @Operation(operationId = "changeShirtOrder", summary = "Change my order's sizes and quantities (before the deadline)")
    @APIResponse(responseCode = "200", description = "The changed order")
    @APIResponse(responseCode = "409", description = "Past the deadline, printed, cancelled, or not enough left")
    @APIResponse(responseCode = "422", description = "The campaign has no price in the order's currency any more")
    public OrderView change(@PathParam("id") @Positive long id, @Valid @NotNull OrderRequest request) {
        return orders.change(id, caller.employee(), request);
    }

    @POST
    @Path("/shirt-orders/{id}/cancel")
    @RolesAllowed({"employee", "lead", "admin"})
    @Operation(operationId = "cancelShirtOrder", summary = "Cancel my order (before the deadline, nothing printed)")
    @APIResponse(responseCode = "200", description = "The cancelled order")
    @APIResponse(responseCode = "409", description = "Past the deadline, printed or cancelled already")
    public OrderView cancel(@PathParam("id") @Positive long id) {
        return orders.cancel(id, caller.placement().orElse(null), caller.is(Role.admin));
    }

    @GET
    @Path("/shirt-campaigns/{id}/printer-sheet")
    @RolesAllowed("admin")
    @Operation(operationId = "getPrinterSheet", summary = "The printer's sheet: per location, shirts per size and the address")
    public PrinterSheetView sheet(@PathParam("id") @Positive long id) {
        return printing.sheet(id);
    }

    @GET
    @Path("/shirt-campaigns/{id}/printer-sheet.csv")
    @Produces("text/csv")
    @RolesAllowed("admin")
    @Operation(operationId = "getPrinterSheetCsv",
            summary = "The printer's sheet as CSV: location, country, delivery_address, delivery_note, size, ordered,"
                    + " printed, to_print")
    @APIResponse(responseCode = "200", description = "CSV, one line per location and size",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No such campaign",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<String> sheetCsv(@PathParam("id") @Positive long id) {
        return RestResponse.ResponseBuilder.ok(printing.sheetCsv(id), "text/csv")
                .header("Content-Disposition", "attachment; filename=\"printer-sheet-" + id + ".csv\"").build();
    }

    @POST
    @Path("/shirt-campaigns/{id}/print-runs")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("admin")
    @Operation(operationId = "recordPrintRun",
            summary = "Record a print run (admin): each printed shirt adds the donation per print to the ledger")
    @APIResponse(responseCode = "201", description = "The print run",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PrintRunView.class)))
    @APIResponse(responseCode = "409", description = "This run's reference was recorded already, or the key is in use")
    @APIResponse(responseCode = "422", description = "A line not of this campaign, cancelled, or more than is left to print")
    public RestResponse<PrintRunView> recordRun(
            @PathParam("id") @Positive long id,
            @Parameter(description = "Unique per print run (e.g. a UUID); resend it on retry", required = true)
            @HeaderParam(IdempotencyService.HEADER) String key,
            @Valid @NotNull PrintRunRequest request) {
        String subject = caller.subject();
        return idempotency.once(subject, key, "print-run:" + id, request, PrintRunView.class, () -> {
            PrintRunView run = printing.record(id, request, subject);
            return Outcome.created(run, URI.create("/api/shirt-campaigns/" + id + "/print-runs/" + run.id()));
        });
    }

    @GET
    @Path("/shirt-campaigns/{id}/print-runs")
    @RolesAllowed("admin")
    @Operation(operationId = "listPrintRuns", summary = "A campaign's print runs (admin)")
    public List<PrintRunView> runs(@PathParam("id") @Positive long id) {
        return printing.runs(id);
    }
}
