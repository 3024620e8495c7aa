import { useTranslation } from 'react-i18next';
import type { ErasureRequest, ErasureStatus } from '@/lib/api';
import { formatDate, useLocale } from '@/lib/i18n';

const CHIP: Record<ErasureStatus, string> = {
  OPEN: 'chip chip--warn',
  WITHDRAWN: 'chip chip--muted',
  REFUSED: 'chip chip--danger',
  COMPLETED: 'chip chip--success',
};

export function ErasureStatusChip({ status }: { status: ErasureStatus }) {
  const { t } = useTranslation();
  return <span className={CHIP[status]}>{t(`privacy.erasure.status.${status}`)}</span>;
}

/** When a request was made and decided, the refusal's reason, and while open what must be settled first. */
export function ErasureRequestFacts({ request }: { request: ErasureRequest }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const toSettle = request.pledgesToSettle ?? 0;
  const awaiting = request.pledgesAwaitingResult ?? 0;
  return (
    <>
      <p className="erasure__facts">
        {t('privacy.erasure.requested', { date: formatDate(request.requestedAt, locale, { dateStyle: 'medium' }) })}
        {request.decidedAt
          ? ` · ${t('privacy.erasure.decided', { date: formatDate(request.decidedAt, locale, { dateStyle: 'medium' }) })}`
          : ''}
      </p>
      {request.refusalReason ? <p className="erasure__text">{t('privacy.erasure.refusal', { reason: request.refusalReason })}</p> : null}
      {toSettle > 0 ? <p className="notice">{t('privacy.erasure.toSettle', { count: toSettle })}</p> : null}
      {awaiting > 0 ? <p className="notice">{t('privacy.erasure.awaiting', { count: awaiting })}</p> : null}
    </>
  );
}
