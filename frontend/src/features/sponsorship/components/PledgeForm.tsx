import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AmountChips } from '@/components/AmountChips';
import { ApiErrorPanel } from '@/components/ApiErrorPanel';
import { describedBy, Field } from '@/components/Field';
import { CheckIcon } from '@/components/icons';
import { MoneyInput } from '@/components/MoneyInput';
import { QueuedNotice } from '@/components/Outbox';
import { Segmented } from '@/components/Segmented';
import { Switch } from '@/components/Switch';
import type { Activity, PledgeKind, PledgeRequest, SponsorshipPledge } from '@/lib/api';
import type { OutboxSummary } from '@/lib/offline';
import { decimalSeparator, formatMoney, formatNumber, useLocale } from '@/lib/i18n';
import { minorToInput, parseMoneyInput, perUnitAmountMinor } from '@/lib/money';
import { usePledge } from '../api/usePledge';

const FIXED_AMOUNTS = [5000, 10000, 20000];
const RATES = [500, 1000, 2000];

type FieldName = 'amountMinor' | 'rateMinor' | 'capMinor' | 'message' | 'kind';

export function PledgeForm({ activity, currency, onPledged }: { activity: Activity; currency: string; onPledged: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const pledge = usePledge(activity.code);
  const perUnitAllowed = activity.unit !== 'NONE';
  const [kind, setKind] = useState<PledgeKind>('FIXED');
  const [amount, setAmount] = useState('');
  const [rate, setRate] = useState('');
  const [cap, setCap] = useState('');
  const [message, setMessage] = useState('');
  const [showName, setShowName] = useState(false);
  const [checked, setChecked] = useState(false);

  const unit = perUnitAllowed ? t(`units.${activity.unit}.short`) : '';
  const per = perUnitAllowed ? `/${unit}` : undefined;
  const separator = decimalSeparator(locale);
  const fmt = (minor: number) => formatMoney(minor, currency, locale, { wholeWithoutDecimals: true });

  const perUnit = perUnitAllowed && kind === 'PER_UNIT';
  const parsedAmount = parseMoneyInput(amount);
  const parsedRate = parseMoneyInput(rate);
  const parsedCap = cap.trim() === '' ? undefined : parseMoneyInput(cap);

  const clientErrors: Partial<Record<FieldName, string[]>> = perUnit
    ? {
        rateMinor: parsedRate.ok ? [] : [t(`money.errors.${parsedRate.problem}`)],
        capMinor: parsedCap && !parsedCap.ok ? [t(`money.errors.${parsedCap.problem}`)] : [],
      }
    : { amountMinor: parsedAmount.ok ? [] : [t(`money.errors.${parsedAmount.problem}`)] };
  const serverError = pledge.status === 'error' ? pledge.error : undefined;
  const errorsFor = (field: FieldName) => [...(checked ? (clientErrors[field] ?? []) : []), ...(serverError?.errorsFor(field) ?? [])];

  const again = () => {
    setAmount('');
    setRate('');
    setCap('');
    setMessage('');
    setChecked(false);
    pledge.reset();
  };
  if (pledge.status === 'success') return <Thanks pledge={pledge.data} activity={activity} onAgain={again} />;
  if (pledge.status === 'queued') return <QueuedNotice entry={pledge.entry} againLabel={t('sponsor.thanks.again')} onAgain={again} />;

  // the live estimate of this pledge at the target, before the result is in
  let estimate: { text: string; capped?: string } | undefined;
  if (perUnit && parsedRate.ok && activity.target !== undefined) {
    const capMinor = parsedCap?.ok ? parsedCap.value : undefined;
    const uncapped = perUnitAmountMinor(parsedRate.value, activity.target);
    const total = perUnitAmountMinor(parsedRate.value, activity.target, capMinor);
    estimate = {
      text: t('sponsor.pledge.estimateLine', {
        rate: fmt(parsedRate.value),
        unit,
        target: formatNumber(activity.target, locale),
        total: fmt(uncapped),
      }),
      capped: total < uncapped ? t('sponsor.pledge.estimateCapped', { cap: fmt(total) }) : undefined,
    };
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    const text = message.trim() === '' ? undefined : message.trim();
    let body: PledgeRequest;
    // what the pledge is, to show while it waits for a connection: "10 kr./km til Emma"
    let summary: OutboxSummary;
    if (perUnit) {
      if (!parsedRate.ok || (parsedCap && !parsedCap.ok)) {
        document.getElementById(!parsedRate.ok ? 'pledge-rate' : 'pledge-cap')?.focus();
        return;
      }
      body = { kind: 'PER_UNIT', rateMinor: parsedRate.value, capMinor: parsedCap?.ok ? parsedCap.value : undefined, message: text, showName };
      summary = { amountMinor: parsedRate.value, currency, to: activity.ownerName, unit: activity.unit === 'NONE' ? undefined : activity.unit };
    } else {
      if (!parsedAmount.ok) {
        document.getElementById('pledge-amount')?.focus();
        return;
      }
      body = { kind: 'FIXED', amountMinor: parsedAmount.value, message: text, showName };
      summary = { amountMinor: parsedAmount.value, currency, to: activity.ownerName };
    }
    void pledge.submit(body, summary).then((created) => {
      if (created) onPledged(); // the page's totals and messages now include this pledge
    });
  };

  const pending = pledge.status === 'pending';
  const amountErrors = errorsFor('amountMinor');
  const rateErrors = errorsFor('rateMinor');
  const capErrors = errorsFor('capMinor');
  const messageErrors = errorsFor('message');
  const kindErrors = errorsFor('kind');

  let submitLabel = t('sponsor.pledge.submit');
  if (pending) submitLabel = t('sponsor.pledge.sending');
  else if (!perUnit && parsedAmount.ok) submitLabel = t('sponsor.pledge.submitAmount', { amount: fmt(parsedAmount.value) });
  else if (perUnit && parsedRate.ok) submitLabel = t('sponsor.pledge.submitAmount', { amount: `${fmt(parsedRate.value)}${per ?? ''}` });

  return (
    <section className="card" aria-labelledby="pledge-title">
      <h2 id="pledge-title" className="card__title">
        {t('sponsor.pledge.title', { owner: activity.ownerName })}
      </h2>
      <form className="form" onSubmit={submit} noValidate aria-busy={pending} data-testid="pledge-form">
        {perUnitAllowed ? (
          <Segmented
            name="pledge-kind"
            legend={t('sponsor.pledge.kind')}
            legendHidden
            value={kind}
            onChange={setKind}
            options={[
              { value: 'FIXED', label: t('sponsor.pledge.fixed') },
              { value: 'PER_UNIT', label: t('sponsor.pledge.perUnit', { unit }) },
            ]}
          />
        ) : null}
        {kindErrors.length > 0 ? <p className="field__errors">{kindErrors.join(' ')}</p> : null}

        {perUnit ? (
          <>
            <Field id="pledge-rate" label={t('sponsor.pledge.rate', { unit })} errors={rateErrors}>
              <AmountChips
                label={t('sponsor.pledge.quickRates')}
                amounts={RATES}
                currency={currency}
                selected={parsedRate.ok ? parsedRate.value : undefined}
                onSelect={(minor) => setRate(minorToInput(minor, separator))}
              />
              <MoneyInput
                id="pledge-rate"
                value={rate}
                onChange={setRate}
                currency={currency}
                per={per}
                aria-invalid={rateErrors.length > 0}
                aria-describedby={describedBy('pledge-rate', { errors: rateErrors })}
              />
            </Field>
            <Field id="pledge-cap" label={t('sponsor.pledge.cap')} hint={t('sponsor.pledge.capHint')} optional errors={capErrors}>
              <MoneyInput
                id="pledge-cap"
                value={cap}
                onChange={setCap}
                currency={currency}
                aria-invalid={capErrors.length > 0}
                aria-describedby={describedBy('pledge-cap', { hint: true, errors: capErrors })}
              />
            </Field>
            <p className="estimate" aria-live="polite" data-testid="pledge-estimate">
              {estimate ? (
                <>
                  {estimate.text}
                  {estimate.capped ? <span className="estimate__note">{estimate.capped}</span> : null}
                </>
              ) : (
                t('sponsor.pledge.estimateEmpty', { target: `${formatNumber(activity.target ?? 0, locale)} ${unit}` })
              )}
            </p>
          </>
        ) : (
          <Field id="pledge-amount" label={t('sponsor.pledge.amount')} errors={amountErrors}>
            <AmountChips
              label={t('sponsor.pledge.quickAmounts')}
              amounts={FIXED_AMOUNTS}
              currency={currency}
              selected={parsedAmount.ok ? parsedAmount.value : undefined}
              onSelect={(minor) => setAmount(minorToInput(minor, separator))}
            />
            <MoneyInput
              id="pledge-amount"
              value={amount}
              onChange={setAmount}
              currency={currency}
              aria-invalid={amountErrors.length > 0}
              aria-describedby={describedBy('pledge-amount', { errors: amountErrors })}
            />
          </Field>
        )}

        <Field id="pledge-message" label={t('sponsor.pledge.message')} optional errors={messageErrors}>
          <textarea
            id="pledge-message"
            className="textarea"
            rows={2}
            maxLength={500}
            value={message}
            placeholder={t('sponsor.pledge.messagePlaceholder')}
            onChange={(event) => setMessage(event.target.value)}
            aria-invalid={messageErrors.length > 0}
            aria-describedby={describedBy('pledge-message', { errors: messageErrors })}
          />
        </Field>

        <Switch id="pledge-show-name" label={t('sponsor.pledge.showName')} hint={t('sponsor.pledge.showNameHint')} checked={showName} onChange={setShowName} />

        {serverError ? (
          <ApiErrorPanel
            title={t('sponsor.pledge.failed')}
            error={serverError}
            inlineFields={['amountMinor', 'rateMinor', 'capMinor', 'message', 'kind']}
            message={serverError.status === 409 ? t('sponsor.pledge.noMorePledges') : undefined}
          />
        ) : null}

        <button type="submit" className="button button--primary button--block" disabled={pending} data-testid="pledge-submit">
          {submitLabel}
        </button>
      </form>
    </section>
  );
}

function Thanks({ pledge, activity, onAgain }: { pledge: SponsorshipPledge; activity: Activity; onAgain: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const fmt = (minor: number) => formatMoney(minor, pledge.currency, locale);
  const unit = activity.unit === 'NONE' ? '' : t(`units.${activity.unit}.short`);

  let summary: string;
  if (pledge.kind === 'FIXED' && pledge.amountMinor !== undefined) {
    summary = t('sponsor.thanks.fixed', { amount: fmt(pledge.amountMinor) });
  } else {
    summary = t('sponsor.thanks.perUnit', { rate: `${fmt(pledge.rateMinor ?? 0)}/${unit}` });
    if (pledge.capMinor !== undefined) summary += ` ${t('sponsor.thanks.cap', { cap: fmt(pledge.capMinor) })}`;
    if (pledge.estimateMinor !== undefined) summary += ` ${t('sponsor.thanks.estimate', { amount: fmt(pledge.estimateMinor) })}`;
  }

  return (
    <section className="card card--success pledge-thanks" aria-labelledby="pledge-thanks-title" data-testid="pledge-thanks">
      <CheckIcon className="success__icon" />
      <h2 id="pledge-thanks-title" className="pledge-thanks__title" ref={heading} tabIndex={-1}>
        {t('sponsor.thanks.title', { owner: activity.ownerName })}
      </h2>
      <p>{summary}</p>
      <p className="muted">{pledge.kind === 'FIXED' ? t('sponsor.thanks.howToPay') : t('sponsor.thanks.afterResult')}</p>
      <div className="form__actions">
        <Link className="button button--ghost" to="/pledges">
          {t('sponsor.thanks.myPledges')}
        </Link>
        <button type="button" className="button button--ghost" onClick={onAgain}>
          {t('sponsor.thanks.again')}
        </button>
      </div>
    </section>
  );
}
