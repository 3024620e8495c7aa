import { describe, expect, it } from 'vitest';
import { createSseParser, type SseEvent } from './sse';

/** Feeds `chunks` to a fresh parser and returns what it dispatched. */
function parse(chunks: string[], { end = true } = {}) {
  const events: SseEvent[] = [];
  const retries: number[] = [];
  const parser = createSseParser(
    (event) => events.push(event),
    (ms) => retries.push(ms),
  );
  for (const chunk of chunks) parser.push(chunk);
  if (end) parser.end();
  return { events, data: events.map((e) => e.data), retries };
}

/** Every way of cutting `text` into two chunks. */
function allSplits(text: string): string[][] {
  return Array.from({ length: text.length + 1 }, (_, i) => [text.slice(0, i), text.slice(i)]);
}

describe('createSseParser', () => {
  it('dispatches one event per blank line, as Quarkus writes them ("data:" without a space)', () => {
    const { events } = parse(['data:{"a":1}\n\ndata:{"a":2}\n\n']);
    expect(events).toEqual([
      { type: 'message', data: '{"a":1}', lastEventId: '' },
      { type: 'message', data: '{"a":2}', lastEventId: '' },
    ]);
  });

  it('joins the data lines of one event with newlines and drops one space after the colon', () => {
    const { data } = parse(['data: {\ndata:  "a": 1\ndata\ndata: }\n\n']);
    expect(data).toEqual(['{\n "a": 1\n\n}']);
    expect(JSON.parse(data[0] ?? '')).toEqual({ a: 1 });
  });

  it('ignores comments (keep-alives) and unknown fields, and does not dispatch events without data', () => {
    const { events } = parse([': ping\n\n:\n\nfoo: bar\n\nevent: board\n: keep-alive inside an event\ndata: x\nid: 7\n\n']);
    expect(events).toEqual([{ type: 'board', data: 'x', lastEventId: '7' }]);
  });

  it('keeps the last event id and resets the type after each event', () => {
    const { events } = parse(['id: 1\nevent: a\ndata: one\n\ndata: two\n\n']);
    expect(events).toEqual([
      { type: 'a', data: 'one', lastEventId: '1' },
      { type: 'message', data: 'two', lastEventId: '1' },
    ]);
  });

  it('accepts LF, CRLF and CR line ends, also mixed', () => {
    expect(parse(['data: a\r\ndata: b\r\n\r\n']).data).toEqual(['a\nb']);
    expect(parse(['data: a\rdata: b\r\rdata: c\n\n']).data).toEqual(['a\nb', 'c']);
  });

  it('reassembles events cut anywhere across reads, including between CR and LF', () => {
    const stream = 'data: {"name":\r\ndata: "Anæstesi"}\r\n\r\n: ping\r\ndata: 2\r\n\r\n';
    for (const chunks of allSplits(stream)) {
      expect(parse(chunks).data, JSON.stringify(chunks)).toEqual(['{"name":\n"Anæstesi"}', '2']);
    }
  });

  it('copes with one character per read', () => {
    const stream = 'data:{"rows":[1,\ndata:2]}\n\n:c\n\ndata:3\n\n';
    expect(parse([...stream]).data).toEqual(['{"rows":[1,\n2]}', '3']);
  });

  it('does not dispatch an event until its blank line arrives, and drops it when the stream ends first', () => {
    const waiting = parse(['data: half'], { end: false });
    expect(waiting.events).toEqual([]);
    expect(parse(['data: whole\n\n', 'data: cut off\n']).data).toEqual(['whole']);
  });

  it('skips a byte order mark at the start only', () => {
    expect(parse(['\ufeffdata: a\n\n']).data).toEqual(['a']);
    expect(parse(['\ufeff', 'data: a\n\n']).data).toEqual(['a']);
  });

  it('reports a numeric retry field', () => {
    expect(parse(['retry: 2500\n\nretry: soon\n\n']).retries).toEqual([2500]);
  });
});
