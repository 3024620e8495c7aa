import { useTranslation } from 'react-i18next';
import { ApiErrorPanel } from '@/components/ApiErrorPanel';
import { ReasonAction } from '@/components/ReasonAction';
import { Spinner } from '@/components/Spinner';
import type { HourLog } from '@/lib/api';
import { useLocale } from '@/lib/i18n';
import { useApprovals } from '../api/useApprovals';
import { useApproveHours } from '../api/useApproveHours';
import { useRejectHours } from '../api/useRejectHours';
import { hoursAsNumber } from './hours';
import { HourLogSummary } from './MyHoursPage';
import { VolunteeringTabs } from './VolunteeringTabs';
import './volunteering.css';

/** /volunteering/approvals: hours leads (their departments) and NGO staff (their opportunities) decide on. */
export function ApprovalsPage() {
  const { t } = useTranslation();
  const queue = useApprovals();
  return (
    <div className="page">
      <VolunteeringTabs />
      <header className="page__header">
        <h1 className="page__title">{t('volunteering.approvals.title')}</h1>
        <p className="page__lead">{t('volunteering.approvals.lead')}</p>
      </header>
      {queue.status === 'loading' ? <Spinner label={t('volunteering.approvals.loading')} /> : null}
      {queue.status === 'error' ? <ApiErrorPanel title={t('volunteering.approvals.loadError')} error={queue.error} onRetry={queue.reload} /> : null}
      {queue.status === 'success' ? (
        queue.data.length === 0 ? (
          <p className="empty">{t('volunteering.approvals.empty')}</p>
        ) : (
          <ul className="list-plain vol-list" data-testid="approvals">
            {queue.data.map((log) => (
              <ApprovalItem key={log.id} log={log} onDone={queue.refresh} />
            ))}
          </ul>
        )
      ) : null}
    </div>
  );
}

function ApprovalItem({ log, onDone }: { log: HourLog; onDone: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const approve = useApproveHours();
  const reject = useRejectHours();
  const hours = hoursAsNumber(log.minutes, locale);
  return (
    <li className="card" data-id={log.id}>
      <HourLogSummary log={log} />
      <div className="vol-item__actions">
        <button type="button" className="button button--primary" disabled={approve.status === 'pending'}
          onClick={() => void approve.run(log.id).then((done) => done && onDone())}>
          {t('volunteering.approvals.approve')}
        </button>
      </div>
      {approve.status === 'error' ? <ApiErrorPanel title={t('volunteering.approvals.approveFailed')} error={approve.error} /> : null}
      <ReasonAction
        id={`reject-reason-${log.id}`}
        className="vol-item__reject"
        state={reject}
        run={(reason) => reject.run({ id: log.id, reason })}
        onDone={onDone}
        text={{
          summary: t('volunteering.approvals.reject'),
          reason: t('volunteering.approvals.reason'),
          reasonRequired: t('volunteering.approvals.reasonRequired'),
          button: t('volunteering.approvals.reject'),
          failed: t('volunteering.approvals.rejectFailed'),
          confirmTitle: t('volunteering.approvals.rejectTitle'),
          confirmLabel: t('volunteering.approvals.reject'),
          confirmText: t('volunteering.approvals.rejectText', { hours, name: log.employee ?? '' }),
        }}
      />
    </li>
  );
}
