package dk.kollekt.leaderboard;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Live boards: one ticking stream per board, shared by all its watchers, recomputed once per interval from the
 * database and sent on only when a place changed. A new watcher gets the board at once.
 */
@ApplicationScoped
public class BoardStreams {

    static final Duration INTERVAL = Duration.ofMillis(500);

    @Inject
    LeaderboardService boards;

    private final Map<BoardQuery, Multi<BoardView>> shared = new ConcurrentHashMap<>();

    public Multi<BoardView> watch(BoardQuery query, int limit) {
        Multi<BoardView> changes = shared.computeIfAbsent(query, q -> changesOf(q, limit));
        return Multi.createBy().concatenating().streams(
                Multi.createFrom().item(() -> boards.board(query, limit, null))
                        .runSubscriptionOn(Infrastructure.getDefaultWorkerPool()),
                changes);
    }

    private Multi<BoardView> changesOf(BoardQuery query, int limit) {
        AtomicReference<List<BoardView.BoardRow>> last = new AtomicReference<>();
        return Multi.createFrom().ticks().every(INTERVAL)
                .onOverflow().drop()
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(tick -> boards.board(query, limit, null))
                .select().where(board -> !Objects.equals(last.getAndSet(board.rows()), board.rows()))
                .onTermination().invoke(() -> shared.remove(query))
                .broadcast().withCancellationAfterLastSubscriberDeparture().toAllSubscribers();
    }
}
