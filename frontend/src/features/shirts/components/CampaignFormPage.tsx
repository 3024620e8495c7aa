import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiErrorPanel } from '@/components/ApiErrorPanel';
import { Field } from '@/components/Field';
import { MoneyInput } from '@/components/MoneyInput';
import { ProjectPostSelect, activePosts } from '@/components/ProjectPostSelect';
import { Spinner } from '@/components/Spinner';
import type { Location, Ngo } from '@/lib/api';
import { decimalSeparator, useLocale } from '@/lib/i18n';
import { minorToInput, parseMoneyInput } from '@/lib/money';
import type { ShirtCampaign, ShirtCampaignRequest } from '../api/types';
import { useAllLocations } from '../api/useAllLocations';
import { useCreateShirtCampaign } from '../api/useCreateShirtCampaign';
import { useNgos } from '../api/useNgos';
import { useShirtCampaign } from '../api/useShirtCampaign';
import { useUpdateShirtCampaign } from '../api/useUpdateShirtCampaign';
import { PrintImageUpload } from './PrintImageUpload';
import { fromLocalInput, toLocalInput } from './deadline';
import './shirts.css';

const CURRENCIES = ['DKK', 'NOK', 'SEK'] as const;

/** /shirts/new (admins): a new campaign. */
export function NewCampaignPage() {
  return <CampaignFormLoader />;
}

/** /shirts/:id/edit (admins): change a campaign and upload its print image. */
export function EditCampaignPage() {
  const id = Number(useParams().id);
  const campaign = useShirtCampaign(id);
  return <CampaignFormLoader campaign={campaign} />;
}

function CampaignFormLoader({ campaign }: { campaign?: ReturnType<typeof useShirtCampaign> }) {
  const { t } = useTranslation();
  const ngos = useNgos();
  const locations = useAllLocations();
  const editing = campaign !== undefined;
  const loading = ngos.status === 'loading' || locations.status === 'loading' || (campaign !== undefined && campaign.status === 'loading');
  return (
    <div className="page">
      <header className="page__header">
        <h1 className="page__title">{editing ? t('shirts.form.editTitle') : t('shirts.form.newTitle')}</h1>
      </header>
      {loading ? <Spinner label={t('shirts.loading')} /> : null}
      {ngos.status === 'error' ? <ApiErrorPanel title={t('shirts.loadError')} error={ngos.error} onRetry={ngos.reload} /> : null}
      {locations.status === 'error' ? <ApiErrorPanel title={t('shirts.loadError')} error={locations.error} onRetry={locations.reload} /> : null}
      {campaign !== undefined && campaign.status === 'error' ? <ApiErrorPanel title={t('shirts.loadError')} error={campaign.error} onRetry={campaign.reload} /> : null}
      {!loading && ngos.status === 'success' && locations.status === 'success' && (campaign === undefined || campaign.status === 'success') ? (
        <>
          <CampaignForm ngos={ngos.data} locations={locations.data} campaign={campaign !== undefined && campaign.status === 'success' ? campaign.data : undefined} />
          {campaign !== undefined && campaign.status === 'success' ? <PrintImageUpload campaign={campaign.data} onUploaded={campaign.refresh} /> : null}
        </>
      ) : null}
    </div>
  );
}

interface SizeRow {
  key: number;
  size: string;
  limit: string;
}

interface DeliveryRow {
  key: number;
  locationId: number | '';
  address: string;
  note: string;
}

function CampaignForm({ ngos, locations, campaign }: { ngos: Ngo[]; locations: Location[]; campaign?: ShirtCampaign }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const create = useCreateShirtCampaign();
  const update = useUpdateShirtCampaign();
  const sep = decimalSeparator(locale);
  const posts = activePosts(ngos);
  const [name, setName] = useState(campaign?.name ?? '');
  const [printTitle, setPrintTitle] = useState(campaign?.printTitle ?? '');
  const [description, setDescription] = useState(campaign?.description ?? '');
  const [postId, setPostId] = useState<number | ''>(campaign?.projectPost.id ?? (posts.length === 1 && posts[0] ? posts[0].id : ''));
  const [donation, setDonation] = useState(minorToInput(campaign?.donationPerPrintMinor ?? 5000, sep));
  const [deadline, setDeadline] = useState(campaign ? toLocalInput(campaign.orderDeadline) : '');
  const [sizes, setSizes] = useState<SizeRow[]>(
    campaign
      ? campaign.sizes.map((s, i) => ({ key: i, size: s.size, limit: s.stockLimit === undefined ? '' : String(s.stockLimit) }))
      : ['S', 'M', 'L', 'XL'].map((size, i) => ({ key: i, size, limit: '' })),
  );
  const [prices, setPrices] = useState<Record<string, string>>(
    Object.fromEntries(CURRENCIES.map((c) => [c, campaign?.prices.find((p) => p.currency === c) ? minorToInput(campaign.prices.find((p) => p.currency === c)!.priceMinor, sep) : ''])),
  );
  const [deliveries, setDeliveries] = useState<DeliveryRow[]>(
    campaign?.deliveries.map((d, i) => ({ key: i, locationId: d.location.id, address: d.address, note: d.note ?? '' })) ?? [],
  );
  const [problem, setProblem] = useState<string | undefined>();
  const mutation = campaign ? update : create;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const donationMinor = parseMoneyInput(donation);
    const priceList = CURRENCIES.filter((c) => (prices[c] ?? '').trim() !== '').map((c) => ({ currency: c, parsed: parseMoneyInput(prices[c] ?? '') }));
    if (!name.trim() || !printTitle.trim() || postId === '' || !deadline || !donationMinor.ok || priceList.length === 0 || priceList.some((p) => !p.parsed.ok) || sizes.some((s) => !s.size.trim())) {
      setProblem(t('shirts.form.incomplete'));
      return;
    }
    setProblem(undefined);
    const body: ShirtCampaignRequest = {
      name: name.trim(),
      printTitle: printTitle.trim(),
      description: description.trim() || undefined,
      projectPostId: postId,
      donationPerPrintMinor: donationMinor.value,
      orderDeadline: fromLocalInput(deadline),
      sizes: sizes.map((s) => ({ size: s.size.trim(), stockLimit: s.limit.trim() === '' ? undefined : Number(s.limit) })),
      prices: priceList.map((p) => ({ currency: p.currency, priceMinor: p.parsed.ok ? p.parsed.value : 0 })),
      deliveries: deliveries
        .filter((d) => d.locationId !== '' && d.address.trim() !== '')
        .map((d) => ({ locationId: Number(d.locationId), address: d.address.trim(), note: d.note.trim() || undefined })),
    };
    const saved = campaign ? await update.run({ id: campaign.id, body }) : await create.run(body);
    if (saved) void navigate(campaign ? `/shirts/${saved.id}` : `/shirts/${saved.id}/edit`);
  };

  return (
    <form className="card form" onSubmit={(event) => void submit(event)} noValidate aria-busy={mutation.status === 'pending'}>
      <Field id="campaign-name" label={t('shirts.form.name')}>
        <input id="campaign-name" className="input" value={name} maxLength={120} onChange={(event) => setName(event.target.value)} />
      </Field>
      <Field id="campaign-printTitle" label={t('shirts.form.printTitle')}>
        <input id="campaign-printTitle" className="input" value={printTitle} maxLength={120} onChange={(event) => setPrintTitle(event.target.value)} />
      </Field>
      <Field id="campaign-description" label={t('shirts.form.description')} optional>
        <textarea id="campaign-description" className="input" rows={3} value={description} maxLength={2000} onChange={(event) => setDescription(event.target.value)} />
      </Field>
      <Field id="campaign-post" label={t('shirts.form.post')}>
        <ProjectPostSelect id="campaign-post" className="input" ngos={ngos} value={postId} onChange={setPostId} placeholder={t('shirts.form.postPlaceholder')} />
      </Field>
      <Field id="campaign-donation" label={t('shirts.form.donation')} hint={t('shirts.form.donationHint')}>
        <MoneyInput id="campaign-donation" currency={campaign?.donationCurrency ?? 'DKK'} value={donation} onChange={setDonation} />
      </Field>
      <Field id="campaign-deadline" label={t('shirts.form.deadline')}>
        <input id="campaign-deadline" className="input" type="datetime-local" value={deadline} onChange={(event) => setDeadline(event.target.value)} />
      </Field>
      <fieldset className="field">
        <legend className="field__label">{t('shirts.form.prices')}</legend>
        <p className="field__hint">{t('shirts.form.pricesHint')}</p>
        {CURRENCIES.map((currency) => (
          <MoneyInput
            key={currency}
            id={`campaign-price-${currency}`}
            aria-label={t('shirts.form.priceIn', { currency })}
            currency={currency}
            value={prices[currency] ?? ''}
            onChange={(text) => setPrices((all) => ({ ...all, [currency]: text }))}
          />
        ))}
      </fieldset>
      <fieldset className="field">
        <legend className="field__label">{t('shirts.form.sizes')}</legend>
        <p className="field__hint">{t('shirts.form.sizesHint')}</p>
        <ul className="list-plain team-rows">
          {sizes.map((row, index) => (
            <li key={row.key} className="team-row">
              <input className="input team-row__size" aria-label={t('shirts.form.size', { n: index + 1 })} value={row.size} maxLength={8} onChange={(event) => setSizes((all) => all.map((s) => (s.key === row.key ? { ...s, size: event.target.value } : s)))} />
              <input className="input team-row__name" type="number" min={0} inputMode="numeric" placeholder={t('shirts.form.noLimit')} aria-label={t('shirts.form.limit', { n: index + 1 })} value={row.limit} onChange={(event) => setSizes((all) => all.map((s) => (s.key === row.key ? { ...s, limit: event.target.value } : s)))} />
              {sizes.length > 1 ? (
                <button type="button" className="button button--ghost" aria-label={t('shirts.form.removeSize', { n: index + 1 })} onClick={() => setSizes((all) => all.filter((s) => s.key !== row.key))}>
                  ×
                </button>
              ) : null}
            </li>
          ))}
        </ul>
        <button type="button" className="button button--ghost" onClick={() => setSizes((all) => [...all, { key: Date.now(), size: '', limit: '' }])}>
          {t('shirts.form.addSize')}
        </button>
      </fieldset>
      <fieldset className="field">
        <legend className="field__label">{t('shirts.form.deliveries')}</legend>
        <p className="field__hint">{t('shirts.form.deliveriesHint')}</p>
        <ul className="list-plain">
          {deliveries.map((row, index) => (
            <li key={row.key} className="delivery-row">
              <select className="input" aria-label={t('shirts.form.deliveryLocation', { n: index + 1 })} value={row.locationId} onChange={(event) => setDeliveries((all) => all.map((d) => (d.key === row.key ? { ...d, locationId: event.target.value === '' ? '' : Number(event.target.value) } : d)))}>
                <option value="">{t('shirts.form.chooseLocation')}</option>
                {locations.map((location) => (
                  <option key={location.id} value={location.id}>
                    {location.name} ({location.countryCode})
                  </option>
                ))}
              </select>
              <input className="input" aria-label={t('shirts.form.deliveryAddress', { n: index + 1 })} placeholder={t('shirts.form.address')} value={row.address} maxLength={500} onChange={(event) => setDeliveries((all) => all.map((d) => (d.key === row.key ? { ...d, address: event.target.value } : d)))} />
              <input className="input" aria-label={t('shirts.form.deliveryNote', { n: index + 1 })} placeholder={t('shirts.form.note')} value={row.note} maxLength={500} onChange={(event) => setDeliveries((all) => all.map((d) => (d.key === row.key ? { ...d, note: event.target.value } : d)))} />
              <button type="button" className="button button--ghost" onClick={() => setDeliveries((all) => all.filter((d) => d.key !== row.key))}>
                {t('shirts.form.removeDelivery')}
              </button>
            </li>
          ))}
        </ul>
        <button type="button" className="button button--ghost" onClick={() => setDeliveries((all) => [...all, { key: Date.now(), locationId: '', address: '', note: '' }])}>
          {t('shirts.form.addDelivery')}
        </button>
      </fieldset>
      {problem ? <p className="notice" role="alert">{problem}</p> : null}
      {mutation.status === 'error' ? <ApiErrorPanel title={t('shirts.form.saveError')} error={mutation.error} /> : null}
      <div className="shirt-admin-links">
        <button type="submit" className="button button--primary" disabled={mutation.status === 'pending'}>
          {campaign ? t('shirts.form.save') : t('shirts.form.create')}
        </button>
        <Link className="button button--ghost" to={campaign ? `/shirts/${campaign.id}` : '/shirts'}>
          {t('shirts.form.back')}
        </Link>
      </div>
    </form>
  );
}
