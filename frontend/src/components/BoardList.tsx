import { memo, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Movement } from '@/components/Movement';
import type { Board, BoardRow } from '@/lib/api';
import { countryName, formatCount, formatDate, formatDateRange, useLocale } from '@/lib/i18n';
import { formatBoardValue } from './boardValue';
import './board.css';

/** How many places a board shows by default (the contract's default for /api/boards). */
export const DEFAULT_BOARD_LIMIT = 20;

export type ShownRow = BoardRow & {
  /** The caller's own place (the board's flag, or recognised by id, since the live stream does not set it). */
  own: boolean;
  /** Not right below the row before it (the caller's own place, shown after the top). */
  detached: boolean;
};

/**
 * The rows to show: the streamed top, with my own place marked, and my place from a separate read appended
 * when it is below the top (the stream leaves it out).
 */
export function rowsToShow(
  board: Board,
  myId: string | undefined,
  myPlace: BoardRow | undefined,
  limit: number = DEFAULT_BOARD_LIMIT,
): ShownRow[] {
  const rows: ShownRow[] = board.rows.map((row, index) => ({
    ...row,
    own: row.mine || (myId !== undefined && row.id === myId),
    // a plain read appends my place after the top rows
    detached: index >= limit,
  }));
  const last = rows[rows.length - 1];
  if (myPlace && !rows.some((row) => row.own || row.id === myPlace.id) && (!last || myPlace.rank >= last.rank)) {
    rows.push({ ...myPlace, own: true, detached: true });
  }
  return rows;
}

export interface BoardListProps {
  board: Board;
  rows: ShownRow[];
  /** The rows belong to an earlier choice (shown faded until the new board arrives). */
  stale: boolean;
  /** `kiosk`: no caption (the canteen screen shows its own title), large type from the screen's stylesheet. */
  variant?: 'default' | 'kiosk';
}

export function BoardList({ board, rows, stale, variant = 'default' }: BoardListProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const titleId = useId();
  const factsId = useId();
  const leader = Math.max(0, ...rows.map((row) => row.value));
  const ranked = rows.filter((row) => !row.detached).length;

  return (
    <section className={`board board--${variant}`} aria-busy={stale || undefined} data-stale={stale || undefined}>
      <div className={variant === 'kiosk' ? 'visually-hidden' : 'board__caption'}>
        <h2 id={titleId} className="board__title">
          {t(`boards.measure.${board.metric}.${board.ranking}`)}
        </h2>
        <p id={factsId} className="board__facts">
          {t(`boards.levelPlural.${board.level}`)} · {formatDateRange(board.from, board.to, locale)} ·{' '}
          {t('boards.shown', { shown: formatCount(ranked, locale), entries: formatCount(board.entries, locale) })}
        </p>
        <p className="board__updated">
          {t('boards.updated', { time: formatDate(toMillis(board.computedAt), locale, { timeStyle: 'medium' }) })}
        </p>
      </div>

      {rows.length === 0 ? <p className="empty">{t('boards.empty')}</p> : null}
      {rows.length > 0 && leader === 0 ? <p className="notice">{t(`boards.nothingYet.${board.metric}`)}</p> : null}

      {rows.length > 0 ? (
        <ol className="board__list" aria-labelledby={`${titleId} ${factsId}`} data-testid="board">
          {rows.map((row) => (
            <BoardRowItem
              key={row.id}
              level={board.level}
              ranking={board.ranking}
              valueUnit={board.valueUnit}
              currency={board.currency}
              row={row}
              leader={leader}
            />
          ))}
        </ol>
      ) : null}
    </section>
  );
}

type BoardRowProps = Pick<Board, 'level' | 'ranking' | 'valueUnit' | 'currency'> & { row: ShownRow; leader: number };

/** Same place, same numbers: the rows are made anew for every document of the stream, mostly unchanged. */
function sameRow(a: ShownRow, b: ShownRow): boolean {
  return (Object.keys(a) as (keyof ShownRow)[]).every((key) => a[key] === b[key]) && Object.keys(a).length === Object.keys(b).length;
}

/** One place; rendered again only when it or the board's unit changed (not for every other place that moved). */
const BoardRowItem = memo(BoardRowView, (before, after) =>
  before.level === after.level &&
  before.ranking === after.ranking &&
  before.valueUnit === after.valueUnit &&
  before.currency === after.currency &&
  before.leader === after.leader &&
  sameRow(before.row, after.row),
);

function BoardRowView({ level, ranking, valueUnit, currency, row, leader }: BoardRowProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const flash = useFlashOnChange(row.total);
  const value = (v: number) => formatBoardValue(v, valueUnit, currency, locale);

  const name = level === 'COUNTRY' ? (countryName(row.name, locale) ?? row.name) : row.name;
  const place = level === 'LOCATION' && row.context ? (countryName(row.context, locale) ?? row.context) : row.context;
  // a person is one person: no headcount on the people board (e.g. a competition's ranked per employee)
  const people = ranking === 'PER_EMPLOYEE' && level !== 'PERSON' ? t('boards.headcount', { count: row.headcount, people: formatCount(row.headcount, locale) }) : undefined;
  const context = [place, people].filter(Boolean).join(' · ');
  const share = leader > 0 ? Math.min(100, Math.max(0, (row.value / leader) * 100)) : 0;

  let gap: string | undefined;
  if (row.gapToAbove !== undefined && row.gapToAbove !== null) {
    gap = row.gapToAbove === 0 ? t('boards.tied') : t('boards.gap', { gap: value(row.gapToAbove) });
  }

  return (
    <li
      className={`board-row${row.own ? ' board-row--mine' : ''}${row.detached ? ' board-row--detached' : ''}`}
      data-testid="board-row"
      data-id={row.id}
      data-rank={row.rank}
      data-total={row.total}
      data-value={row.value}
      data-mine={row.own || undefined}
    >
      {flash > 0 ? <span key={flash} className="board-row__flash" aria-hidden="true" /> : null}
      <span className="board-row__rank">
        <span className="visually-hidden">{t('boards.place')} </span>
        {formatCount(row.rank, locale)}
        <span className="visually-hidden">: </span>
      </span>
      <span className="board-row__who">
        <span className="board-row__name">{name}</span>
        {context ? (
          <span className="board-row__context">
            <span className="visually-hidden">, </span>
            {context}
          </span>
        ) : null}
        {row.own ? (
          <span className="chip board-row__mine">
            <span className="visually-hidden">, </span>
            {t(`boards.mine.${level}`)}
          </span>
        ) : null}
      </span>
      <span className="board-row__numbers">
        <span className="board-row__value">
          <span className="visually-hidden">, </span>
          {value(row.value)}
        </span>
        <span className="visually-hidden">, </span>
        <Movement movement={row.movement} className="board-row__movement" />
      </span>
      <span className="board-row__bar" aria-hidden="true">
        <span className="board-row__bar-fill" style={{ width: `${share}%` }} />
      </span>
      {gap ? (
        <span className="board-row__gap">
          <span className="visually-hidden">, </span>
          {gap}
        </span>
      ) : null}
    </li>
  );
}

/** The server sends nanoseconds ("…:27.022772142Z"); not every browser parses more than milliseconds. */
function toMillis(instant: string): string {
  return instant.replace(/(\.\d{3})\d+/, '$1');
}

/** Counts the changes of `value` after the first render, so the row can flash briefly when its total moves. */
function useFlashOnChange(value: number): number {
  const previous = useRef(value);
  const [flashes, setFlashes] = useState(0);
  useEffect(() => {
    if (previous.current !== value) {
      previous.current = value;
      setFlashes((n) => n + 1);
    }
  }, [value]);
  return flashes;
}
