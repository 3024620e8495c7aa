import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiErrorPanel } from '@/components/ApiErrorPanel';
import { Field } from '@/components/Field';
import { Segmented } from '@/components/Segmented';
import { Spinner } from '@/components/Spinner';
import { CheckIcon } from '@/components/icons';
import type { Me } from '@/lib/api';
import { formatDate, formatMoney, useLocale } from '@/lib/i18n';
import { currencyOf, hasAnyRole, useMeIfLoaded } from '@/lib/session';
import type { ShirtCampaign } from '../api/types';
import { useOrderShirts } from '../api/useOrderShirts';
import { useShirtCampaign } from '../api/useShirtCampaign';
import { CampaignSummary } from './CampaignSummary';
import { MyShirtOrders } from './MyShirtOrders';
import { TeamOrderForm } from './TeamOrderForm';
import './shirts.css';

/** /shirts/:id: a campaign; order in a few taps; leads order for their team; admins manage it. */
export function ShirtCampaignPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const campaign = useShirtCampaign(id);
  const me = useMeIfLoaded();
  const [ordered, setOrdered] = useState(0);
  if (campaign.status === 'loading' || !me) return <div className="page"><Spinner label={t('shirts.loading')} /></div>;
  if (campaign.status === 'error') {
    return (
      <div className="page">
        <ApiErrorPanel title={t('shirts.loadError')} error={campaign.error} onRetry={campaign.reload} />
      </div>
    );
  }
  const c = campaign.data;
  const giver = hasAnyRole(me, ['employee', 'lead', 'admin']) && me.department !== undefined;
  const admin = hasAnyRole(me, ['admin']);
  const onOrdered = () => {
    setOrdered((n) => n + 1);
    campaign.refresh();
  };
  return (
    <div className="page">
      <CampaignHeader campaign={c} />
      {admin ? (
        <nav className="shirt-admin-links" aria-label={t('shirts.admin.links')}>
          <Link className="button button--ghost" to={`/shirts/${c.id}/manage`}>
            {t('shirts.admin.manage')}
          </Link>
          <Link className="button button--ghost" to={`/shirts/${c.id}/edit`}>
            {t('shirts.admin.edit')}
          </Link>
        </nav>
      ) : null}
      {giver && c.open ? <OrderForm campaign={c} me={me} onOrdered={onOrdered} /> : null}
      {giver && !c.open ? <p className="notice">{t('shirts.closedNotice')}</p> : null}
      {giver && c.open && me.leads.length > 0 ? <TeamOrderForm campaign={c} leads={me.leads} onOrdered={onOrdered} /> : null}
      {giver ? (
        <section aria-labelledby="campaign-orders">
          <h2 className="section-title" id="campaign-orders">
            {t('shirts.mine.title')}
          </h2>
          <MyShirtOrders campaignId={c.id} reloadKey={ordered} />
        </section>
      ) : null}
      {hasAnyRole(me, ['ngo', 'admin']) ? <CampaignSummary campaignId={c.id} /> : null}
    </div>
  );
}

function CampaignHeader({ campaign }: { campaign: ShirtCampaign }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <header className="page__header shirt-header">
      {campaign.imageUrl ? <img className="shirt-header__image" src={campaign.imageUrl} alt={t('shirts.imageAlt', { title: campaign.printTitle })} /> : null}
      <h1 className="page__title">{campaign.name}</h1>
      <p className="page__lead">“{campaign.printTitle}”</p>
      {campaign.description ? <p>{campaign.description}</p> : null}
      <p className="muted">
        {t('shirts.deadline', { date: formatDate(campaign.orderDeadline, locale, { dateStyle: 'medium', timeStyle: 'short' }) })}
      </p>
      <p className="shirt-header__donation">
        {t('shirts.donationTo', {
          amount: formatMoney(campaign.donationPerPrintMinor, campaign.donationCurrency, locale, { wholeWithoutDecimals: true }),
          post: campaign.projectPost.name,
        })}
      </p>
    </header>
  );
}

/** Size, quantity, order: a few taps on a phone. */
function OrderForm({ campaign, me, onOrdered }: { campaign: ShirtCampaign; me: Me; onOrdered: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const order = useOrderShirts();
  const sizes = campaign.sizes.filter((size) => size.available === undefined || size.available > 0);
  const [size, setSize] = useState(sizes[0]?.size ?? '');
  const [quantity, setQuantity] = useState(1);
  const currency = currencyOf(me) ?? 'DKK';
  const price = campaign.prices.find((p) => p.currency === currency);
  if (!price) return <p className="notice">{t('shirts.order.noPrice', { currency })}</p>;
  if (sizes.length === 0) return <p className="notice">{t('shirts.order.soldOut')}</p>;
  const left = campaign.sizes.find((s) => s.size === size)?.available;
  const max = Math.min(left ?? 20, 20);

  if (order.status === 'success') {
    return (
      <section className="card card--success" data-testid="shirt-ordered">
        <CheckIcon className="success__icon" width={32} height={32} />
        <h2 className="card__title">{t('shirts.order.done')}</h2>
        <p>{t('shirts.line', { count: order.data.shirts, size: order.data.lines[0]?.size ?? '' })} · {formatMoney(order.data.totalPriceMinor, order.data.currency, locale)}</p>
        <button type="button" className="button button--ghost" onClick={order.reset}>
          {t('shirts.order.another')}
        </button>
      </section>
    );
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const placed = await order.run({ campaignId: campaign.id, body: { kind: 'SELF', lines: [{ size, quantity }] } });
    if (placed) onOrdered();
  };
  return (
    <form className="card form shirt-order-form" onSubmit={(event) => void submit(event)} aria-busy={order.status === 'pending'}>
      <h2 className="card__title">{t('shirts.order.title')}</h2>
      <Segmented
        name="shirt-size"
        legend={t('shirts.order.size')}
        value={size}
        options={sizes.map((s) => ({ value: s.size, label: s.size }))}
        onChange={(value) => {
          setSize(value);
          setQuantity(1);
        }}
      />
      <Field id="shirt-quantity" label={t('shirts.order.quantity')} hint={left !== undefined ? t('shirts.order.left', { count: left }) : undefined}>
        <div className="stepper">
          <button type="button" className="button button--ghost stepper__button" aria-label={t('shirts.order.less')} disabled={quantity <= 1} onClick={() => setQuantity((q) => q - 1)}>
            −
          </button>
          <input
            id="shirt-quantity"
            className="input stepper__input"
            type="number"
            inputMode="numeric"
            min={1}
            max={max}
            value={quantity}
            onChange={(event) => setQuantity(Math.max(1, Math.min(max, Number(event.target.value) || 1)))}
          />
          <button type="button" className="button button--ghost stepper__button" aria-label={t('shirts.order.more')} disabled={quantity >= max} onClick={() => setQuantity((q) => q + 1)}>
            +
          </button>
        </div>
      </Field>
      <p className="shirt-order-form__total">
        {t('shirts.order.total', { amount: formatMoney(price.priceMinor * quantity, currency, locale) })}
      </p>
      <p className="muted">{t('shirts.order.priceVsDonation')}</p>
      {order.status === 'error' ? <ApiErrorPanel title={t('shirts.order.error')} error={order.error} /> : null}
      <button type="submit" className="button button--primary" disabled={order.status === 'pending' || size === ''}>
        {t('shirts.order.submit')}
      </button>
    </form>
  );
}
