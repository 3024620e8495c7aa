import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorPanel } from '@/components/ApiErrorPanel';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { CopyLink, fullLink } from '@/components/CopyLink';
import { describedBy, Field } from '@/components/Field';
import { Segmented } from '@/components/Segmented';
import { Spinner } from '@/components/Spinner';
import type { BoardLevel, BoardMetric, BoardRanking, Screen, ScreenPeriod } from '@/lib/api';
import { formatDate, useLocale } from '@/lib/i18n';
import { useCreateScreen } from '../api/useCreateScreen';
import { useRevokeScreen } from '../api/useRevokeScreen';
import { useScreens } from '../api/useScreens';
import './screens.css';

const LEVELS: readonly BoardLevel[] = ['DEPARTMENT', 'LOCATION', 'COUNTRY'];
const METRICS: readonly BoardMetric[] = ['MONEY_PLEDGED', 'MONEY_COLLECTED', 'PARTICIPATION', 'SHIRTS_PRINTED', 'VOLUNTEER_HOURS'];
const RANKINGS: readonly BoardRanking[] = ['TOTAL', 'PER_EMPLOYEE'];
const PERIODS: readonly ScreenPeriod[] = ['MONTH', 'YEAR', 'ALL'];

/** /screens: my canteen-screen links (copy, revoke) and a new one for a period board. */
export function ScreensPage() {
  const { t } = useTranslation();
  const screens = useScreens();

  return (
    <div className="page">
      <header className="page__header">
        <h1 className="page__title">{t('screens.title')}</h1>
        <p className="page__lead">{t('screens.lead')}</p>
      </header>
      <NewScreenForm onCreated={screens.refresh} />
      <h2 className="section-title">{t('screens.mine')}</h2>
      {screens.status === 'loading' ? <Spinner label={t('screens.loading')} /> : null}
      {screens.status === 'error' ? <ApiErrorPanel title={t('screens.loadError')} error={screens.error} onRetry={screens.reload} /> : null}
      {screens.status === 'success' ? (
        screens.data.length === 0 ? (
          <p className="empty">{t('screens.empty')}</p>
        ) : (
          <ul className="list-plain screens-list" data-testid="screens">
            {screens.data.map((screen) => (
              <ScreenItem key={screen.id} screen={screen} onChanged={screens.refresh} />
            ))}
          </ul>
        )
      ) : null}
    </div>
  );
}

function ScreenItem({ screen, onChanged }: { screen: Screen; onChanged: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const revoke = useRevokeScreen();
  const [confirming, setConfirming] = useState(false);
  const what =
    screen.competitionId !== undefined
      ? t('screens.competitionBoard')
      : [
          t(`boards.levelPlural.${screen.level}`),
          t(`boards.measure.${screen.metric}.${screen.ranking}`),
          t(`boards.period.${screen.period === 'CUSTOM' ? 'ALL' : screen.period}`),
        ].join(' · ');

  const confirm = async () => {
    const done = await revoke.run(screen.id);
    setConfirming(false);
    if (done) onChanged();
  };

  return (
    <li className="card screens-list__item" data-revoked={screen.revoked || undefined}>
      <div className="screens-list__head">
        <h3 className="screens-list__title">{screen.title}</h3>
        {screen.revoked ? <span className="chip chip--muted">{t('screens.revoked')}</span> : <span className="chip chip--success">{t('screens.active')}</span>}
      </div>
      <p className="muted screens-list__facts">
        {what} · {t('screens.created', { date: formatDate(screen.createdAt, locale, { dateStyle: 'medium' }) })}
      </p>
      {screen.revoked ? null : (
        <>
          <CopyLink url={fullLink(screen.path)} label={t('screens.link')} />
          <div>
            <button type="button" className="button button--ghost" onClick={() => setConfirming(true)}>
              {t('screens.revoke')}
            </button>
          </div>
        </>
      )}
      {revoke.status === 'error' ? <ApiErrorPanel title={t('screens.revokeFailed')} error={revoke.error} /> : null}
      <ConfirmDialog
        open={confirming}
        title={t('screens.confirmRevokeTitle')}
        confirmLabel={t('screens.revoke')}
        cancelLabel={t('common.back')}
        danger
        busy={revoke.status === 'pending'}
        onConfirm={() => void confirm()}
        onCancel={() => setConfirming(false)}
      >
        <p className="dialog__text">{t('screens.confirmRevokeText', { title: screen.title })}</p>
      </ConfirmDialog>
    </li>
  );
}

function NewScreenForm({ onCreated }: { onCreated: () => void }) {
  const { t } = useTranslation();
  const create = useCreateScreen();
  const [title, setTitle] = useState('');
  const [level, setLevel] = useState<BoardLevel>('DEPARTMENT');
  const [metric, setMetric] = useState<BoardMetric>('MONEY_PLEDGED');
  const [ranking, setRanking] = useState<BoardRanking>('TOTAL');
  const [period, setPeriod] = useState<ScreenPeriod>('MONTH');
  const [checked, setChecked] = useState(false);
  const serverError = create.status === 'error' ? create.error : undefined;
  const titleErrors = [...(checked && title.trim() === '' ? [t('screens.errors.title')] : []), ...(serverError?.errorsFor('title') ?? [])];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (title.trim() === '') {
      document.getElementById('screen-title-input')?.focus();
      return;
    }
    const screen = await create.run({ title: title.trim(), level, metric, ranking, period });
    if (screen) {
      setTitle('');
      setChecked(false);
      onCreated();
    }
  };

  return (
    <details className="card screens-new">
      <summary className="screens-new__summary">{t('screens.new')}</summary>
      <form className="form" onSubmit={(event) => void submit(event)} noValidate aria-busy={create.status === 'pending'}>
        <Field id="screen-title-input" label={t('screens.screenTitle')} hint={t('screens.screenTitleHint')} errors={titleErrors}>
          <input
            id="screen-title-input"
            className="input"
            type="text"
            maxLength={120}
            value={title}
            onChange={(event) => setTitle(event.target.value)}
            aria-invalid={titleErrors.length > 0}
            aria-describedby={describedBy('screen-title-input', { hint: true, errors: titleErrors })}
          />
        </Field>
        <Segmented name="screen-level" legend={t('boards.level.label')} compact value={level} onChange={setLevel}
          options={LEVELS.map((v) => ({ value: v, label: t(`boards.level.${v}`) }))} />
        <Segmented name="screen-metric" legend={t('boards.metric.label')} compact twoColumnsOnPhone value={metric} onChange={setMetric}
          options={METRICS.map((v) => ({ value: v, label: t(`boards.metric.${v}`) }))} />
        <Segmented name="screen-ranking" legend={t('boards.ranking.label')} compact value={ranking} onChange={setRanking}
          options={RANKINGS.map((v) => ({ value: v, label: t(`boards.ranking.${v}`) }))} />
        <Segmented name="screen-period" legend={t('boards.period.label')} compact value={period} onChange={setPeriod}
          options={PERIODS.map((v) => ({ value: v, label: t(`boards.period.${v}`) }))} />
        {serverError ? <ApiErrorPanel title={t('screens.createFailed')} error={serverError} inlineFields={['title']} /> : null}
        {create.status === 'success' ? (
          <div className="notice" data-testid="new-screen">
            <p>{t('screens.createdNotice', { title: create.data.title })}</p>
            <CopyLink url={fullLink(create.data.path)} label={t('screens.link')} testId="new-screen-link" />
          </div>
        ) : null}
        <button type="submit" className="button button--primary button--block" disabled={create.status === 'pending'}>
          {t('screens.create')}
        </button>
      </form>
    </details>
  );
}
