package dk.kollekt.leaderboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.BiFunction;

/**
 * One computed board's JSON, written once and shared by every reader of that computation: the board around its rows,
 * and each place as it is first served (as others see it, and as its own department, location, country or person
 * sees it, marked "mine"). A reader's answer is these bytes put together, the same bytes the API's ObjectMapper would
 * write for the {@link BoardView}.
 */
final class BoardJson {

    private static final byte[] ROWS = "\"rows\":[]".getBytes(StandardCharsets.UTF_8);

    private final ObjectMapper mapper;
    private final BiFunction<Integer, Boolean, BoardView.BoardRow> row;
    private final byte[] head;
    private final byte[] tail;
    private final AtomicReferenceArray<byte[]> rows;
    private final AtomicReferenceArray<byte[]> mineRows;

    /**
     * @param board the board without rows
     * @param size  how many places it ranks
     * @param row   the place at an index, marked as the reader's or not
     */
    BoardJson(ObjectMapper mapper, BoardView board, int size, BiFunction<Integer, Boolean, BoardView.BoardRow> row) {
        this.mapper = mapper;
        this.row = row;
        byte[] whole = write(board);
        int at = indexOf(whole, ROWS);
        if (at < 0 || indexOf(Arrays.copyOfRange(whole, at + 1, whole.length), ROWS) >= 0) {
            throw new IllegalStateException("A board's rows were not written as one empty array");
        }
        int split = at + ROWS.length - 1;
        head = Arrays.copyOfRange(whole, 0, split);
        tail = Arrays.copyOfRange(whole, split, whole.length);
        rows = new AtomicReferenceArray<>(size);
        mineRows = new AtomicReferenceArray<>(size);
    }

    /** The first {@code limit} places, and the reader's own place ({@code mine}, -1 for none) after them if lower. */
    byte[] render(int limit, int mine) {
        int shown = Math.min(limit, rows.length());
        byte[][] parts = new byte[shown + (mine >= shown ? 1 : 0)][];
        int length = head.length + tail.length;
        for (int i = 0; i < shown; i++) {
            parts[i] = place(i, i == mine);
            length += parts[i].length;
        }
        if (mine >= shown) {
            parts[shown] = place(mine, true);
            length += parts[shown].length;
        }
        length += Math.max(0, parts.length - 1);
        byte[] out = new byte[length];
        System.arraycopy(head, 0, out, 0, head.length);
        int at = head.length;
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                out[at++] = ',';
            }
            System.arraycopy(parts[i], 0, out, at, parts[i].length);
            at += parts[i].length;
        }
        System.arraycopy(tail, 0, out, at, tail.length);
        return out;
    }

    private byte[] place(int index, boolean mine) {
        AtomicReferenceArray<byte[]> written = mine ? mineRows : rows;
        byte[] json = written.get(index);
        if (json == null) {
            json = write(row.apply(index, mine));
            written.set(index, json);
        }
        return json;
    }

    private byte[] write(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A board could not be written as JSON", e);
        }
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        outer:
        for (int i = 0; i <= bytes.length - part.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (bytes[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
