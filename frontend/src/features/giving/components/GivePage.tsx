import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AmountChips } from '@/components/AmountChips';
import { ApiErrorPanel } from '@/components/ApiErrorPanel';
import { describedBy, Field } from '@/components/Field';
import { CheckIcon } from '@/components/icons';
import { MoneyInput } from '@/components/MoneyInput';
import { QueuedNotice } from '@/components/Outbox';
import { activePosts, ProjectPostSelect } from '@/components/ProjectPostSelect';
import { Spinner } from '@/components/Spinner';
import { Switch } from '@/components/Switch';
import type { Contribution, Ngo } from '@/lib/api';
import { decimalSeparator, formatMoney, useLocale } from '@/lib/i18n';
import { minorToInput, mobilePaymentApp, parseMoneyInput } from '@/lib/money';
import { currencyOf, useCurrentUser } from '@/lib/session';
import { useDonate } from '../api/useDonate';
import { useNgos } from '../api/useNgos';
import './GivePage.css';

const QUICK_AMOUNTS = [5000, 10000, 20000];

export function GivePage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const ngos = useNgos();

  let body;
  if (me.status === 'loading' || ngos.status === 'loading') body = <Spinner label={t('give.loading')} />;
  else if (me.status === 'error') body = <ApiErrorPanel title={t('give.loadError')} error={me.error} onRetry={me.reload} />;
  else if (ngos.status === 'error') body = <ApiErrorPanel title={t('give.loadError')} error={ngos.error} onRetry={ngos.reload} />;
  else {
    const currency = currencyOf(me.data);
    body = currency ? <GiveForm ngos={ngos.data} currency={currency} /> : <p className="notice">{t('give.notInDirectory')}</p>;
  }

  return (
    <div className="page">
      <header className="page__header">
        <h1 className="page__title">{t('give.title')}</h1>
        <p className="page__lead">{t('give.lead')}</p>
      </header>
      {body}
    </div>
  );
}

type Errors = Partial<Record<'projectPostId' | 'amountMinor' | 'message', string[]>>;

function GiveForm({ ngos, currency }: { ngos: Ngo[]; currency: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const donation = useDonate();
  const posts = activePosts(ngos);
  const [postId, setPostId] = useState<number | ''>(posts.length === 1 && posts[0] ? posts[0].id : '');
  const [amount, setAmount] = useState('');
  const [message, setMessage] = useState('');
  const [anonymous, setAnonymous] = useState(false);
  const [checked, setChecked] = useState(false);

  const parsed = parseMoneyInput(amount);
  const clientErrors: Errors = {
    projectPostId: postId === '' ? [t('give.errors.post')] : [],
    amountMinor: parsed.ok ? [] : [t(`money.errors.${parsed.problem}`)],
  };
  const serverError = donation.status === 'error' ? donation.error : undefined;
  const errorsFor = (field: keyof Errors) => [
    ...(checked ? (clientErrors[field] ?? []) : []),
    ...(serverError?.errorsFor(field) ?? []),
  ];

  const again = () => {
    setAmount('');
    setMessage('');
    setChecked(false);
    donation.reset();
  };
  if (donation.status === 'success') return <Thanks contribution={donation.data} onAgain={again} />;
  if (donation.status === 'queued') return <QueuedNotice entry={donation.entry} againLabel={t('give.thanks.again')} onAgain={again} />;

  const selectedPost = posts.find((post) => post.id === postId);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (!selectedPost || !parsed.ok) {
      document.getElementById(selectedPost ? 'give-amount' : 'give-post')?.focus();
      return;
    }
    void donation.submit(
      {
        projectPostId: selectedPost.id,
        amountMinor: parsed.value,
        message: message.trim() === '' ? undefined : message.trim(),
        anonymous,
      },
      { amountMinor: parsed.value, currency, to: selectedPost.name },
    );
  };

  const pending = donation.status === 'pending';
  const postErrors = errorsFor('projectPostId');
  const amountErrors = errorsFor('amountMinor');
  const messageErrors = errorsFor('message');

  return (
    <form className="card form" onSubmit={submit} noValidate aria-busy={pending}>
      <Field id="give-post" label={t('give.post')} hint={selectedPost?.description} errors={postErrors}>
        <ProjectPostSelect
          id="give-post"
          ngos={ngos}
          value={postId}
          onChange={setPostId}
          placeholder={t('give.choosePost')}
          aria-invalid={postErrors.length > 0}
          aria-describedby={describedBy('give-post', { hint: selectedPost?.description, errors: postErrors })}
        />
      </Field>

      <Field id="give-amount" label={t('give.amount')} errors={amountErrors}>
        <AmountChips
          label={t('give.quickAmounts')}
          amounts={QUICK_AMOUNTS}
          currency={currency}
          selected={parsed.ok ? parsed.value : undefined}
          onSelect={(minor) => setAmount(minorToInput(minor, decimalSeparator(locale)))}
        />
        <MoneyInput
          id="give-amount"
          value={amount}
          onChange={setAmount}
          currency={currency}
          placeholder={minorToInput(10000, decimalSeparator(locale))}
          aria-invalid={amountErrors.length > 0}
          aria-describedby={describedBy('give-amount', { errors: amountErrors })}
        />
      </Field>

      <Field id="give-message" label={t('give.message')} optional errors={messageErrors}>
        <textarea
          id="give-message"
          className="textarea"
          value={message}
          maxLength={500}
          rows={2}
          onChange={(event) => setMessage(event.target.value)}
          aria-invalid={messageErrors.length > 0}
          aria-describedby={describedBy('give-message', { errors: messageErrors })}
        />
      </Field>

      <Switch id="give-anonymous" label={t('give.anonymous')} hint={t('give.anonymousHint')} checked={anonymous} onChange={setAnonymous} />

      {serverError ? (
        <ApiErrorPanel
          title={t('give.failed')}
          error={serverError}
          inlineFields={['projectPostId', 'amountMinor', 'message']}
          message={serverError.status === 422 ? t('give.errors.unprocessable') : undefined}
        />
      ) : null}

      <button type="submit" className="button button--primary button--block" disabled={pending}>
        {pending
          ? t('give.sending')
          : parsed.ok
            ? t('give.submitAmount', { amount: formatMoney(parsed.value, currency, locale, { wholeWithoutDecimals: true }) })
            : t('give.submit')}
      </button>
    </form>
  );
}

function Thanks({ contribution, onAgain }: { contribution: Contribution; onAgain: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => heading.current?.focus(), []);

  return (
    <section className="card card--success give__thanks" aria-labelledby="give-thanks-title" data-testid="give-thanks">
      <CheckIcon className="success__icon" />
      <h2 id="give-thanks-title" className="give__thanks-title" ref={heading} tabIndex={-1}>
        {t('give.thanks.title')}
      </h2>
      <p className="give__amount" data-testid="give-amount" data-minor={contribution.amountMinor}>
        {formatMoney(contribution.amountMinor, contribution.currency, locale)}
      </p>
      <p>{t('give.thanks.to', { post: contribution.projectPost.name })}</p>
      <dl className="give__reference">
        <dt>{t('give.thanks.reference')}</dt>
        <dd className="reference" data-testid="give-reference">
          {contribution.paymentReference}
        </dd>
      </dl>
      <p>{t('give.thanks.howToPay', { app: mobilePaymentApp(contribution.currency) })}</p>
      <div className="form__actions">
        <button type="button" className="button button--primary" onClick={onAgain}>
          {t('give.thanks.again')}
        </button>
        <Link className="button button--ghost" to="/pledges">
          {t('give.thanks.myPledges')}
        </Link>
      </div>
    </section>
  );
}
