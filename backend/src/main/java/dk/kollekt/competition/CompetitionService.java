package dk.kollekt.competition;

import dk.kollekt.common.ApiProblem;
import dk.kollekt.common.Problem.FieldError;
import dk.kollekt.leaderboard.BoardQuery;
import dk.kollekt.leaderboard.BoardView;
import dk.kollekt.leaderboard.LeaderboardService;
import dk.kollekt.leaderboard.Level;
import dk.kollekt.ledger.LedgerService;
import dk.kollekt.organisation.DepartmentPlace;
import dk.kollekt.organisation.OrganisationService;
import dk.kollekt.organisation.Placement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Competitions: a lead sets a period of whole local days, who takes part, a metric and a ranking. Before it
 * starts everything can change; once running only its description and end; its participants are frozen when it
 * starts. A lead manages the competitions they created, an admin all.
 */
@ApplicationScoped
public class CompetitionService {

    static final int LONGEST_DAYS = 366;
    static final int STANDINGS_DAYS = 7;

    @Inject
    CompetitionRepository competitions;
    @Inject
    OrganisationService organisation;
    @Inject
    LeaderboardService boards;

    @Transactional
    public CompetitionView create(Placement lead, CompetitionRequest request) {
        LocalDate today = today();
        if (request.startsOn().isBefore(today)) {
            throw ApiProblem.badRequest("A competition cannot start in the past.",
                    List.of(FieldError.field("startsOn", "must be today or later")));
        }
        Competition c = new Competition();
        c.createdByEmployeeId = lead.employeeId();
        c.createdAt = Instant.now();
        apply(c, request);
        competitions.persist(c);
        return view(c, lead.employeeId(), false);
    }

    @Transactional
    public CompetitionView update(long id, Placement caller, boolean admin, CompetitionRequest request) {
        Competition c = managed(id, caller, admin);
        if (status(c) != CompetitionView.Status.SCHEDULED) {
            throw ApiProblem.conflict("The competition has started; only its description and end can change.");
        }
        apply(c, request);
        return view(c, caller == null ? null : caller.employeeId(), admin);
    }

    /** While running: a new description and/or end (extend, or end early but not before today). */
    @Transactional
    public CompetitionView change(long id, Placement caller, boolean admin, CompetitionChange change) {
        Competition c = managed(id, caller, admin);
        CompetitionView.Status status = status(c);
        if (status == CompetitionView.Status.ENDED || status == CompetitionView.Status.CANCELLED) {
            throw ApiProblem.conflict("The competition is " + status.name().toLowerCase() + "; it cannot change.");
        }
        if (change.endsOn() != null) {
            LocalDate earliest = status == CompetitionView.Status.RUNNING ? today() : c.startsOn;
            if (change.endsOn().isBefore(earliest) || change.endsOn().isAfter(c.startsOn.plusDays(LONGEST_DAYS))) {
                throw ApiProblem.badRequest("The end must be from " + earliest + " and within a year of the start.",
                        List.of(FieldError.field("endsOn", "out of range")));
            }
            c.endsOn = change.endsOn();
        }
        if (change.description() != null) {
            c.description = change.description().isBlank() ? null : change.description().strip();
        }
        return view(c, caller == null ? null : caller.employeeId(), admin);
    }

    @Transactional
    public CompetitionView cancel(long id, Placement caller, boolean admin, String reason) {
        Competition c = managed(id, caller, admin);
        CompetitionView.Status status = status(c);
        if (status == CompetitionView.Status.ENDED || status == CompetitionView.Status.CANCELLED) {
            throw ApiProblem.conflict("The competition is already " + status.name().toLowerCase() + ".");
        }
        c.cancelledReason = reason.strip();
        return view(c, caller == null ? null : caller.employeeId(), admin);
    }

    @Transactional
    public List<CompetitionView> list(Long viewer, boolean admin) {
        return competitions.newestFirst().stream().map(c -> view(freezeIfStarted(c), viewer, admin)).toList();
    }

    /** Competitions the employee created: for their data download. */
    @Transactional
    public List<CompetitionView> createdBy(long employeeId) {
        return competitions.createdBy(employeeId).stream().map(c -> view(freezeIfStarted(c), employeeId, false)).toList();
    }

    @Transactional
    public CompetitionView get(long id, Long viewer, boolean admin) {
        return view(freezeIfStarted(competition(id)), viewer, admin);
    }

    /** The competition's board: its participants over its days so far, per-employee by headcount at the start. */
    @Transactional
    public BoardView board(long id, Level level, int limit, Placement viewer) {
        return boards.board(boardQuery(id, level), limit, viewer);
    }

    /**
     * The caller's department in every competition it takes part in that is running or ended in the last
     * {@link #STANDINGS_DAYS} days (so winners can still be celebrated), running ones first.
     */
    @Transactional
    public List<CompetitionStanding> standings(Placement viewer) {
        LocalDate since = today().minusDays(STANDINGS_DAYS);
        List<CompetitionStanding> standings = new ArrayList<>();
        for (Competition c : competitions.newestFirst()) {
            CompetitionView.Status status = status(c);
            boolean current = status == CompetitionView.Status.RUNNING
                    || (status == CompetitionView.Status.ENDED && !c.endsOn.isBefore(since));
            if (!current || !freezeIfStarted(c).participants.contains(viewer.department().id())) {
                continue;
            }
            BoardView board = boards.board(boardQuery(c.id, Level.DEPARTMENT), 1, viewer);
            BoardView.BoardRow mine = board.rows().stream().filter(BoardView.BoardRow::mine).findFirst().orElseThrow();
            standings.add(new CompetitionStanding(view(c, viewer.employeeId(), false), board.valueUnit(),
                    board.currency(), board.entries(), mine, board.rows().getFirst()));
        }
        standings.sort(Comparator.comparing((CompetitionStanding s) -> s.competition().status())
                .thenComparing(s -> s.competition().endsOn()));
        return standings;
    }

    /** Which board the competition is (e.g. for a canteen screen that watches it). */
    @Transactional
    public BoardQuery boardQuery(long id, Level level) {
        Competition c = freezeIfStarted(competition(id));
        LocalDate today = today();
        LocalDate to = c.endsOn.isBefore(today) ? c.endsOn : today;
        if (to.isBefore(c.startsOn)) {
            to = c.startsOn; // not started: the board of its first day, empty so far
        }
        Set<Long> departments = c.frozen ? Set.copyOf(c.participants) : departmentsOf(c);
        return new BoardQuery(level, c.metric, c.ranking, c.startsOn, to, departments, c.startsOn);
    }

    /** Fixes who takes part at the start: the departments in scope on the first day. Once, under a row lock. */
    private Competition freezeIfStarted(Competition c) {
        if (c.frozen || today().isBefore(c.startsOn)) {
            return c;
        }
        Competition locked = competitions.lock(c.id).orElseThrow();
        if (!locked.frozen) {
            locked.participants.addAll(departmentsOf(locked));
            locked.frozen = true;
        }
        return locked;
    }

    private Set<Long> departmentsOf(Competition c) {
        return organisation.departmentPlaces().stream().filter(d -> inScope(c, d))
                .map(DepartmentPlace::id).collect(Collectors.toSet());
    }

    private static boolean inScope(Competition c, DepartmentPlace d) {
        return switch (c.scope) {
            case DEPARTMENTS -> c.scopeIds.contains(String.valueOf(d.id()));
            case LOCATIONS -> c.scopeIds.contains(String.valueOf(d.locationId()));
            case COUNTRIES -> c.scopeIds.contains(d.countryCode());
        };
    }

    private void apply(Competition c, CompetitionRequest request) {
        if (request.endsOn().isBefore(request.startsOn())
                || request.endsOn().isAfter(request.startsOn().plusDays(LONGEST_DAYS))) {
            throw ApiProblem.badRequest("The competition must end on or after its start, within a year.",
                    List.of(FieldError.field("endsOn", "must be from startsOn and within a year of it")));
        }
        List<DepartmentPlace> places = organisation.departmentPlaces();
        Set<String> known = places.stream().map(d -> switch (request.scope()) {
            case DEPARTMENTS -> String.valueOf(d.id());
            case LOCATIONS -> String.valueOf(d.locationId());
            case COUNTRIES -> d.countryCode();
        }).collect(Collectors.toSet());
        List<String> unknown = request.scopeIds().stream().filter(id -> !known.contains(id)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw ApiProblem.unprocessable("Unknown " + request.scope().name().toLowerCase() + ": "
                    + String.join(", ", unknown) + ".", List.of(FieldError.field("scopeIds", "unknown: "
                    + String.join(", ", unknown))));
        }
        c.name = request.name().strip();
        c.description = request.description() == null || request.description().isBlank() ? null
                : request.description().strip();
        c.startsOn = request.startsOn();
        c.endsOn = request.endsOn();
        c.scope = request.scope();
        c.scopeIds = new HashSet<>(request.scopeIds());
        c.metric = request.metric();
        c.ranking = request.ranking();
        c.goal = request.goal();
    }

    private Competition managed(long id, Placement caller, boolean admin) {
        Competition c = competitions.lock(id).orElseThrow(() -> notFound(id));
        if (!admin && (caller == null || c.createdByEmployeeId != caller.employeeId())) {
            throw new ApiProblem(403, "Forbidden", "Only its creator or an admin manages a competition.", null);
        }
        return c;
    }

    private Competition competition(long id) {
        return competitions.findByIdOptional(id).orElseThrow(() -> notFound(id));
    }

    static CompetitionView.Status status(Competition c) {
        LocalDate today = today();
        if (c.cancelledReason != null) {
            return CompetitionView.Status.CANCELLED;
        }
        if (today.isBefore(c.startsOn)) {
            return CompetitionView.Status.SCHEDULED;
        }
        return today.isAfter(c.endsOn) ? CompetitionView.Status.ENDED : CompetitionView.Status.RUNNING;
    }

    private CompetitionView view(Competition c, Long viewer, boolean admin) {
        int participants = c.frozen ? c.participants.size() : departmentsOf(c).size();
        return new CompetitionView(c.id, c.name, c.description, c.startsOn, c.endsOn, c.scope,
                c.scopeIds.stream().sorted().toList(), c.metric, c.ranking, c.goal, status(c), c.cancelledReason,
                admin || (viewer != null && viewer == c.createdByEmployeeId), participants);
    }

    private static LocalDate today() {
        return LocalDate.now(LedgerService.ZONE);
    }

    private static ApiProblem notFound(long id) {
        return ApiProblem.notFound("There is no competition " + id + ".");
    }
}
