import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiErrorPanel } from '@/components/ApiErrorPanel';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { Spinner } from '@/components/Spinner';
import type { Contribution, ContributionStatus, SponsorshipPledge } from '@/lib/api';
import { formatDate, formatMoney, useLocale } from '@/lib/i18n';
import { mobilePaymentApp } from '@/lib/money';
import { useCancelContribution } from '../api/useCancelContribution';
import { useCancelSponsorshipPledge } from '../api/useCancelSponsorshipPledge';
import { useMyContributions } from '../api/useMyContributions';
import { useMySponsorshipPledges } from '../api/useMySponsorshipPledges';
import './MyPledgesPage.css';

type Pending = { type: 'contribution'; item: Contribution } | { type: 'sponsorship'; item: SponsorshipPledge };

const STATUS_TONE: Record<ContributionStatus, string> = {
  PLEDGED: 'chip chip--warn',
  COLLECTED: 'chip chip--success',
  CANCELLED: 'chip chip--muted',
};

export function MyPledgesPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const contributions = useMyContributions();
  const sponsorships = useMySponsorshipPledges();
  const cancelContribution = useCancelContribution();
  const cancelSponsorship = useCancelSponsorshipPledge();
  const [asking, setAsking] = useState<Pending | undefined>();

  const busy = cancelContribution.status === 'pending' || cancelSponsorship.status === 'pending';
  const cancelError =
    cancelContribution.status === 'error' ? cancelContribution.error : cancelSponsorship.status === 'error' ? cancelSponsorship.error : undefined;

  const confirm = async () => {
    if (!asking) return;
    cancelContribution.reset();
    cancelSponsorship.reset();
    const done =
      asking.type === 'contribution'
        ? await cancelContribution.run({ id: asking.item.id })
        : await cancelSponsorship.run({ id: asking.item.id });
    setAsking(undefined);
    // a 409 means it was collected or cancelled meanwhile: show the current state either way
    contributions.refresh();
    sponsorships.refresh();
    void done;
  };

  const awaiting = sponsorships.status === 'success' ? sponsorships.data.filter((p) => p.status === 'AWAITING_RESULT') : [];
  // A sponsorship's ledger entry names only the project post; its pledge knows the activity.
  const activityOf = new Map(
    sponsorships.status === 'success'
      ? sponsorships.data.filter((p) => p.contributionId !== undefined).map((p) => [p.contributionId, p] as const)
      : [],
  );

  let askText = '';
  if (asking?.type === 'contribution') {
    askText = t('pledges.confirm.contribution', {
      amount: formatMoney(asking.item.amountMinor, asking.item.currency, locale),
      post: asking.item.projectPost.name,
    });
  } else if (asking?.type === 'sponsorship') {
    askText = t('pledges.confirm.sponsorship', { title: asking.item.activityTitle });
  }

  return (
    <div className="page">
      <header className="page__header">
        <h1 className="page__title">{t('pledges.title')}</h1>
        <p className="page__lead">{t('pledges.lead')}</p>
      </header>

      {cancelError ? (
        <ApiErrorPanel
          title={t('pledges.cancelFailed')}
          error={cancelError}
          message={cancelError.status === 409 ? t('pledges.cancelConflict') : undefined}
        />
      ) : null}

      <section className="page" aria-labelledby="awaiting-title">
        <h2 id="awaiting-title" className="section-title">
          {t('pledges.awaiting.title')}
        </h2>
        {sponsorships.status === 'loading' ? <Spinner label={t('pledges.loading')} /> : null}
        {sponsorships.status === 'error' ? (
          <ApiErrorPanel title={t('pledges.loadError')} error={sponsorships.error} onRetry={sponsorships.reload} />
        ) : null}
        {sponsorships.status === 'success' && awaiting.length === 0 ? <p className="empty">{t('pledges.awaiting.empty')}</p> : null}
        {awaiting.length > 0 ? (
          <ul className="list-plain" data-testid="awaiting-pledges">
            {awaiting.map((pledge) => (
              <AwaitingItem key={pledge.id} pledge={pledge} onCancel={() => setAsking({ type: 'sponsorship', item: pledge })} />
            ))}
          </ul>
        ) : null}
      </section>

      <section className="page" aria-labelledby="ledger-title">
        <h2 id="ledger-title" className="section-title">
          {t('pledges.ledger.title')}
        </h2>
        {contributions.status === 'loading' ? <Spinner label={t('pledges.loading')} /> : null}
        {contributions.status === 'error' ? (
          <ApiErrorPanel title={t('pledges.loadError')} error={contributions.error} onRetry={contributions.reload} />
        ) : null}
        {contributions.status === 'success' && contributions.data.length === 0 ? (
          <p className="empty">
            {t('pledges.ledger.empty')} <Link to="/give">{t('pledges.ledger.giveNow')}</Link>
          </p>
        ) : null}
        {contributions.status === 'success' && contributions.data.length > 0 ? (
          <ul className="list-plain" data-testid="my-contributions">
            {contributions.data.map((contribution) => (
              <ContributionItem
                key={contribution.id}
                contribution={contribution}
                sponsorship={activityOf.get(contribution.id)}
                onCancel={() => setAsking({ type: 'contribution', item: contribution })}
              />
            ))}
          </ul>
        ) : null}
      </section>

      <ConfirmDialog
        open={asking !== undefined}
        title={t('pledges.confirm.title')}
        confirmLabel={t('pledges.confirm.yes')}
        cancelLabel={t('pledges.confirm.no')}
        danger
        busy={busy}
        onConfirm={() => void confirm()}
        onCancel={() => setAsking(undefined)}
      >
        <p className="dialog__text">{askText}</p>
      </ConfirmDialog>
    </div>
  );
}

function AwaitingItem({ pledge, onCancel }: { pledge: SponsorshipPledge; onCancel: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const fmt = (minor: number) => formatMoney(minor, pledge.currency, locale);
  const terms = [
    t('pledges.awaiting.rate', { rate: fmt(pledge.rateMinor ?? 0) }),
    pledge.capMinor !== undefined ? t('pledges.awaiting.cap', { cap: fmt(pledge.capMinor) }) : null,
  ]
    .filter(Boolean)
    .join(', ');

  return (
    <li className="card pledge">
      <div className="pledge__top">
        <h3 className="pledge__title">
          <Link to={`/s/${pledge.activityCode}`}>{pledge.activityTitle}</Link>
        </h3>
        <span className="chip chip--warn">{t('pledges.status.AWAITING_RESULT')}</span>
      </div>
      <p className="pledge__facts">{terms}</p>
      {pledge.estimateMinor !== undefined ? (
        <p className="pledge__amount">{t('pledges.awaiting.estimate', { amount: fmt(pledge.estimateMinor) })}</p>
      ) : null}
      <p className="pledge__facts">{formatDate(pledge.createdAt, locale, { dateStyle: 'medium' })}</p>
      <div className="pledge__actions">
        <button type="button" className="button button--ghost button--small" onClick={onCancel}>
          {t('pledges.cancel')}
        </button>
      </div>
    </li>
  );
}

function ContributionItem({
  contribution,
  sponsorship,
  onCancel,
}: {
  contribution: Contribution;
  sponsorship?: SponsorshipPledge;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const pledged = contribution.status === 'PLEDGED';
  return (
    <li className="card pledge" data-testid="contribution" data-status={contribution.status}>
      <div className="pledge__top">
        <p className="pledge__amount">{formatMoney(contribution.amountMinor, contribution.currency, locale)}</p>
        <span className={STATUS_TONE[contribution.status]}>{t(`pledges.status.${contribution.status}`)}</span>
      </div>
      <h3 className="pledge__title">
        {sponsorship ? <Link to={`/s/${sponsorship.activityCode}`}>{sponsorship.activityTitle}</Link> : contribution.projectPost.name}
      </h3>
      <p className="pledge__facts">
        {t(`pledges.source.${contribution.source}`)}
        {sponsorship ? ` · ${contribution.projectPost.name}` : ''} · {formatDate(contribution.createdAt, locale, { dateStyle: 'medium' })}
        {contribution.anonymous ? ` · ${t('pledges.anonymous')}` : ''}
      </p>
      {contribution.message ? <p className="pledge__message">“{contribution.message}”</p> : null}
      {pledged ? (
        <p className="pledge__pay">
          {t('pledges.payWith', { app: mobilePaymentApp(contribution.currency) })}{' '}
          <span className="reference">{contribution.paymentReference}</span>
        </p>
      ) : (
        <p className="pledge__facts">
          {t('pledges.reference')} <span className="reference">{contribution.paymentReference}</span>
        </p>
      )}
      {pledged ? (
        <div className="pledge__actions">
          <button type="button" className="button button--ghost button--small" onClick={onCancel}>
            {t('pledges.cancel')}
          </button>
        </div>
      ) : null}
    </li>
  );
}
