import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { BoardList, rowsToShow } from '@/components/BoardList';
import { LiveIndicator } from '@/components/LiveIndicator';
import { useScreenStream } from '../api/useScreenStream';
import './kiosk.css';

/** Places a canteen screen shows: readable from across the room. */
export const KIOSK_PLACES = 10;

/**
 * /screen/:token — the public canteen screen (no sign-in; routed outside the app shell): the board's title, a
 * live indicator and its top places, large and high-contrast, updated from the public stream.
 */
export function KioskPage() {
  const { token = '' } = useParams();
  const { t } = useTranslation();
  const stream = useScreenStream(token);
  const screen = stream.data;
  const gone = stream.status === 'failed' && (stream.error?.status === 404 || stream.error?.status === 400);

  useEffect(() => {
    document.title = screen ? `${screen.title} · ${t('app.name')}` : t('app.name');
  }, [screen, t]);

  if (gone) {
    return (
      <main className="kiosk kiosk--message" data-testid="screen-gone">
        <h1 className="kiosk__message-title">{t('screens.kiosk.goneTitle')}</h1>
        <p className="kiosk__message-text">{t('screens.kiosk.goneText')}</p>
      </main>
    );
  }

  if (!screen) {
    return (
      <main className="kiosk kiosk--message" aria-busy="true">
        <p className="kiosk__message-text">
          {stream.status === 'failed' || stream.status === 'reconnecting' ? t('screens.kiosk.waiting') : t('screens.kiosk.loading')}
        </p>
        <LiveIndicator status={stream.status} />
      </main>
    );
  }

  const { board } = screen;
  const rows = rowsToShow({ ...board, rows: board.rows.slice(0, KIOSK_PLACES) }, undefined, undefined, KIOSK_PLACES);
  return (
    <main className="kiosk">
      <header className="kiosk__header">
        <div className="kiosk__headings">
          <h1 className="kiosk__title" data-testid="screen-title">
            {screen.title}
          </h1>
          <p className="kiosk__measure">{t(`boards.measure.${board.metric}.${board.ranking}`)}</p>
        </div>
        <LiveIndicator status={stream.status} />
      </header>
      <BoardList board={board} rows={rows} stale={false} variant="kiosk" />
    </main>
  );
}
