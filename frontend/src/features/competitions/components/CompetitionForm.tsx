import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorPanel } from '@/components/ApiErrorPanel';
import { describedBy, Field } from '@/components/Field';
import { MoneyInput } from '@/components/MoneyInput';
import { Segmented } from '@/components/Segmented';
import type { ApiError, BoardMetric, BoardRanking, Competition, CompetitionRequest, Me } from '@/lib/api';
import { decimalSeparator, todayIso, useLocale } from '@/lib/i18n';
import { currencyOf } from '@/lib/session';
import { goalLabel, goalToInput, goalUnit, parseGoal } from './goal';
import { ParticipantPicker } from './ParticipantPicker';
import { initialParticipants, participantsOf, scopeIds, type Participants } from './participants';

const METRICS: readonly BoardMetric[] = ['MONEY_PLEDGED', 'MONEY_COLLECTED', 'PARTICIPATION', 'SHIRTS_PRINTED', 'VOLUNTEER_HOURS'];
const RANKINGS: readonly BoardRanking[] = ['TOTAL', 'PER_EMPLOYEE'];
const FIELDS = ['name', 'description', 'startsOn', 'endsOn', 'scope', 'scopeIds', 'metric', 'ranking', 'goal'] as const;
type FieldName = (typeof FIELDS)[number];

/** YYYY-MM-DD plus whole days (UTC calendar arithmetic). */
export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + days)).toISOString().slice(0, 10);
}

/** Create (no `competition`) or change before the start (PUT, everything): the same fields. */
export function CompetitionForm({
  competition,
  me,
  pending,
  error,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  competition?: Competition;
  me: Me | undefined;
  pending: boolean;
  error: ApiError | undefined;
  submitLabel: string;
  onSubmit: (body: CompetitionRequest) => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const today = todayIso();
  const [name, setName] = useState(competition?.name ?? '');
  const [description, setDescription] = useState(competition?.description ?? '');
  const [startsOn, setStartsOn] = useState(competition?.startsOn ?? today);
  const [endsOn, setEndsOn] = useState(competition?.endsOn ?? addDays(today, 13));
  const [metric, setMetric] = useState<BoardMetric>(competition?.metric ?? 'MONEY_PLEDGED');
  const [ranking, setRanking] = useState<BoardRanking>(competition?.ranking ?? 'PER_EMPLOYEE');
  const unit = goalUnit(metric, ranking);
  const [goal, setGoal] = useState(goalToInput(competition?.goal, unit, decimalSeparator(locale)));
  const [participants, setParticipants] = useState<Participants>(() =>
    competition ? participantsOf(competition.scope, competition.scopeIds) : initialParticipants(me?.leads),
  );
  const [checked, setChecked] = useState(false);
  const currency = currencyOf(me) ?? 'DKK';
  const parsedGoal = parseGoal(goal, unit, metric);

  const dateOk = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v);
  const clientErrors: Partial<Record<FieldName, string[]>> = {
    name: name.trim() === '' ? [t('competitions.errors.name')] : [],
    startsOn: !dateOk(startsOn) ? [t('competitions.errors.date')] : [],
    endsOn: !dateOk(endsOn) ? [t('competitions.errors.date')] : endsOn < startsOn ? [t('competitions.errors.endBeforeStart')] : [],
    scopeIds: participants.chosen.size === 0 ? [t('competitions.errors.participants')] : [],
    goal: parsedGoal.ok ? [] : [t(`money.errors.${parsedGoal.problem}`)],
  };
  const errorsFor = (field: FieldName) => [...(checked ? (clientErrors[field] ?? []) : []), ...(error?.errorsFor(field) ?? [])];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    const firstInvalid = FIELDS.find((field) => (clientErrors[field] ?? []).length > 0);
    if (firstInvalid) {
      document.getElementById(firstInvalid === 'scopeIds' ? 'competition-scope-DEPARTMENTS' : `competition-${firstInvalid}`)?.focus();
      return;
    }
    onSubmit({
      name: name.trim(),
      description: description.trim() === '' ? undefined : description.trim(),
      startsOn,
      endsOn,
      scope: participants.scope,
      scopeIds: scopeIds(participants),
      metric,
      ranking,
      goal: parsedGoal.ok ? parsedGoal.value : undefined,
    });
  };

  const errors = Object.fromEntries(FIELDS.map((field) => [field, errorsFor(field)])) as Record<FieldName, string[]>;

  return (
    <form className="card form" onSubmit={submit} noValidate aria-busy={pending}>
      <Field id="competition-name" label={t('competitions.form.name')} errors={errors.name}>
        <input
          id="competition-name"
          className="input"
          type="text"
          maxLength={120}
          value={name}
          onChange={(event) => setName(event.target.value)}
          aria-invalid={errors.name.length > 0}
          aria-describedby={describedBy('competition-name', { errors: errors.name })}
        />
      </Field>
      <Field id="competition-description" label={t('competitions.form.description')} optional errors={errors.description}>
        <textarea
          id="competition-description"
          className="textarea"
          rows={2}
          maxLength={2000}
          value={description}
          onChange={(event) => setDescription(event.target.value)}
          aria-invalid={errors.description.length > 0}
          aria-describedby={describedBy('competition-description', { errors: errors.description })}
        />
      </Field>
      <div className="competition-dates">
        <Field id="competition-startsOn" label={t('competitions.form.startsOn')} errors={errors.startsOn}>
          <input
            id="competition-startsOn"
            className="input"
            type="date"
            min={competition ? undefined : today}
            value={startsOn}
            onChange={(event) => setStartsOn(event.target.value)}
            aria-invalid={errors.startsOn.length > 0}
            aria-describedby={describedBy('competition-startsOn', { errors: errors.startsOn })}
          />
        </Field>
        <Field id="competition-endsOn" label={t('competitions.form.endsOn')} errors={errors.endsOn}>
          <input
            id="competition-endsOn"
            className="input"
            type="date"
            min={startsOn}
            value={endsOn}
            onChange={(event) => setEndsOn(event.target.value)}
            aria-invalid={errors.endsOn.length > 0}
            aria-describedby={describedBy('competition-endsOn', { errors: errors.endsOn })}
          />
        </Field>
      </div>
      <p className="field__hint">{t('competitions.form.datesHint')}</p>

      <ParticipantPicker value={participants} onChange={setParticipants} me={me} errors={[...errors.scopeIds, ...errors.scope]} />

      <Segmented
        name="competition-metric"
        legend={t('competitions.form.metric')}
        compact
        twoColumnsOnPhone
        value={metric}
        options={METRICS.map((v) => ({ value: v, label: t(`boards.metric.${v}`) }))}
        onChange={(v) => {
          setMetric(v);
          setGoal('');
        }}
      />
      <Segmented
        name="competition-ranking"
        legend={t('competitions.form.ranking')}
        compact
        value={ranking}
        options={RANKINGS.map((v) => ({ value: v, label: t(`boards.ranking.${v}`) }))}
        onChange={(v) => {
          setRanking(v);
          setGoal('');
        }}
      />
      <p className="field__hint">{t(`boards.measure.${metric}.${ranking}`)}</p>

      <Field id="competition-goal" label={t(`competitions.form.goal.${goalLabel(metric, ranking)}`)} hint={t('competitions.form.goalHint')} optional errors={errors.goal}>
        {unit === 'MONEY' ? (
          <MoneyInput
            id="competition-goal"
            currency={currency}
            value={goal}
            onChange={setGoal}
            aria-invalid={errors.goal.length > 0}
            aria-describedby={describedBy('competition-goal', { hint: true, errors: errors.goal })}
          />
        ) : (
          <input
            id="competition-goal"
            className="input"
            type="text"
            inputMode={unit === 'COUNT' ? 'numeric' : 'decimal'}
            autoComplete="off"
            value={goal}
            onChange={(event) => setGoal(event.target.value)}
            aria-invalid={errors.goal.length > 0}
            aria-describedby={describedBy('competition-goal', { hint: true, errors: errors.goal })}
          />
        )}
      </Field>

      {error ? <ApiErrorPanel title={t('competitions.form.failed')} error={error} inlineFields={[...FIELDS]} /> : null}

      <div className="competition-actions">
        {onCancel ? (
          <button type="button" className="button button--ghost" onClick={onCancel} disabled={pending}>
            {t('common.back')}
          </button>
        ) : null}
        <button type="submit" className="button button--primary" disabled={pending}>
          {pending ? t('competitions.form.sending') : submitLabel}
        </button>
      </div>
    </form>
  );
}
