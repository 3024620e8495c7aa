package dk.kollekt.leaderboard;

import dk.kollekt.common.ApiProblem;
import dk.kollekt.common.Caller;
import dk.kollekt.common.Problem.FieldError;
import dk.kollekt.ledger.LedgerService;
import dk.kollekt.organisation.DepartmentPlace;
import dk.kollekt.organisation.OrganisationService;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
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
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Leaderboards across the company: by department, location or country; read once, or watched live. */
@Path("/boards")
@Tag(name = "Leaderboards")
@RolesAllowed({"employee", "lead", "ngo", "admin"})
public class LeaderboardResource {

    static final LocalDate BEGINNING = LocalDate.of(2000, 1, 1);

    @Inject
    LeaderboardService boards;
    @Inject
    BoardStreams streams;
    @Inject
    OrganisationService organisation;
    @Inject
    Caller caller;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getBoard", summary = "A leaderboard: rank, value, gap to the place above, movement since yesterday")
    public BoardView board(@QueryParam("level") Level level, @QueryParam("metric") Metric metric,
                           @QueryParam("ranking") Ranking ranking, @QueryParam("period") Period period,
                           @Parameter(description = "CUSTOM: first local day") @QueryParam("from") LocalDate from,
                           @Parameter(description = "CUSTOM: last local day") @QueryParam("to") LocalDate to,
                           @Parameter(description = "Only departments in this country")
                           @QueryParam("country") @Pattern(regexp = "[A-Z]{2}", message = "must be a two-letter country code") String country,
                           @Parameter(description = "Only departments at this location") @QueryParam("locationId") Long locationId,
                           @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(200) int limit) {
        return boards.board(query(level, metric, ranking, period, from, to, country, locationId), limit,
                caller.placement().orElse(null));
    }

    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(operationId = "watchBoard",
            summary = "The same board as server-sent events: now, then whenever a place changes (within a second)")
    @APIResponse(responseCode = "200", description = "A stream of Board events",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(implementation = BoardView.class)))
    public Multi<BoardView> watch(@QueryParam("level") Level level, @QueryParam("metric") Metric metric,
                                  @QueryParam("ranking") Ranking ranking, @QueryParam("period") Period period,
                                  @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
                                  @QueryParam("country") @Pattern(regexp = "[A-Z]{2}", message = "must be a two-letter country code") String country,
                                  @QueryParam("locationId") Long locationId,
                                  @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(200) int limit) {
        return streams.watch(query(level, metric, ranking, period, from, to, country, locationId), limit);
    }

    private BoardQuery query(Level level, Metric metric, Ranking ranking, Period period, LocalDate from, LocalDate to,
                             String country, Long locationId) {
        LocalDate today = LocalDate.now(LedgerService.ZONE);
        Period p = period == null ? Period.MONTH : period;
        LocalDate first = switch (p) {
            case MONTH -> today.withDayOfMonth(1);
            case YEAR -> today.withDayOfYear(1);
            case ALL -> BEGINNING;
            case CUSTOM -> require(from, "from");
        };
        LocalDate last = p == Period.CUSTOM ? require(to, "to") : today;
        if (last.isAfter(today)) {
            last = today;
        }
        if (last.isBefore(first)) {
            throw ApiProblem.badRequest("The period ends before it starts.",
                    List.of(FieldError.field("to", "must not be before from")));
        }
        Set<Long> departments = country == null && locationId == null ? null
                : organisation.departmentPlaces().stream()
                .filter(d -> country == null || d.countryCode().equals(country))
                .filter(d -> locationId == null || d.locationId() == locationId)
                .map(DepartmentPlace::id).collect(Collectors.toSet());
        return new BoardQuery(level == null ? Level.DEPARTMENT : level, metric == null ? Metric.MONEY_PLEDGED : metric,
                ranking == null ? Ranking.TOTAL : ranking, first, last, departments, today);
    }

    private static LocalDate require(LocalDate day, String name) {
        if (day == null) {
            throw ApiProblem.badRequest("A CUSTOM period needs " + name + ".",
                    List.of(FieldError.field(name, "is required for a CUSTOM period")));
        }
        return day;
    }
}
