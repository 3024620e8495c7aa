package dk.kollekt.screen;

import dk.kollekt.common.ApiProblem;
import dk.kollekt.common.Problem.FieldError;
import dk.kollekt.competition.CompetitionService;
import dk.kollekt.leaderboard.BoardQuery;
import dk.kollekt.leaderboard.BoardStreams;
import dk.kollekt.leaderboard.LeaderboardService;
import dk.kollekt.leaderboard.Level;
import dk.kollekt.leaderboard.Metric;
import dk.kollekt.leaderboard.Period;
import dk.kollekt.leaderboard.Ranking;
import dk.kollekt.organisation.Placement;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.mutiny.Multi;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Canteen screens: a lead or admin makes a read-only link to one board (a period board or a competition's). The
 * link's 128-bit token is the only key; it shows that board and its title, live, until revoked.
 */
@ApplicationScoped
public class ScreenService {

    static final int ROWS = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    BoardScreenRepository screens;
    @Inject
    LeaderboardService boards;
    @Inject
    BoardStreams streams;
    @Inject
    CompetitionService competitions;

    @Transactional
    public ScreenView create(Placement creator, ScreenRequest request) {
        BoardScreen screen = new BoardScreen();
        byte[] token = new byte[16];
        RANDOM.nextBytes(token);
        screen.token = HexFormat.of().formatHex(token);
        screen.title = request.title().strip();
        screen.level = request.level() == null ? Level.DEPARTMENT : request.level();
        if (screen.level == Level.PERSON) {
            throw ApiProblem.badRequest("A canteen screen opens without a login, so it never shows people.",
                    List.of(FieldError.field("level", "must be DEPARTMENT, LOCATION or COUNTRY")));
        }
        if (request.competitionId() != null) {
            BoardQuery competition = competitions.boardQuery(request.competitionId(), screen.level);
            screen.competitionId = request.competitionId();
            screen.metric = competition.metric();
            screen.ranking = competition.ranking();
            screen.period = Period.CUSTOM;
        } else {
            screen.metric = request.metric() == null ? Metric.MONEY_PLEDGED : request.metric();
            screen.ranking = request.ranking() == null ? Ranking.TOTAL : request.ranking();
            screen.period = request.period() == null ? Period.MONTH : Period.valueOf(request.period().name());
        }
        screen.createdByEmployeeId = creator.employeeId();
        screen.createdAt = Instant.now();
        screens.persist(screen);
        return ScreenView.from(screen);
    }

    /** Canteen screens the employee made: for their data download. */
    public List<ScreenView> createdBy(long employeeId) {
        return screens.of(employeeId).stream().map(ScreenView::from).toList();
    }

    public List<ScreenView> list(Placement viewer, boolean admin) {
        return screens.of(admin ? null : viewer.employeeId()).stream().map(ScreenView::from).toList();
    }

    @Transactional
    public ScreenView revoke(long id, Placement viewer, boolean admin) {
        BoardScreen screen = screens.findByIdOptional(id)
                .filter(s -> admin || (viewer != null && s.createdByEmployeeId == viewer.employeeId()))
                .orElseThrow(() -> ApiProblem.notFound("There is no screen " + id + " of yours."));
        if (screen.revokedAt == null) {
            screen.revokedAt = Instant.now();
        }
        return ScreenView.from(screen);
    }

    /** The board behind a live screen link; 404 for unknown or revoked links. */
    @Transactional
    public ScreenBoard show(String token) {
        BoardScreen screen = live(token);
        return new ScreenBoard(screen.title, boards.board(queryOf(screen), ROWS, null));
    }

    /**
     * The screen's board, live, until the screen is revoked: the stream ends at its next board. No transaction
     * spans the stream; each board looks the link up in one of its own.
     */
    public Multi<ScreenBoard> watch(String token) {
        record Watched(String title, BoardQuery query) {
        }
        Watched watched = QuarkusTransaction.requiringNew().call(() -> {
            BoardScreen screen = live(token);
            return new Watched(screen.title, queryOf(screen));
        });
        return streams.watch(watched.query(), ROWS)
                .select().first(board -> QuarkusTransaction.requiringNew().call(() -> liveScreen(token).isPresent()))
                .map(board -> new ScreenBoard(watched.title(), board));
    }

    private BoardQuery queryOf(BoardScreen screen) {
        return screen.competitionId != null ? competitions.boardQuery(screen.competitionId, screen.level)
                : boards.query(screen.level, screen.metric, screen.ranking, screen.period, null, null, null, null);
    }

    /** A link that is not revoked; never one of people (the API made such screens once, before it refused them). */
    private Optional<BoardScreen> liveScreen(String token) {
        return screens.live(token == null ? "" : token).filter(s -> s.level != Level.PERSON);
    }

    private BoardScreen live(String token) {
        return liveScreen(token)
                .orElseThrow(() -> ApiProblem.notFound("This screen link does not exist or was revoked."));
    }
}
