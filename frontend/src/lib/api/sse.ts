/** One server-sent event: its `data:` lines joined with "\n", its `event:` type ('message' by default) and last id. */
export interface SseEvent {
  type: string;
  data: string;
  /** The last `id:` seen on the stream (kept across events, as the spec says); '' when none. */
  lastEventId: string;
}

export interface SseParser {
  /** Feeds decoded text as it arrives; a chunk may end anywhere, even between "\r" and "\n". */
  push(chunk: string): void;
  /** The stream ended: an event without its closing blank line is dropped (as EventSource does). */
  end(): void;
}

/**
 * A parser for `text/event-stream` (the WHATWG "event stream interpretation"): lines end in CRLF, LF or CR;
 * lines starting with ":" are comments (keep-alives); `data:` lines of one event are joined with "\n"; a blank
 * line dispatches the event (only if it has data); one space after the colon is dropped; `retry:` with digits
 * reports the server's reconnection delay.
 */
export function createSseParser(onEvent: (event: SseEvent) => void, onRetry?: (milliseconds: number) => void): SseParser {
  let buffer = '';
  let started = false;
  /** The last line ended in "\r": a "\n" right after it (maybe in the next chunk) belongs to that line end. */
  let skipLineFeed = false;
  let data = '';
  let hasData = false;
  let type = '';
  let lastEventId = '';

  const dispatch = () => {
    if (hasData) onEvent({ type: type || 'message', data, lastEventId });
    data = '';
    hasData = false;
    type = '';
  };

  const processLine = (line: string) => {
    if (line === '') {
      dispatch();
      return;
    }
    if (line.startsWith(':')) return;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    switch (field) {
      case 'data':
        data = hasData ? `${data}\n${value}` : value;
        hasData = true;
        break;
      case 'event':
        type = value;
        break;
      case 'id':
        if (!value.includes('\u0000')) lastEventId = value;
        break;
      case 'retry':
        if (/^\d+$/.test(value)) onRetry?.(Number(value));
        break;
      default:
        // unknown fields are ignored
        break;
    }
  };

  return {
    push(chunk: string) {
      if (!started && chunk.length > 0) {
        started = true;
        if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
      }
      buffer += chunk;
      let position = 0;
      while (position < buffer.length) {
        if (skipLineFeed) {
          skipLineFeed = false;
          if (buffer.charCodeAt(position) === 10) position += 1;
          continue;
        }
        const cr = buffer.indexOf('\r', position);
        const lf = buffer.indexOf('\n', position);
        if (cr === -1 && lf === -1) break;
        const end = cr === -1 ? lf : lf === -1 ? cr : Math.min(cr, lf);
        processLine(buffer.slice(position, end));
        skipLineFeed = buffer.charCodeAt(end) === 13;
        position = end + 1;
      }
      buffer = buffer.slice(position);
    },
    end() {
      buffer = '';
      data = '';
      hasData = false;
      type = '';
      skipLineFeed = false;
    },
  };
}
