import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiErrorPanel } from '@/components/ApiErrorPanel';
import { DownloadIcon } from '@/components/icons';
import { Spinner } from '@/components/Spinner';
import { useLocale } from '@/lib/i18n';
import { useMyShifts } from '../api/useMyShifts';
import { useShiftsCalendar } from '../api/useShiftsCalendar';
import { formatShift } from './hours';
import { VolunteeringTabs } from './VolunteeringTabs';
import './volunteering.css';

/** /volunteering/shifts: my confirmed and waiting shifts, and my calendar file. */
export function MyShiftsPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const shifts = useMyShifts();
  const calendar = useShiftsCalendar();

  return (
    <div className="page">
      <VolunteeringTabs />
      <header className="page__header">
        <h1 className="page__title">{t('volunteering.shifts.title')}</h1>
        <p className="page__lead">{t('volunteering.shifts.lead')}</p>
      </header>
      <div className="vol-links">
        <button type="button" className="button button--ghost" disabled={calendar.status === 'pending'} onClick={() => void calendar.run(undefined)}>
          <DownloadIcon width={18} height={18} />
          {t('volunteering.shifts.calendar')}
        </button>
      </div>
      {calendar.status === 'error' ? <ApiErrorPanel title={t('volunteering.shifts.calendarFailed')} error={calendar.error} /> : null}
      {shifts.status === 'loading' ? <Spinner label={t('volunteering.shifts.loading')} /> : null}
      {shifts.status === 'error' ? (
        <ApiErrorPanel title={t('volunteering.shifts.loadError')} error={shifts.error} onRetry={shifts.reload} />
      ) : null}
      {shifts.status === 'success' ? (
        shifts.data.length === 0 ? (
          <p className="empty">{t('volunteering.shifts.empty')}</p>
        ) : (
          <ul className="list-plain vol-list" data-testid="my-shifts">
            {shifts.data.map((shift) => (
              <li key={shift.shiftId} className="card">
                <Link className="vol-item__link" to={`/volunteering/opportunities/${shift.opportunityId}`}>
                  <p className="vol-item__title">{shift.title}</p>
                  <p className="vol-item__facts">
                    {formatShift(shift.startsAt, shift.endsAt, locale)} · {shift.place}
                  </p>
                  {shift.status === 'CONFIRMED' ? (
                    <span className="chip chip--success">{t('volunteering.detail.confirmed')}</span>
                  ) : (
                    <span className="chip chip--warn">{t('volunteering.detail.inLine', { position: shift.position ?? 0 })}</span>
                  )}
                </Link>
              </li>
            ))}
          </ul>
        )
      ) : null}
    </div>
  );
}
