import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorPanel } from '@/components/ApiErrorPanel';
import { describedBy, Field } from '@/components/Field';
import { MoneyInput } from '@/components/MoneyInput';
import { Spinner } from '@/components/Spinner';
import type { CorporateDonation, CorporateSplit, ProjectPost } from '@/lib/api';
import { formatDate, formatMoney, todayIso, useLocale } from '@/lib/i18n';
import { parseMoneyInput } from '@/lib/money';
import { hasAnyRole, useMeIfLoaded } from '@/lib/session';
import { useCorporateDonations } from '../api/useCorporateDonations';
import { useDecideSplit } from '../api/useDecideSplit';
import { useMarkPaid } from '../api/useMarkPaid';
import { useOpenPosts } from '../api/useProjectPosts';
import { useProposeSplit } from '../api/useProposeSplit';
import { useRegisterDonation } from '../api/useRegisterDonation';
import { useSplitHistory } from '../api/useSplitHistory';
import { checkSplit } from './splitSum';
import './company.css';

/**
 * /company/donation: the company's donation per year. Admins register it and decide on splits; NGO staff propose
 * how it is split across project posts (the amounts must sum exactly to the donation). Every step is listed.
 */
export function CorporateDonationPage() {
  const { t } = useTranslation();
  const me = useMeIfLoaded();
  const admin = hasAnyRole(me, ['admin']);
  const donations = useCorporateDonations();
  const [year, setYear] = useState<number | undefined>();
  const shown = donations.status === 'success' ? (donations.data.find((d) => d.year === year) ?? donations.data[0]) : undefined;

  return (
    <div className="page">
      <header className="page__header">
        <h1 className="page__title">{t('company.donation.title')}</h1>
        <p className="page__lead">{t('company.donation.lead')}</p>
      </header>
      {admin ? <RegisterDonation onRegistered={(y) => { setYear(y); donations.refresh(); }} /> : null}
      {donations.status === 'loading' ? <Spinner label={t('company.donation.loading')} /> : null}
      {donations.status === 'error' ? <ApiErrorPanel title={t('company.donation.loadError')} error={donations.error} onRetry={donations.reload} /> : null}
      {donations.status === 'success' && donations.data.length === 0 ? <p className="empty">{t('company.donation.none')}</p> : null}
      {donations.status === 'success' && donations.data.length > 1 ? (
        <Field id="donation-year" label={t('company.donation.year')}>
          <select id="donation-year" className="select" value={shown?.year} onChange={(e) => setYear(Number(e.target.value))}>
            {donations.data.map((d) => (
              <option key={d.year} value={d.year}>
                {d.year}
              </option>
            ))}
          </select>
        </Field>
      ) : null}
      {shown ? <DonationView key={shown.year} donation={shown} admin={admin} ngo={hasAnyRole(me, ['ngo'])} onChanged={donations.refresh} /> : null}
    </div>
  );
}

function DonationView({ donation, admin, ngo, onChanged }: { donation: CorporateDonation; admin: boolean; ngo: boolean; onChanged: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const history = useSplitHistory(donation.year);
  const paid = useMarkPaid();
  const changed = () => {
    onChanged();
    history.refresh();
  };
  const waiting = donation.splits.some((s) => s.state === 'PROPOSED');
  const approved = donation.splits.find((s) => s.id === donation.approvedSplitId);
  const unpaid = approved?.parts.some((p) => p.status === 'PLEDGED') ?? false;

  return (
    <>
      <section className="card" aria-labelledby="donation-title">
        <h2 id="donation-title" className="section-title">
          {t('company.donation.ofYear', { year: donation.year })}
        </h2>
        <p className="company__amount">{formatMoney(donation.amountMinor, donation.currency, locale)}</p>
        {admin && approved && unpaid ? (
          <button type="button" className="button button--primary" disabled={paid.status === 'pending'} onClick={() => void paid.run(donation.year).then((d) => d && changed())}>
            {t('company.donation.markPaid')}
          </button>
        ) : null}
        {paid.status === 'error' ? <ApiErrorPanel title={t('company.donation.paidFailed')} error={paid.error} /> : null}
      </section>

      {ngo && !waiting ? <ProposeSplit donation={donation} onProposed={changed} /> : null}

      <section aria-labelledby="splits-title" className="page">
        <h2 id="splits-title" className="section-title">
          {t('company.donation.splits')}
        </h2>
        {donation.splits.length === 0 ? <p className="empty">{t('company.donation.noSplits')}</p> : null}
        <ul className="list-plain company__splits">
          {[...donation.splits].reverse().map((split) => (
            <SplitItem key={split.id} split={split} donation={donation} admin={admin} onDecided={changed} />
          ))}
        </ul>
      </section>

      <section className="card" aria-labelledby="history-title">
        <h2 id="history-title" className="section-title">
          {t('company.donation.history')}
        </h2>
        {history.status === 'success' ? (
          history.data.length === 0 ? (
            <p className="empty">{t('company.donation.noSplits')}</p>
          ) : (
            <ol className="company__history">
              {history.data.map((entry, index) => (
                <li key={index}>
                  <strong>{t(`company.donation.actions.${entry.action}`, { id: entry.splitId })}</strong>
                  {' · '}
                  {formatDate(entry.at, locale, { dateStyle: 'medium', timeStyle: 'short' })}
                  {entry.by ? ` · ${entry.by}` : ''}
                  {entry.comment ? <p className="company__comment">“{entry.comment}”</p> : null}
                </li>
              ))}
            </ol>
          )
        ) : null}
        {history.status === 'error' ? <ApiErrorPanel title={t('company.donation.loadError')} error={history.error} onRetry={history.reload} /> : null}
      </section>
    </>
  );
}

const STATE_CHIP: Record<CorporateSplit['state'], string> = {
  PROPOSED: 'chip chip--warn',
  APPROVED: 'chip chip--success',
  RETURNED: 'chip chip--danger',
  REPLACED: 'chip chip--muted',
};

function SplitItem({ split, donation, admin, onDecided }: { split: CorporateSplit; donation: CorporateDonation; admin: boolean; onDecided: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const decide = useDecideSplit();
  const [comment, setComment] = useState('');
  const [checked, setChecked] = useState(false);
  const commentId = `split-comment-${split.id}`;
  const commentErrors = [
    ...(checked && comment.trim() === '' ? [t('company.donation.commentRequired')] : []),
    ...(decide.status === 'error' ? decide.error.errorsFor('comment') : []),
  ];
  const run = async (approve: boolean) => {
    if (!approve) {
      setChecked(true);
      if (comment.trim() === '') {
        document.getElementById(commentId)?.focus();
        return;
      }
    }
    const done = await decide.run({ year: donation.year, splitId: split.id, approve, comment: comment.trim() || undefined });
    if (done) onDecided();
  };

  return (
    <li className="card" data-state={split.state}>
      <div className="company__split-top">
        <h3 className="card__title">{t('company.donation.splitTitle', { id: split.id })}</h3>
        <span className={STATE_CHIP[split.state]}>{t(`company.donation.states.${split.state}`)}</span>
      </div>
      <ul className="list-plain company__parts">
        {split.parts.map((part) => (
          <li key={part.projectPost.id}>
            <span>{part.projectPost.name}</span>
            <span>{formatMoney(part.amountMinor, donation.currency, locale)}</span>
          </li>
        ))}
      </ul>
      <p className="muted">
        {t('company.donation.proposedBy', { by: split.proposedBy, date: formatDate(split.proposedAt, locale, { dateStyle: 'medium' }) })}
      </p>
      {split.note ? <p className="company__comment">“{split.note}”</p> : null}
      {split.decisionComment ? <p className="company__comment">{t('company.donation.adminComment', { comment: split.decisionComment })}</p> : null}
      {admin && split.state === 'PROPOSED' ? (
        <div className="company__decide">
          <Field id={commentId} label={t('company.donation.comment')} hint={t('company.donation.commentHint')} errors={commentErrors}>
            <textarea
              id={commentId}
              className="textarea"
              maxLength={1000}
              value={comment}
              onChange={(e) => setComment(e.target.value)}
              aria-invalid={commentErrors.length > 0}
              aria-describedby={describedBy(commentId, { hint: true, errors: commentErrors })}
            />
          </Field>
          <div className="company__buttons">
            <button type="button" className="button button--primary" disabled={decide.status === 'pending'} onClick={() => void run(true)}>
              {t('company.donation.approve')}
            </button>
            <button type="button" className="button button--ghost" disabled={decide.status === 'pending'} onClick={() => void run(false)}>
              {t('company.donation.sendBack')}
            </button>
          </div>
          {decide.status === 'error' ? <ApiErrorPanel title={t('company.donation.decideFailed')} error={decide.error} inlineFields={['comment']} /> : null}
        </div>
      ) : null}
    </li>
  );
}

function ProposeSplit({ donation, onProposed }: { donation: CorporateDonation; onProposed: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const posts = useOpenPosts();
  const propose = useProposeSplit();
  const [amounts, setAmounts] = useState<Record<number, string>>({});
  const [note, setNote] = useState('');
  const [checked, setChecked] = useState(false);
  const check = checkSplit(amounts, donation.amountMinor);
  const money = (minor: number) => formatMoney(minor, donation.currency, locale);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (!check.ok) return;
    const done = await propose.run({ year: donation.year, body: { parts: check.parts, note: note.trim() || undefined } });
    if (done) {
      setAmounts({});
      setNote('');
      setChecked(false);
      onProposed();
    }
  };

  return (
    <form className="card form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="propose-title">
      <h2 id="propose-title" className="section-title">
        {t('company.donation.propose')}
      </h2>
      {posts.status === 'success'
        ? posts.data.map((post: ProjectPost) => {
            const id = `part-${post.id}`;
            const errors = check.invalid.includes(post.id) ? [t('company.donation.amountInvalid')] : [];
            return (
              <Field key={post.id} id={id} label={post.name} errors={errors} optional>
                <MoneyInput
                  id={id}
                  currency={donation.currency}
                  value={amounts[post.id] ?? ''}
                  onChange={(text) => setAmounts((a) => ({ ...a, [post.id]: text }))}
                  aria-invalid={errors.length > 0}
                  aria-describedby={describedBy(id, { errors })}
                />
              </Field>
            );
          })
        : null}
      <p className={check.leftMinor === 0 ? 'company__sum company__sum--ok' : 'company__sum'} role="status" aria-live="polite">
        {check.leftMinor === 0
          ? t('company.donation.sumExact', { sum: money(check.sumMinor) })
          : check.leftMinor > 0
            ? t('company.donation.sumLeft', { sum: money(check.sumMinor), left: money(check.leftMinor) })
            : t('company.donation.sumOver', { sum: money(check.sumMinor), over: money(-check.leftMinor) })}
      </p>
      {checked && !check.ok ? <p className="field__errors">{t('company.donation.sumMustMatch', { amount: money(donation.amountMinor) })}</p> : null}
      <Field id="split-note" label={t('company.donation.note')} optional>
        <textarea id="split-note" className="textarea" maxLength={1000} value={note} onChange={(e) => setNote(e.target.value)} />
      </Field>
      <button type="submit" className="button button--primary" disabled={propose.status === 'pending'}>
        {t('company.donation.send')}
      </button>
      {propose.status === 'error' ? <ApiErrorPanel title={t('company.donation.proposeFailed')} error={propose.error} /> : null}
    </form>
  );
}

function RegisterDonation({ onRegistered }: { onRegistered: (year: number) => void }) {
  const { t } = useTranslation();
  const register = useRegisterDonation();
  const [year, setYear] = useState(todayIso().slice(0, 4));
  const [amount, setAmount] = useState('');
  const [currency, setCurrency] = useState('DKK');
  const [checked, setChecked] = useState(false);
  const parsed = parseMoneyInput(amount);
  const serverError = register.status === 'error' ? register.error : undefined;
  const amountErrors = [...(checked && !parsed.ok ? [t('company.donation.amountInvalid')] : []), ...(serverError?.errorsFor('amountMinor') ?? [])];
  const yearOk = /^\d{4}$/.test(year);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (!parsed.ok || !yearOk) return;
    const done = await register.run({ year: Number(year), amountMinor: parsed.value, currency });
    if (done) {
      setAmount('');
      onRegistered(done.year);
    }
  };

  return (
    <form className="card form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="register-title">
      <h2 id="register-title" className="section-title">
        {t('company.donation.register')}
      </h2>
      <div className="company__row">
        <Field id="register-year" label={t('company.donation.year')} errors={checked && !yearOk ? [t('company.donation.yearInvalid')] : []}>
          <input id="register-year" className="input" inputMode="numeric" value={year} onChange={(e) => setYear(e.target.value)} />
        </Field>
        <Field id="register-currency" label={t('company.donation.currency')}>
          <select id="register-currency" className="select" value={currency} onChange={(e) => setCurrency(e.target.value)}>
            {['DKK', 'NOK', 'SEK'].map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>
        </Field>
      </div>
      <Field id="register-amount" label={t('company.donation.amount')} errors={amountErrors}>
        <MoneyInput
          id="register-amount"
          currency={currency}
          value={amount}
          onChange={setAmount}
          aria-invalid={amountErrors.length > 0}
          aria-describedby={describedBy('register-amount', { errors: amountErrors })}
        />
      </Field>
      <button type="submit" className="button button--primary" disabled={register.status === 'pending'}>
        {t('company.donation.registerButton')}
      </button>
      {serverError ? (
        <ApiErrorPanel
          title={t('company.donation.registerFailed')}
          error={serverError}
          message={serverError.status === 409 ? t('company.donation.alreadyRegistered') : undefined}
          inlineFields={['amountMinor']}
        />
      ) : null}
    </form>
  );
}
