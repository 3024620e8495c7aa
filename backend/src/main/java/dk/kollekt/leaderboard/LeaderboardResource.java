package dk.kollekt.leaderboard;

import dk.kollekt.common.ApiProblem;
import dk.kollekt.common.Caller;
import dk.kollekt.common.Role;
import dk.kollekt.organisation.Placement;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestStreamElementType;

import java.time.LocalDate;

/** Leaderboards across the company: by department, location or country; read once, or watched live. */
@Path("/boards")
@Tag(name = "Leaderboards")
@RolesAllowed({"employee", "lead", "ngo", "admin"})
public class LeaderboardResource {

    @Inject
    LeaderboardService boards;
    @Inject
    BoardStreams streams;
    @Inject
    Caller caller;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getBoard", summary = "A leaderboard: rank, value, gap to the place above, movement since yesterday")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BoardView.class)))
    public byte[] board(@QueryParam("level") Level level, @QueryParam("metric") Metric metric,
                           @QueryParam("ranking") Ranking ranking, @QueryParam("period") Period period,
                           @Parameter(description = "CUSTOM: first local day") @QueryParam("from") LocalDate from,
                           @Parameter(description = "CUSTOM: last local day") @QueryParam("to") LocalDate to,
                           @Parameter(description = "Only departments in this country")
                           @QueryParam("country") @Pattern(regexp = "[A-Z]{2}", message = "must be a two-letter country code") @Size(max = 2) String country,
                           @Parameter(description = "Only departments at this location") @QueryParam("locationId") @Positive Long locationId,
                           @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(200) int limit) {
        // The board's JSON as written once for all its readers (a BoardView).
        return boards.boardJson(query(level, metric, ranking, period, from, to, country, locationId), limit,
                boards.viewer(caller).orElse(null));
    }

    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(operationId = "watchBoard",
            summary = "The same board as server-sent events: now, whenever a place changes (within a second), and at"
                    + " least every 15 s")
    @Blocking
    @APIResponse(responseCode = "200", description = "A stream of Board events",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(implementation = BoardView.class)))
    public Multi<BoardView> watch(@QueryParam("level") Level level, @QueryParam("metric") Metric metric,
                                  @QueryParam("ranking") Ranking ranking, @QueryParam("period") Period period,
                                  @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
                                  @QueryParam("country") @Pattern(regexp = "[A-Z]{2}", message = "must be a two-letter country code") @Size(max = 2) String country,
                                  @QueryParam("locationId") @Positive Long locationId,
                                  @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(200) int limit) {
        BoardQuery query = query(level, metric, ranking, period, from, to, country, locationId);
        Placement watcher = boards.viewer(caller).orElse(null);
        // The shared stream says when the board changed; each watcher gets it with their own place marked.
        return streams.watch(query, limit).map(shared -> boards.board(query, limit, watcher));
    }

    private BoardQuery query(Level level, Metric metric, Ranking ranking, Period period, LocalDate from, LocalDate to,
                             String country, Long locationId) {
        // People chose to be named to their colleagues; NGO staff see counts and sums, never a person.
        if (level == Level.PERSON && !(caller.is(Role.employee) || caller.is(Role.lead) || caller.is(Role.admin))) {
            throw new ApiProblem(403, "Forbidden", "Boards of people are for colleagues; NGO staff see boards of"
                    + " departments, locations and countries.", null);
        }
        return boards.query(level, metric, ranking, period, from, to, country, locationId);
    }
}
