import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiErrorPanel } from '@/components/ApiErrorPanel';
import { PlusIcon } from '@/components/icons';
import { Spinner } from '@/components/Spinner';
import type { HourLog } from '@/lib/api';
import { describedBy, Field } from '@/components/Field';
import { formatDate, formatNumber, useLocale } from '@/lib/i18n';
import { useEditHours } from '../api/useEditHours';
import { useMyHours } from '../api/useMyHours';
import { hoursAsNumber, parseHoursInput } from './hours';
import { VolunteeringTabs } from './VolunteeringTabs';
import './volunteering.css';

const STATUS_CHIP = { SUBMITTED: 'chip chip--muted', APPROVED: 'chip chip--success', REJECTED: 'chip chip--danger' } as const;

/** /volunteering/hours: my logged hours with their status. */
export function MyHoursPage() {
  const { t } = useTranslation();
  const hours = useMyHours();
  return (
    <div className="page">
      <VolunteeringTabs />
      <header className="page__header page__header-row">
        <div className="page__header">
          <h1 className="page__title">{t('volunteering.hours.title')}</h1>
          <p className="page__lead">{t('volunteering.hours.lead')}</p>
        </div>
        <Link className="button button--primary" to="/volunteering/hours/new">
          <PlusIcon width={18} height={18} />
          {t('volunteering.list.logHours')}
        </Link>
      </header>
      {hours.status === 'loading' ? <Spinner label={t('volunteering.hours.loading')} /> : null}
      {hours.status === 'error' ? <ApiErrorPanel title={t('volunteering.hours.loadError')} error={hours.error} onRetry={hours.reload} /> : null}
      {hours.status === 'success' ? (
        hours.data.length === 0 ? (
          <p className="empty">{t('volunteering.hours.empty')}</p>
        ) : (
          <ul className="list-plain vol-list" data-testid="my-hours">
            {hours.data.map((log) => (
              <li key={log.id} className="card" data-id={log.id}>
                <HourLogSummary log={log} />
                {log.status === 'SUBMITTED' ? <EditHours log={log} onDone={hours.refresh} /> : null}
              </li>
            ))}
          </ul>
        )
      ) : null}
    </div>
  );
}

/** Date, hours, what for, status and (when rejected) why. */
export function HourLogSummary({ log }: { log: HourLog }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <>
      <p className="vol-item__title">
        {t('volunteering.hours.amount', { hours: hoursAsNumber(log.minutes, locale) })} · {formatDate(log.date, locale, { dateStyle: 'medium' })}
      </p>
      <p className="vol-item__facts">
        {log.employee ? `${log.employee} · ${log.department.name} · ` : ''}
        {log.opportunity ? log.opportunity.name : log.ngo.name}
      </p>
      <p className="vol-item__facts">{log.description}</p>
      <span className={STATUS_CHIP[log.status]}>{t(`volunteering.status.${log.status}`)}</span>
      {log.reason ? <p className="vol-item__facts">{t('volunteering.hours.reason', { reason: log.reason })}</p> : null}
    </>
  );
}

/** Changes the hours and description of submitted hours (same day and the same opportunity or NGO). */
function EditHours({ log, onDone }: { log: HourLog; onDone: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const edit = useEditHours();
  const [hours, setHours] = useState(formatNumber(log.minutes / 60, locale, { maximumFractionDigits: 2, useGrouping: false }));
  const [description, setDescription] = useState(log.description);
  const parsed = parseHoursInput(hours);
  const id = `edit-hours-${log.id}`;
  const errors = [
    ...(!parsed.ok ? [t('volunteering.log.hoursInvalid')] : []),
    ...(edit.status === 'error' ? edit.error.errorsFor('minutes') : []),
  ];
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!parsed.ok || description.trim() === '') return;
    const done = await edit.run({
      id: log.id,
      body: {
        date: log.date,
        minutes: parsed.value,
        description: description.trim(),
        ...(log.opportunity ? { opportunityId: log.opportunity.id } : { ngoId: log.ngo.id }),
      },
    });
    if (done) onDone();
  };
  return (
    <details>
      <summary>{t('volunteering.hours.change')}</summary>
      <form className="form" noValidate onSubmit={(event) => void submit(event)}>
        <Field id={id} label={t('volunteering.log.hours')} errors={errors}>
          <input id={id} className="input" inputMode="decimal" value={hours} aria-invalid={errors.length > 0}
            aria-describedby={describedBy(id, { errors })} onChange={(event) => setHours(event.target.value)} />
        </Field>
        <Field id={`${id}-description`} label={t('volunteering.log.description')}>
          <textarea id={`${id}-description`} className="textarea" rows={2} maxLength={1000} value={description}
            onChange={(event) => setDescription(event.target.value)} />
        </Field>
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={edit.status === 'pending'}>
            {t('volunteering.hours.save')}
          </button>
        </div>
        {edit.status === 'error' ? <ApiErrorPanel title={t('volunteering.hours.changeFailed')} error={edit.error} /> : null}
      </form>
    </details>
  );
}
