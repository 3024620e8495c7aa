package dk.kollekt.settlement;

import dk.kollekt.common.CsvFiles;
import dk.kollekt.common.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import java.util.List;

/** Settlement for admins: payroll batches and mobile-payment settlement files. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
@Tag(name = "Settlement")
public class SettlementResource {

    @Inject
    SettlementService settlement;

    @POST
    @Path("/payroll-batches")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createPayrollBatch",
            summary = "Batch a country's pledges up to the end of a month for payroll; each pledge in one batch at most")
    @APIResponse(responseCode = "201", description = "The batch",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PayrollBatchView.class)))
    @APIResponse(responseCode = "409", description = "There is a batch for this country and month already")
    @APIResponse(responseCode = "422", description = "No pledges to collect")
    public RestResponse<PayrollBatchView> create(@Valid @NotNull PayrollBatchRequest request) {
        PayrollBatchView batch = settlement.createBatch(request);
        return RestResponse.ResponseBuilder.<PayrollBatchView>created(URI.create("/api/payroll-batches/" + batch.id()))
                .entity(batch).build();
    }

    @GET
    @Path("/payroll-batches")
    @Operation(operationId = "listPayrollBatches", summary = "Payroll batches, newest month first")
    public List<PayrollBatchView> list() {
        return settlement.list();
    }

    @GET
    @Path("/payroll-batches/{id}")
    @Operation(operationId = "getPayrollBatch", summary = "A payroll batch")
    public PayrollBatchView get(@PathParam("id") @Positive long id) {
        return settlement.get(id);
    }

    @GET
    @Path("/payroll-batches/{id}/deductions")
    @Produces("text/csv")
    @Operation(operationId = "getPayrollDeductionFile",
            summary = "The payroll office's file: employee_number, amount, currency, reference")
    @APIResponse(responseCode = "200", description = "CSV, one line per employee and currency",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No such batch",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<String> deductions(@PathParam("id") @Positive long id) {
        String csv = settlement.deductionFile(id);
        return RestResponse.ResponseBuilder.ok(csv, "text/csv")
                .header("Content-Disposition", "attachment; filename=\"payroll-" + id + ".csv\"").build();
    }

    @POST
    @Path("/payroll-batches/{id}/collected")
    @Operation(operationId = "markPayrollBatchCollected",
            summary = "After the payroll run: the batch's pledges become collected")
    @APIResponse(responseCode = "200", description = "The collected batch")
    @APIResponse(responseCode = "409", description = "Already collected")
    public PayrollBatchView collected(@PathParam("id") @Positive long id) {
        return settlement.markCollected(id);
    }

    @POST
    @Path("/mobile-payments/imports")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(operationId = "importMobilePayments",
            summary = "Match a MobilePay/Vipps/Swish settlement file (reference, amount, date) to pledges")
    @RequestBody(required = true, content = @Content(mediaType = "text/csv",
            schema = @Schema(type = SchemaType.STRING, maxLength = CsvFiles.MAX_LENGTH)))
    @APIResponse(responseCode = "200", description = "What matched; re-importing applies nothing twice")
    @APIResponse(responseCode = "400", description = "Malformed lines, each listed; nothing was applied",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public MobilePaymentImportResult importMobilePayments(String csv) {
        return settlement.importMobilePayments(csv);
    }
}
