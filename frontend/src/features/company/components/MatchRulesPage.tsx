import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AdminTabs } from '@/components/AdminTabs';
import { ApiErrorPanel } from '@/components/ApiErrorPanel';
import { describedBy, Field } from '@/components/Field';
import { MoneyInput } from '@/components/MoneyInput';
import { Spinner } from '@/components/Spinner';
import type { MatchRule, Source } from '@/lib/api';
import { formatDate, formatMoney, todayIso, useLocale } from '@/lib/i18n';
import { parseMoneyInput } from '@/lib/money';
import { useMeIfLoaded } from '@/lib/session';
import { useCreateMatchRule } from '../api/useCreateMatchRule';
import { useEndMatchRule } from '../api/useEndMatchRule';
import { useMatchRules } from '../api/useMatchRules';
import './company.css';

const MATCHABLE: readonly Source[] = ['DONATION', 'SPONSORSHIP', 'DEPARTMENT_COLLECTION'];

/** /admin/match-rules: the company's matching rules: ratio, cap per employee and year, sources, period, budget. */
export function MatchRulesPage() {
  const { t } = useTranslation();
  const rules = useMatchRules();
  return (
    <div className="page">
      <AdminTabs />
      <header className="page__header">
        <h1 className="page__title">{t('company.match.title')}</h1>
        <p className="page__lead">{t('company.match.lead')}</p>
      </header>
      <NewRule onCreated={rules.refresh} />
      {rules.status === 'loading' ? <Spinner label={t('company.match.loading')} /> : null}
      {rules.status === 'error' ? <ApiErrorPanel title={t('company.match.loadError')} error={rules.error} onRetry={rules.reload} /> : null}
      {rules.status === 'success' && rules.data.length === 0 ? <p className="empty">{t('company.match.none')}</p> : null}
      {rules.status === 'success' ? (
        <ul className="list-plain company__splits">
          {rules.data.map((rule) => (
            <RuleItem key={rule.id} rule={rule} onEnded={rules.refresh} />
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function RuleItem({ rule, onEnded }: { rule: MatchRule; onEnded: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const end = useEndMatchRule();
  const money = (minor: number) => formatMoney(minor, rule.reportingCurrency, locale, { wholeWithoutDecimals: true });
  return (
    <li className="card" data-id={rule.id}>
      <div className="company__split-top">
        <h3 className="card__title">{t('company.match.ratio', { numerator: rule.ratioNumerator, denominator: rule.ratioDenominator })}</h3>
        <span className={rule.active ? 'chip chip--success' : 'chip chip--muted'}>{t(rule.active ? 'company.match.active' : 'company.match.ended')}</span>
      </div>
      <p className="muted">
        {formatDate(rule.validFrom, locale, { dateStyle: 'medium' })} – {formatDate(rule.validTo, locale, { dateStyle: 'medium' })}
      </p>
      <p>{rule.sources.map((s) => t(`reports.sources.${s}`)).join(', ')}</p>
      <p>{t('company.match.capLine', { cap: money(rule.capPerEmployeeMinor) })}</p>
      <p>{t('company.match.budgetLine', { used: money(rule.usedMinor), budget: money(rule.budgetMinor) })}</p>
      {rule.active ? (
        <button type="button" className="button button--ghost button--small" disabled={end.status === 'pending'} onClick={() => void end.run(rule.id).then((r) => r && onEnded())}>
          {t('company.match.end')}
        </button>
      ) : null}
      {end.status === 'error' ? <ApiErrorPanel title={t('company.match.endFailed')} error={end.error} /> : null}
    </li>
  );
}

function NewRule({ onCreated }: { onCreated: () => void }) {
  const { t } = useTranslation();
  const me = useMeIfLoaded();
  const currency = me?.currency ?? 'DKK';
  const create = useCreateMatchRule();
  const today = todayIso();
  const [numerator, setNumerator] = useState('1');
  const [denominator, setDenominator] = useState('1');
  const [cap, setCap] = useState('');
  const [budget, setBudget] = useState('');
  const [from, setFrom] = useState(today);
  const [to, setTo] = useState(`${today.slice(0, 4)}-12-31`);
  const [sources, setSources] = useState<Source[]>(['DONATION', 'SPONSORSHIP']);
  const [checked, setChecked] = useState(false);
  const capParsed = parseMoneyInput(cap);
  const budgetParsed = parseMoneyInput(budget);
  const ratioOk = /^\d{1,3}$/.test(numerator) && /^\d{1,3}$/.test(denominator) && Number(numerator) >= 1 && Number(denominator) >= 1;
  const serverError = create.status === 'error' ? create.error : undefined;
  const errorsOf = (field: string, local: boolean, message: string) => [...(checked && local ? [message] : []), ...(serverError?.errorsFor(field) ?? [])];
  const capErrors = errorsOf('capPerEmployeeMinor', !capParsed.ok, t('company.match.amountInvalid'));
  const budgetErrors = errorsOf('budgetMinor', !budgetParsed.ok, t('company.match.amountInvalid'));
  const periodErrors = errorsOf('validTo', !(from && to && from <= to), t('company.match.periodInvalid'));
  const sourceErrors = errorsOf('sources', sources.length === 0, t('company.match.sourcesRequired'));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (!capParsed.ok || !budgetParsed.ok || !ratioOk || sources.length === 0 || !(from <= to)) return;
    const done = await create.run({
      ratioNumerator: Number(numerator),
      ratioDenominator: Number(denominator),
      capPerEmployeeMinor: capParsed.value,
      budgetMinor: budgetParsed.value,
      sources,
      validFrom: from,
      validTo: to,
    });
    if (done) {
      setChecked(false);
      setCap('');
      setBudget('');
      onCreated();
    }
  };

  return (
    <form className="card form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="new-rule-title">
      <h2 id="new-rule-title" className="section-title">
        {t('company.match.new')}
      </h2>
      <div className="company__row">
        <Field id="rule-numerator" label={t('company.match.numerator')} errors={checked && !ratioOk ? [t('company.match.ratioInvalid')] : []}>
          <input id="rule-numerator" className="input" inputMode="numeric" value={numerator} onChange={(e) => setNumerator(e.target.value)} />
        </Field>
        <Field id="rule-denominator" label={t('company.match.denominator')}>
          <input id="rule-denominator" className="input" inputMode="numeric" value={denominator} onChange={(e) => setDenominator(e.target.value)} />
        </Field>
      </div>
      <Field id="rule-cap" label={t('company.match.cap')} errors={capErrors}>
        <MoneyInput id="rule-cap" currency={currency} value={cap} onChange={setCap} aria-invalid={capErrors.length > 0} aria-describedby={describedBy('rule-cap', { errors: capErrors })} />
      </Field>
      <Field id="rule-budget" label={t('company.match.budget')} errors={budgetErrors}>
        <MoneyInput id="rule-budget" currency={currency} value={budget} onChange={setBudget} aria-invalid={budgetErrors.length > 0} aria-describedby={describedBy('rule-budget', { errors: budgetErrors })} />
      </Field>
      <div className="company__row">
        <Field id="rule-from" label={t('company.match.from')} errors={periodErrors}>
          <input id="rule-from" className="input" type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        </Field>
        <Field id="rule-to" label={t('company.match.to')}>
          <input id="rule-to" className="input" type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        </Field>
      </div>
      <fieldset className="field">
        <legend className="field__label">{t('company.match.sources')}</legend>
        {MATCHABLE.map((source) => (
          <label key={source} className="company__check">
            <input
              type="checkbox"
              checked={sources.includes(source)}
              onChange={(e) => setSources((s) => (e.target.checked ? [...s, source] : s.filter((x) => x !== source)))}
            />{' '}
            {t(`reports.sources.${source}`)}
          </label>
        ))}
        {sourceErrors.length > 0 ? <p className="field__errors">{sourceErrors.join(' ')}</p> : null}
      </fieldset>
      <button type="submit" className="button button--primary" disabled={create.status === 'pending'}>
        {t('company.match.create')}
      </button>
      {serverError ? <ApiErrorPanel title={t('company.match.createFailed')} error={serverError} inlineFields={['capPerEmployeeMinor', 'budgetMinor', 'validTo', 'sources']} /> : null}
    </form>
  );
}
