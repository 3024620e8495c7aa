import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiErrorPanel } from '@/components/ApiErrorPanel';
import { Spinner } from '@/components/Spinner';
import type { Shift } from '@/lib/api';
import { formatCount, formatList, useLocale } from '@/lib/i18n';
import { hasAnyRole, useMeIfLoaded } from '@/lib/session';
import { useOpportunity } from '../api/useOpportunity';
import { useSignUp } from '../api/useSignUp';
import { useWithdraw } from '../api/useWithdraw';
import { formatShift } from './hours';
import { placeLabel } from './place';
import { VolunteeringTabs } from './VolunteeringTabs';
import './volunteering.css';

/** /volunteering/opportunities/:id: what is needed, its shifts, sign up or withdraw; its owner sees who comes. */
export function OpportunityPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const id = Number(useParams().id);
  const opportunity = useOpportunity(id);

  return (
    <div className="page">
      <VolunteeringTabs />
      {opportunity.status === 'loading' ? <Spinner label={t('volunteering.detail.loading')} /> : null}
      {opportunity.status === 'error' ? (
        <ApiErrorPanel title={t('volunteering.detail.loadError')} error={opportunity.error} onRetry={opportunity.reload} />
      ) : null}
      {opportunity.status === 'success' ? (
        <>
          <header className="page__header">
            <h1 className="page__title">{opportunity.data.title}</h1>
            <p className="page__lead">
              {opportunity.data.ngo.name} · {placeLabel(t, opportunity.data)}
            </p>
          </header>
          {opportunity.data.matchedSkills.length > 0 ? (
            <p>
              <span className="chip chip--success">
                {t('volunteering.list.matches', { skills: formatList(opportunity.data.matchedSkills.map((s) => s.name), locale) })}
              </span>
            </p>
          ) : null}
          <p style={{ whiteSpace: 'pre-line' }}>{opportunity.data.description}</p>
          {opportunity.data.skills.length > 0 ? (
            <p className="muted">{t('volunteering.list.wants', { skills: formatList(opportunity.data.skills.map((s) => s.name), locale) })}</p>
          ) : null}
          <h2 className="section-title">{t('volunteering.detail.shifts')}</h2>
          <ul className="list-plain vol-list" data-testid="shifts">
            {opportunity.data.shifts.map((shift) => (
              <ShiftItem key={shift.id} shift={shift} onChanged={opportunity.refresh} />
            ))}
          </ul>
          <p>
            <Link to="/volunteering/shifts">{t('volunteering.detail.myShifts')}</Link>
          </p>
        </>
      ) : null}
    </div>
  );
}

function ShiftItem({ shift, onChanged }: { shift: Shift; onChanged: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const me = useMeIfLoaded();
  const signUp = useSignUp();
  const withdraw = useWithdraw();
  const mayJoin = hasAnyRole(me, ['employee', 'lead', 'admin']) && new Date(shift.startsAt) > new Date();
  const busy = signUp.status === 'pending' || withdraw.status === 'pending';

  const join = async () => {
    if (await signUp.run(shift.id)) onChanged();
  };
  const leave = async () => {
    if (await withdraw.run(shift.id)) onChanged();
  };

  return (
    <li className="card" data-id={shift.id}>
      <p className="vol-item__title">{formatShift(shift.startsAt, shift.endsAt, locale)}</p>
      <p className="vol-item__facts">
        {t('volunteering.detail.places', { confirmed: formatCount(shift.confirmed, locale), places: formatCount(shift.places, locale) })}
        {shift.waiting > 0 ? ` · ${t('volunteering.detail.waiting', { n: formatCount(shift.waiting, locale) })}` : ''}
      </p>
      {shift.myStatus === 'CONFIRMED' ? <p className="chip chip--success">{t('volunteering.detail.confirmed')}</p> : null}
      {shift.myStatus === 'WAITING' ? (
        <p className="chip chip--warn">{t('volunteering.detail.inLine', { position: shift.myPosition ?? 0 })}</p>
      ) : null}
      {mayJoin ? (
        <div className="vol-item__actions">
          {shift.myStatus ? (
            <button type="button" className="button button--ghost" disabled={busy} onClick={() => void leave()}>
              {t('volunteering.detail.withdraw')}
            </button>
          ) : (
            <button type="button" className="button button--primary" disabled={busy} onClick={() => void join()}>
              {shift.confirmed >= shift.places ? t('volunteering.detail.joinWaitingList') : t('volunteering.detail.signUp')}
            </button>
          )}
        </div>
      ) : null}
      {signUp.status === 'error' ? <ApiErrorPanel title={t('volunteering.detail.signUpFailed')} error={signUp.error} /> : null}
      {withdraw.status === 'error' ? <ApiErrorPanel title={t('volunteering.detail.withdrawFailed')} error={withdraw.error} /> : null}
      {shift.volunteers ? (
        <details>
          <summary>{t('volunteering.detail.volunteers', { n: formatCount(shift.volunteers.length, locale) })}</summary>
          <ul>
            {shift.volunteers.map((v, index) => (
              <li key={index}>
                {v.name}
                {v.status === 'WAITING' ? ` (${t('volunteering.detail.inLine', { position: v.position ?? 0 })})` : ''}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </li>
  );
}
