import { useTranslation } from 'react-i18next';
import type { EventStreamState } from '@/lib/api';
import './board.css';

const TEXT = {
  live: 'boards.live.live',
  connecting: 'boards.live.connecting',
  reconnecting: 'boards.live.reconnecting',
  failed: 'boards.live.failed',
} as const;

/** "Live" while the stream is connected and current; "Reconnecting…" while it is retried. */
export function LiveIndicator({ status }: { status: EventStreamState<unknown>['status'] }) {
  const { t } = useTranslation();
  return (
    <p className={`live live--${status}`} role="status" data-testid="board-live" data-state={status}>
      <span className="live__dot" aria-hidden="true" />
      {t(TEXT[status])}
    </p>
  );
}
