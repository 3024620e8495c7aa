import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ApiErrorPanel } from '@/components/ApiErrorPanel';
import { BoardList, rowsToShow } from '@/components/BoardList';
import { LiveIndicator } from '@/components/LiveIndicator';
import { Spinner } from '@/components/Spinner';
import { hasAnyRole, useMeIfLoaded } from '@/lib/session';
import { BOARD_LIMIT, type BoardChoice } from '../api/boardQuery';
import { useBoardStream } from '../api/useBoardStream';
import { useMyPlace } from '../api/useMyPlace';
import { canHavePlace, choiceFromParams, ownRowId, paramsFromChoice } from './boardChoice';
import { BoardFilters } from './BoardFilters';
import './boards.css';

export function BoardsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  // one object per address, so that the switches and the stream are not rendered again for a new but equal choice
  const query = params.toString();
  const choice = useMemo(() => choiceFromParams(new URLSearchParams(query)), [query]);
  const me = useMeIfLoaded();
  const stream = useBoardStream(choice);
  const board = stream.data;

  // /api/me has no employee id: on the people board only a row flagged `mine` tells mine; remember it once read.
  const [seenPersonId, setSeenPersonId] = useState<string>();
  const myId = ownRowId(choice.level, me, seenPersonId);
  // When the streamed rows neither flag nor include my place, it is read with GET /api/boards?limit=1.
  const myPlaceInTop = board !== undefined && !stream.stale && board.rows.some((row) => row.mine || row.id === myId);
  const myPlace = useMyPlace(choice, canHavePlace(choice.level, me) && board !== undefined && !stream.stale && !myPlaceInTop, board?.computedAt);
  const learntPersonId = choice.level === 'PERSON' ? myPlace?.id : undefined;
  const personId = learntPersonId ?? seenPersonId;
  useEffect(() => {
    if (learntPersonId !== undefined) setSeenPersonId(learntPersonId);
  }, [learntPersonId]);

  const ownId = board ? ownRowId(board.level, me, personId) : undefined;
  const shownPlace = stream.stale ? undefined : myPlace;
  const rows = useMemo(() => (board ? rowsToShow(board, ownId, shownPlace, BOARD_LIMIT) : []), [board, ownId, shownPlace]);

  const choose = useCallback(
    (next: BoardChoice) => setParams(paramsFromChoice(next), { replace: true, preventScrollReset: true }),
    [setParams],
  );

  return (
    <div className="page boards">
      <header className="page__header boards__header">
        <div className="boards__title-row">
          <h1 className="page__title">{t('boards.title')}</h1>
          <LiveIndicator status={stream.status} />
        </div>
        <p className="page__lead boards__lead">{t('boards.lead')}</p>
      </header>

      <BoardFilters choice={choice} onChange={choose} withPeople={hasAnyRole(me, ['employee', 'lead', 'admin'])} />

      {choice.level === 'PERSON' ? (
        <p className="boards__people-hint" data-testid="boards-people-hint">
          {t('boards.people.rule')}
          {me?.shownOnBoards === false ? (
            <>
              {' '}
              <Link to="/">{t('boards.people.setting')}</Link>
            </>
          ) : null}
        </p>
      ) : null}

      {stream.status === 'failed' && stream.error ? (
        <ApiErrorPanel title={t('boards.loadError')} error={stream.error} onRetry={stream.retry} />
      ) : null}
      {board === undefined && stream.status !== 'failed' ? (
        stream.status === 'reconnecting' && stream.error ? (
          <ApiErrorPanel title={t('boards.loadError')} error={stream.error} onRetry={stream.retry} />
        ) : (
          <Spinner label={t('boards.loading')} />
        )
      ) : null}
      {board !== undefined ? (
        <BoardList
          board={board}
          rows={rows}
          stale={stream.stale}
        />
      ) : null}
    </div>
  );
}
