import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiErrorPanel } from '@/components/ApiErrorPanel';
import { describedBy, Field } from '@/components/Field';
import { Segmented } from '@/components/Segmented';
import type { HourRequest } from '@/lib/api';
import { todayIso } from '@/lib/i18n';
import { useLogHours } from '../api/useLogHours';
import { useMyShifts } from '../api/useMyShifts';
import { useNgos } from '../api/useNgos';
import { parseHoursInput } from './hours';
import { VolunteeringTabs } from './VolunteeringTabs';
import './volunteering.css';

const QUICK_HOURS = ['1', '2', '4', '8'] as const;
type For = 'opportunity' | 'ngo';

/** /volunteering/hours/new: log hours in a few taps (today, a number of hours, what for). */
export function LogHoursPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const shifts = useMyShifts();
  const ngos = useNgos();
  const log = useLogHours();
  const today = todayIso();
  const [date, setDate] = useState(today);
  const [hours, setHours] = useState('');
  const [kind, setKind] = useState<For>('opportunity');
  const [opportunityId, setOpportunityId] = useState<number | ''>('');
  const [ngoId, setNgoId] = useState<number | ''>('');
  const [description, setDescription] = useState('');
  const [checked, setChecked] = useState(false);

  const opportunities = shifts.status === 'success'
    ? [...new Map(shifts.data.map((s) => [s.opportunityId, s.title])).entries()]
    : [];
  const parsedHours = parseHoursInput(hours);
  const serverErrors = (field: string) => (log.status === 'error' ? log.error.errorsFor(field) : []);
  const hoursErrors = [...(checked && !parsedHours.ok ? [t('volunteering.log.hoursInvalid')] : []), ...serverErrors('minutes')];
  const forErrors = [
    ...(checked && kind === 'opportunity' && opportunityId === '' ? [t('volunteering.log.opportunityRequired')] : []),
    ...(checked && kind === 'ngo' && ngoId === '' ? [t('volunteering.log.ngoRequired')] : []),
    ...serverErrors('opportunityId'),
    ...serverErrors('ngoId'),
  ];
  const descriptionErrors = [...(checked && description.trim() === '' ? [t('volunteering.log.descriptionRequired')] : []), ...serverErrors('description')];
  const dateErrors = serverErrors('date');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    const target = kind === 'opportunity' ? opportunityId : ngoId;
    if (!parsedHours.ok || target === '' || description.trim() === '') return;
    const body: HourRequest = {
      date,
      minutes: parsedHours.value,
      description: description.trim(),
      ...(kind === 'opportunity' ? { opportunityId: target } : { ngoId: target }),
    };
    if (await log.run(body)) navigate('/volunteering/hours');
  };

  return (
    <div className="page">
      <VolunteeringTabs />
      <header className="page__header">
        <h1 className="page__title">{t('volunteering.log.title')}</h1>
        <p className="page__lead">{t('volunteering.log.lead')}</p>
      </header>
      <form className="form" noValidate onSubmit={(event) => void submit(event)}>
        <Field id="hours-date" label={t('volunteering.log.date')} errors={dateErrors}>
          <input id="hours-date" className="input" type="date" max={today} value={date} required
            aria-describedby={describedBy('hours-date', { errors: dateErrors })} aria-invalid={dateErrors.length > 0}
            onChange={(event) => setDate(event.target.value)} />
        </Field>
        <Field id="hours-hours" label={t('volunteering.log.hours')} hint={t('volunteering.log.hoursHint')} errors={hoursErrors}>
          <div className="amount-chips">
            {QUICK_HOURS.map((h) => (
              <button key={h} type="button" className="amount-chip" aria-pressed={hours === h} onClick={() => setHours(h)}>
                {t('volunteering.log.hoursChip', { n: h })}
              </button>
            ))}
          </div>
          <input id="hours-hours" className="input" inputMode="decimal" value={hours}
            aria-describedby={describedBy('hours-hours', { hint: true, errors: hoursErrors })} aria-invalid={hoursErrors.length > 0}
            onChange={(event) => setHours(event.target.value)} />
        </Field>
        <Segmented<For>
          name="hours-for"
          legend={t('volunteering.log.for')}
          value={kind}
          onChange={setKind}
          options={[
            { value: 'opportunity', label: t('volunteering.log.forOpportunity') },
            { value: 'ngo', label: t('volunteering.log.forNgo') },
          ]}
        />
        {kind === 'opportunity' ? (
          <Field id="hours-opportunity" label={t('volunteering.log.opportunity')} errors={forErrors}>
            <select id="hours-opportunity" className="select" value={opportunityId}
              aria-describedby={describedBy('hours-opportunity', { errors: forErrors })} aria-invalid={forErrors.length > 0}
              onChange={(event) => setOpportunityId(event.target.value === '' ? '' : Number(event.target.value))}>
              <option value="">{t('volunteering.log.choose')}</option>
              {opportunities.map(([id, title]) => (
                <option key={id} value={id}>{title}</option>
              ))}
            </select>
          </Field>
        ) : (
          <Field id="hours-ngo" label={t('volunteering.log.ngo')} errors={forErrors}>
            <select id="hours-ngo" className="select" value={ngoId}
              aria-describedby={describedBy('hours-ngo', { errors: forErrors })} aria-invalid={forErrors.length > 0}
              onChange={(event) => setNgoId(event.target.value === '' ? '' : Number(event.target.value))}>
              <option value="">{t('volunteering.log.choose')}</option>
              {ngos.status === 'success' ? ngos.data.map((n) => <option key={n.id} value={n.id}>{n.name}</option>) : null}
            </select>
          </Field>
        )}
        <Field id="hours-description" label={t('volunteering.log.description')} errors={descriptionErrors}>
          <textarea id="hours-description" className="textarea" rows={2} maxLength={1000} value={description}
            aria-describedby={describedBy('hours-description', { errors: descriptionErrors })} aria-invalid={descriptionErrors.length > 0}
            onChange={(event) => setDescription(event.target.value)} />
        </Field>
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={log.status === 'pending'}>
            {t('volunteering.log.submit')}
          </button>
        </div>
        {log.status === 'error' ? <ApiErrorPanel title={t('volunteering.log.failed')} error={log.error} /> : null}
      </form>
    </div>
  );
}
