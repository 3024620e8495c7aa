import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '@/lib/api';
import { formatDate, formatMoney, useLocale } from '@/lib/i18n';
import { outbox, useOutboxEntries, type OutboxEntry, type OutboxSummary } from '@/lib/offline';
import { ApiErrorPanel } from './ApiErrorPanel';
import { ClockIcon } from './icons';
import './outbox.css';

const TIME: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' };

/** "100 kr. til Kirurgisk uddannelse", "10 kr./km til Emma". */
function useSummaryText() {
  const { t } = useTranslation();
  const locale = useLocale();
  return ({ amountMinor, currency, to, unit }: OutboxSummary) => {
    const amount = formatMoney(amountMinor, currency, locale) + (unit ? `/${t(`units.${unit}.short`)}` : '');
    return { amount, to };
  };
}

/**
 * The signed-in person's pledges made without a connection, on every page: how many wait to be sent, and each with
 * when it was saved, when it was sent, or why the server refused it. Sent and refused ones stay until dismissed.
 */
export function OutboxStatus({ owner }: { owner: string }) {
  const { t } = useTranslation();
  const entries = useOutboxEntries().filter((entry) => entry.owner === owner);
  const waiting = entries.filter((entry) => entry.status === 'waiting').length;

  return (
    <div aria-live="polite">
      {entries.length > 0 ? (
        <section className="outbox" aria-labelledby="outbox-title" data-testid="outbox">
          <h2 id="outbox-title" className="outbox__title">
            {waiting > 0 ? t('outbox.waiting', { count: waiting }) : t('outbox.title')}
          </h2>
          {waiting > 0 ? <p className="outbox__hint">{t('outbox.waitingHint')}</p> : null}
          <ul className="outbox__list">
            {entries.map((entry) => (
              <OutboxItem key={entry.key} entry={entry} />
            ))}
          </ul>
          {entries.some((entry) => entry.status === 'sent') ? <Link to="/pledges">{t('outbox.myPledges')}</Link> : null}
        </section>
      ) : null}
    </div>
  );
}

function OutboxItem({ entry }: { entry: OutboxEntry }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const summaryText = useSummaryText();
  const what = t('outbox.entry', summaryText(entry.summary));
  const whatId = `outbox-${entry.key}`;

  let status;
  if (entry.status === 'failed' && entry.problem) {
    status = <ApiErrorPanel title={t('outbox.failed')} error={new ApiError(entry.problem)} message={t('outbox.refused')} />;
  } else if (entry.status === 'sent' && entry.sentAt) {
    status = <p className="outbox__when outbox__when--sent">{t('outbox.sentAt', { time: formatDate(entry.sentAt, locale, TIME) })}</p>;
  } else {
    status = <p className="outbox__when">{t('outbox.savedAt', { time: formatDate(entry.queuedAt, locale, TIME) })}</p>;
  }

  return (
    <li className={`outbox__item outbox__item--${entry.status}`}>
      <p className="outbox__what" id={whatId}>
        {what}
      </p>
      {status}
      {entry.status === 'waiting' ? null : (
        <button type="button" className="button button--ghost" aria-describedby={whatId} onClick={() => outbox.dismiss(entry.key)}>
          {t('outbox.dismiss')}
        </button>
      )}
    </li>
  );
}

/** In place of a form's thank-you: the pledge is saved on the phone and will be sent when the connection returns. */
export function QueuedNotice({ entry, againLabel, onAgain }: { entry: OutboxEntry; againLabel: string; onAgain: () => void }) {
  const { t } = useTranslation();
  const summaryText = useSummaryText();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  return (
    <section className="card queued" aria-labelledby="queued-title" data-testid="pledge-queued">
      <ClockIcon className="queued__icon" />
      <h2 id="queued-title" className="queued__title" ref={heading} tabIndex={-1}>
        {t('outbox.queued.title')}
      </h2>
      <p>{t('outbox.queued.text', summaryText(entry.summary))}</p>
      <div className="form__actions">
        <button type="button" className="button button--ghost" onClick={onAgain}>
          {againLabel}
        </button>
      </div>
    </section>
  );
}
