package dk.kollekt.ledger;

import dk.kollekt.common.Caller;
import dk.kollekt.common.CsvFiles;
import dk.kollekt.common.Problem;
import dk.kollekt.common.Role;
import dk.kollekt.common.audit.AuditEntry;
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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.List;

/** The ledger over HTTP: my contributions, cancelling, audit trails, totals and exchange rates. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ledger")
public class LedgerResource {

    private static final String CURRENCY = "DKK|NOK|SEK";

    @Inject
    LedgerService ledger;
    @Inject
    ExchangeRateService rates;
    @Inject
    Caller caller;

    @GET
    @Path("/contributions/mine")
    @RolesAllowed({"employee", "lead", "admin"})
    @Operation(operationId = "listMyContributions", summary = "My pledges and gifts, newest first, with their status")
    public List<ContributionView> mine() {
        return ledger.ofGiver(caller.employee().employeeId());
    }

    @GET
    @Path("/contributions/{id}")
    @RolesAllowed({"employee", "lead", "admin"})
    @Operation(operationId = "getContribution", summary = "One of my contributions (admins: any)")
    public ContributionView get(@PathParam("id") @Positive long id) {
        return ledger.get(id, caller.placement().map(Placement::employeeId).orElse(null), caller.is(Role.admin));
    }

    @POST
    @Path("/contributions/{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"employee", "lead", "admin"})
    @Operation(operationId = "cancelContribution",
            summary = "Cancel a pledge that is not collected: the giver their own, an admin any (with a reason)")
    @APIResponse(responseCode = "200", description = "The cancelled contribution")
    @APIResponse(responseCode = "409", description = "It is already collected or cancelled")
    public ContributionView cancel(@PathParam("id") @Positive long id, @Valid @NotNull CancelRequest request) {
        String reason = request.reason();
        Long me = caller.placement().map(Placement::employeeId).orElse(null);
        boolean own = me != null && ledger.states(List.of(id)).stream()
                .anyMatch(s -> me.equals(s.giverEmployeeId()));
        return own || !caller.is(Role.admin) ? ledger.cancelOwn(id, me == null ? -1 : me, reason)
                : ledger.cancelAsAdmin(id, reason);
    }

    @POST
    @Path("/contributions/{id}/refund")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("admin")
    @Operation(operationId = "refundContribution",
            summary = "The money went back: a collected contribution becomes cancelled, with its company match")
    @APIResponse(responseCode = "200", description = "The refunded (cancelled) contribution")
    @APIResponse(responseCode = "409", description = "It is not collected")
    public ContributionView refund(@PathParam("id") @Positive long id, @Valid @NotNull CancelRequest request) {
        return ledger.refund(id, request.reason());
    }

    @GET
    @Path("/contributions/{id}/audit")
    @RolesAllowed("admin")
    @Operation(operationId = "getContributionAudit", summary = "Every change to a contribution: who, when, before and after")
    public List<AuditEntry> audit(@PathParam("id") @Positive long id) {
        return ledger.auditTrail(id);
    }

    @GET
    @Path("/ledger/totals")
    @RolesAllowed({"ngo", "admin"})
    @Operation(operationId = "getLedgerTotals",
            summary = "Totals in the reporting currency by project post and source, as pledged or as collected")
    public TotalsView totals(
            @Parameter(description = "PLEDGED (default: pledged and collected) or COLLECTED")
            @QueryParam("basis") Basis basis,
            @Parameter(description = "First day (Europe/Copenhagen), default 1 January this year")
            @QueryParam("from") LocalDate from,
            @Parameter(description = "Last day, inclusive; default today") @QueryParam("to") LocalDate to) {
        LocalDate today = LocalDate.now(LedgerService.ZONE);
        return ledger.totals(basis == null ? Basis.PLEDGED : basis, from == null ? today.withDayOfYear(1) : from,
                to == null ? today : to);
    }

    @GET
    @Path("/exchange-rates")
    @RolesAllowed("admin")
    @Operation(operationId = "listExchangeRates", summary = "Daily rates into the reporting currency, newest first")
    public List<ExchangeRateView> rates(@QueryParam("currency") @Pattern(regexp = CURRENCY, message = "must be DKK, NOK or SEK") @Size(max = 3) String currency,
                                        @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        LocalDate today = LocalDate.now(LedgerService.ZONE);
        return rates.list(currency, from == null ? today.minusDays(90) : from, to == null ? today : to);
    }

    @PUT
    @Path("/exchange-rates/{currency}/{date}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("admin")
    @Operation(operationId = "setExchangeRate", summary = "Set the rate of a currency for a day")
    public ExchangeRateView setRate(@PathParam("currency") @Pattern(regexp = CURRENCY, message = "must be DKK, NOK or SEK") @Size(max = 3) String currency, @PathParam("date") LocalDate date,
                                    @Valid @NotNull ExchangeRateRequest request) {
        return rates.set(currency, date, request.rate());
    }

    @POST
    @Path("/exchange-rates/imports")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @RolesAllowed("admin")
    @Operation(operationId = "importExchangeRates", summary = "Import daily rates (CSV date,currency,rate); all lines or none")
    @RequestBody(required = true, content = @Content(mediaType = "text/csv",
            schema = @Schema(type = SchemaType.STRING, maxLength = CsvFiles.MAX_LENGTH)))
    @APIResponse(responseCode = "200", description = "The rates written")
    @APIResponse(responseCode = "400", description = "Bad lines, each listed; nothing was imported",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<ExchangeRateView> importRates(String csv) {
        return rates.importCsv(csv);
    }
}
