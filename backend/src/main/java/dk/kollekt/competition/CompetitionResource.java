package dk.kollekt.competition;

import dk.kollekt.common.Caller;
import dk.kollekt.common.Role;
import dk.kollekt.leaderboard.BoardView;
import dk.kollekt.leaderboard.Level;
import dk.kollekt.organisation.Placement;
import dk.kollekt.sponsorship.CloseRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import java.util.List;

/** Competitions between departments, locations or countries, and their boards. */
@Path("/competitions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Competitions")
public class CompetitionResource {

    @Inject
    CompetitionService competitions;
    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"lead", "admin"})
    @Operation(operationId = "createCompetition", summary = "Start a competition (leads and admins)")
    @APIResponse(responseCode = "201", description = "The competition",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CompetitionView.class)))
    @APIResponse(responseCode = "422", description = "Unknown departments, locations or countries")
    public RestResponse<CompetitionView> create(@Valid @NotNull CompetitionRequest request) {
        CompetitionView competition = competitions.create(caller.employee(), request);
        return RestResponse.ResponseBuilder.<CompetitionView>created(URI.create("/api/competitions/" + competition.id()))
                .entity(competition).build();
    }

    @GET
    @RolesAllowed({"employee", "lead", "ngo", "admin"})
    @Operation(operationId = "listCompetitions", summary = "Competitions, newest first")
    public List<CompetitionView> list() {
        return competitions.list(viewer(), caller.is(Role.admin));
    }

    @GET
    @Path("/standings")
    @RolesAllowed({"employee", "lead", "admin"})
    @Operation(operationId = "listMyStandings",
            summary = "My department's place in each competition it takes part in (running, or ended in the last 7 days)")
    public List<CompetitionStanding> standings() {
        return competitions.standings(caller.employee());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"employee", "lead", "ngo", "admin"})
    @Operation(operationId = "getCompetition", summary = "A competition")
    public CompetitionView get(@PathParam("id") @Positive long id) {
        return competitions.get(id, viewer(), caller.is(Role.admin));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"lead", "admin"})
    @Operation(operationId = "updateCompetition", summary = "Change anything before it starts (its creator or an admin)")
    @APIResponse(responseCode = "200", description = "The competition")
    @APIResponse(responseCode = "409", description = "It has started")
    @APIResponse(responseCode = "422", description = "Unknown departments, locations or countries")
    public CompetitionView update(@PathParam("id") @Positive long id, @Valid @NotNull CompetitionRequest request) {
        return competitions.update(id, caller.placement().orElse(null), caller.is(Role.admin), request);
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"lead", "admin"})
    @Operation(operationId = "changeCompetition",
            summary = "Change the description or the end (extend, or end early) of a scheduled or running competition")
    @APIResponse(responseCode = "200", description = "The competition")
    @APIResponse(responseCode = "409", description = "It has ended or was cancelled")
    public CompetitionView change(@PathParam("id") @Positive long id, @Valid @NotNull CompetitionChange change) {
        return competitions.change(id, caller.placement().orElse(null), caller.is(Role.admin), change);
    }

    @POST
    @Path("/{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"lead", "admin"})
    @Operation(operationId = "cancelCompetition", summary = "Cancel a competition, with a reason")
    @APIResponse(responseCode = "200", description = "The cancelled competition")
    @APIResponse(responseCode = "409", description = "It has ended or was cancelled already")
    public CompetitionView cancel(@PathParam("id") @Positive long id, @Valid @NotNull CloseRequest request) {
        return competitions.cancel(id, caller.placement().orElse(null), caller.is(Role.admin), request.reason());
    }

    @GET
    @Path("/{id}/board")
    @RolesAllowed({"employee", "lead", "ngo", "admin"})
    @Operation(operationId = "getCompetitionBoard", summary = "The competition's board over its days so far")
    public BoardView board(@PathParam("id") @Positive long id, @QueryParam("level") Level level,
                           @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return competitions.board(id, level == null ? Level.DEPARTMENT : level, limit, caller.placement().orElse(null));
    }

    private Long viewer() {
        return caller.placement().map(Placement::employeeId).orElse(null);
    }
}
