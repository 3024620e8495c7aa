package dk.kollekt.ledger;

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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import java.util.List;

/** Company matching rules, set by admins. */
@Path("/match-rules")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Company match")
public class MatchResource {

    @Inject
    MatchService matching;

    @GET
    @RolesAllowed({"ngo", "admin"})
    @Operation(operationId = "listMatchRules", summary = "Matching rules, newest first, with the budget they used")
    public List<MatchRuleView> list() {
        return matching.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("admin")
    @Operation(operationId = "createMatchRule", summary = "A new matching rule: ratio, cap per employee and year,"
            + " sources, period and budget")
    @APIResponse(responseCode = "201", description = "The rule",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MatchRuleView.class)))
    @APIResponse(responseCode = "422", description = "The period ends before it starts, or a source cannot be matched")
    public RestResponse<MatchRuleView> create(@Valid @NotNull MatchRuleRequest request) {
        MatchRuleView rule = matching.create(request);
        return RestResponse.ResponseBuilder.<MatchRuleView>created(URI.create("/api/match-rules/" + rule.id()))
                .entity(rule).build();
    }

    @POST
    @Path("/{id}/end")
    @RolesAllowed("admin")
    @Operation(operationId = "endMatchRule", summary = "End a rule: it matches nothing more; written matches stand")
    public MatchRuleView end(@PathParam("id") @Positive long id) {
        return matching.end(id);
    }
}
