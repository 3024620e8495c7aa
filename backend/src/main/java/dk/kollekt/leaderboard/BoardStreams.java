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
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Live boards: one ticking stream per board and row count, shared by all its watchers, recomputed once per
 * interval from the database and sent on when a place changed, and at least every {@link #HEARTBEAT} so that
 * watchers can tell a quiet board from a dead connection. A new watcher gets the board at once.
 */
@ApplicationScoped
public class BoardStreams {

    static final Duration INTERVAL = Duration.ofMillis(250);
    static final Duration HEARTBEAT = Duration.ofSeconds(15);

    private record Key(BoardQuery query, int limit) {
    }

    @Inject
    LeaderboardService boards;

    private final Map<Key, Multi<BoardView>> shared = new ConcurrentHashMap<>();

    public Multi<BoardView> watch(BoardQuery query, int limit) {
        Multi<BoardView> changes = shared.computeIfAbsent(new Key(query, limit), this::changesOf);
        return Multi.createBy().concatenating().streams(
                Multi.createFrom().item(() -> boards.board(query, limit, null))
                        .runSubscriptionOn(Infrastructure.getDefaultWorkerPool()),
                changes);
    }

    private Multi<BoardView> changesOf(Key key) {
        AtomicReference<List<BoardView.BoardRow>> last = new AtomicReference<>();
        AtomicLong lastSent = new AtomicLong(System.nanoTime());
        return Multi.createFrom().ticks().every(INTERVAL)
                .onOverflow().drop()
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(tick -> boards.liveBoard(key.query(), key.limit()))
                .select().where(board -> {
                    boolean changed = !Objects.equals(last.getAndSet(board.rows()), board.rows());
                    boolean due = System.nanoTime() - lastSent.get() >= HEARTBEAT.toNanos();
                    if (changed || due) {
                        lastSent.set(System.nanoTime());
                    }
                    return changed || due;
                })
                .onTermination().invoke(() -> shared.remove(key))
                .broadcast().withCancellationAfterLastSubscriberDeparture().toAllSubscribers();
    }
}
