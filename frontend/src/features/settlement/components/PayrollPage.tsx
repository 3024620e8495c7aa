import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorPanel } from '@/components/ApiErrorPanel';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { describedBy, Field } from '@/components/Field';
import { CheckIcon, DownloadIcon } from '@/components/icons';
import { Spinner } from '@/components/Spinner';
import type { Country, PayrollBatch } from '@/lib/api';
import { countryName, formatDate, formatList, formatMoney, todayIso, useLocale } from '@/lib/i18n';
import { useCountries } from '../api/useCountries';
import { useCreatePayrollBatch } from '../api/useCreatePayrollBatch';
import { useDeductionFile } from '../api/useDeductionFile';
import { useMarkBatchCollected } from '../api/useMarkBatchCollected';
import { usePayrollBatches } from '../api/usePayrollBatches';
import { AdminTabs } from '@/components/AdminTabs';
import './settlement.css';

export function PayrollPage() {
  const { t } = useTranslation();
  const batches = usePayrollBatches();
  const download = useDeductionFile();
  const collect = useMarkBatchCollected();
  const [confirming, setConfirming] = useState<PayrollBatch | undefined>();

  const markCollected = async () => {
    if (!confirming) return;
    await collect.run(confirming.id);
    setConfirming(undefined);
    batches.refresh();
  };

  return (
    <div className="page">
      <AdminTabs />
      <header className="page__header">
        <h1 className="page__title">{t('admin.payroll.title')}</h1>
        <p className="page__lead">{t('admin.payroll.lead')}</p>
      </header>

      <CreateBatch onCreated={batches.refresh} />

      <section className="page" aria-labelledby="batches-title">
        <h2 id="batches-title" className="section-title">
          {t('admin.payroll.batches')}
        </h2>
        {download.status === 'error' ? <ApiErrorPanel title={t('admin.payroll.downloadFailed')} error={download.error} /> : null}
        {collect.status === 'error' ? (
          <ApiErrorPanel
            title={t('admin.payroll.collectFailed')}
            error={collect.error}
            message={collect.error.status === 409 ? t('admin.payroll.alreadyCollected') : undefined}
          />
        ) : null}
        {batches.status === 'loading' ? <Spinner label={t('admin.payroll.loading')} /> : null}
        {batches.status === 'error' ? <ApiErrorPanel title={t('admin.payroll.loadError')} error={batches.error} onRetry={batches.reload} /> : null}
        {batches.status === 'success' && batches.data.length === 0 ? <p className="empty">{t('admin.payroll.empty')}</p> : null}
        {batches.status === 'success' && batches.data.length > 0 ? (
          <ul className="list-plain" data-testid="payroll-batches">
            {batches.data.map((batch) => (
              <BatchItem
                key={batch.id}
                batch={batch}
                downloading={download.status === 'pending'}
                onDownload={() => void download.run(batch)}
                onCollect={() => {
                  collect.reset();
                  setConfirming(batch);
                }}
              />
            ))}
          </ul>
        ) : null}
      </section>

      <ConfirmDialog
        open={confirming !== undefined}
        title={t('admin.payroll.confirmTitle')}
        confirmLabel={t('admin.payroll.confirmYes')}
        cancelLabel={t('common.back')}
        busy={collect.status === 'pending'}
        onConfirm={() => void markCollected()}
        onCancel={() => setConfirming(undefined)}
      >
        <p className="dialog__text">
          {confirming ? t('admin.payroll.confirmText', { reference: confirming.reference, count: confirming.pledges }) : null}
        </p>
      </ConfirmDialog>
    </div>
  );
}

function BatchItem({ batch, downloading, onDownload, onCollect }: { batch: PayrollBatch; downloading: boolean; onDownload: () => void; onCollect: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const month = formatDate(`${batch.period}-01`, locale, { month: 'long', year: 'numeric' });
  const country = countryName(batch.countryCode, locale) ?? batch.countryCode;
  const totals = batch.totals.map((total) => formatMoney(total.totalMinor, total.currency, locale));
  const open = batch.status === 'OPEN';

  return (
    <li className="card batch" data-testid="payroll-batch" data-status={batch.status}>
      <div className="batch__top">
        <h3 className="batch__title">
          {country} · {month}
        </h3>
        <span className={open ? 'chip chip--warn' : 'chip chip--success'}>{t(`admin.payroll.status.${batch.status}`)}</span>
      </div>
      <p className="batch__total">{totals.length > 0 ? formatList(totals, locale) : '–'}</p>
      <p className="batch__facts">
        {t('admin.payroll.pledges', { count: batch.pledges })} · <span className="reference">{batch.reference}</span>
      </p>
      <p className="batch__facts">
        {t('admin.payroll.created', { date: formatDate(batch.createdAt, locale, { dateStyle: 'medium' }) })}
        {batch.collectedAt ? ` · ${t('admin.payroll.collectedOn', { date: formatDate(batch.collectedAt, locale, { dateStyle: 'medium' }) })}` : ''}
      </p>
      <div className="batch__actions">
        <button type="button" className="button button--ghost button--small" onClick={onDownload} disabled={downloading}>
          <DownloadIcon width={18} height={18} />
          {t('admin.payroll.download')}
        </button>
        {open ? (
          <button type="button" className="button button--primary button--small" onClick={onCollect}>
            <CheckIcon width={18} height={18} />
            {t('admin.payroll.markCollected')}
          </button>
        ) : null}
      </div>
    </li>
  );
}

function CreateBatch({ onCreated }: { onCreated: () => void }) {
  const { t } = useTranslation();
  const countries = useCountries();
  const create = useCreatePayrollBatch();
  const thisMonth = todayIso().slice(0, 7);
  const [country, setCountry] = useState('');
  const [period, setPeriod] = useState(thisMonth);
  const [checked, setChecked] = useState(false);

  const periodOk = /^\d{4}-(0[1-9]|1[0-2])$/.test(period) && period <= thisMonth;
  const serverError = create.status === 'error' ? create.error : undefined;
  const countryErrors = [...(checked && country === '' ? [t('admin.payroll.errors.country')] : []), ...(serverError?.errorsFor('countryCode') ?? [])];
  const periodErrors = [
    ...(checked && !periodOk ? [t(period > thisMonth ? 'admin.payroll.errors.future' : 'admin.payroll.errors.period')] : []),
    ...(serverError?.errorsFor('period') ?? []),
  ];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (country === '' || !periodOk) return;
    const batch = await create.run({ countryCode: country, period });
    if (batch) {
      setChecked(false);
      onCreated();
    }
  };

  let serverMessage: string | undefined;
  if (serverError?.status === 409) serverMessage = t('admin.payroll.errors.exists');
  if (serverError?.status === 422) serverMessage = t('admin.payroll.errors.nothing');

  return (
    <section className="card" aria-labelledby="create-batch-title">
      <h2 id="create-batch-title" className="card__title">
        {t('admin.payroll.create')}
      </h2>
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        <div className="batch-form__row">
          <Field id="batch-country" label={t('admin.payroll.country')} errors={countryErrors}>
            <CountrySelect countries={countries.status === 'success' ? countries.data : []} value={country} onChange={setCountry} errors={countryErrors} />
          </Field>
          <Field id="batch-period" label={t('admin.payroll.period')} hint={t('admin.payroll.periodHint')} errors={periodErrors}>
            <input
              id="batch-period"
              className="input"
              type="month"
              max={thisMonth}
              placeholder="YYYY-MM"
              value={period}
              onChange={(event) => setPeriod(event.target.value)}
              aria-invalid={periodErrors.length > 0}
              aria-describedby={describedBy('batch-period', { hint: true, errors: periodErrors })}
            />
          </Field>
        </div>
        {countries.status === 'error' ? <ApiErrorPanel title={t('admin.payroll.countriesError')} error={countries.error} onRetry={countries.reload} /> : null}
        {serverError ? <ApiErrorPanel title={t('admin.payroll.createFailed')} error={serverError} message={serverMessage} inlineFields={['countryCode', 'period']} /> : null}
        {create.status === 'success' ? (
          <p className="notice" role="status">
            {t('admin.payroll.createdNotice', { reference: create.data.reference, count: create.data.pledges })}
          </p>
        ) : null}
        <div>
          <button type="submit" className="button button--primary" disabled={create.status === 'pending'}>
            {t('admin.payroll.createButton')}
          </button>
        </div>
      </form>
    </section>
  );
}

function CountrySelect({ countries, value, onChange, errors }: { countries: Country[]; value: string; onChange: (code: string) => void; errors: string[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <select
      id="batch-country"
      className="select"
      value={value}
      onChange={(event) => onChange(event.target.value)}
      aria-invalid={errors.length > 0}
      aria-describedby={describedBy('batch-country', { errors })}
    >
      <option value="">{t('admin.payroll.chooseCountry')}</option>
      {countries.map((country) => (
        <option key={country.code} value={country.code}>
          {countryName(country.code, locale) ?? country.name} ({country.currency})
        </option>
      ))}
    </select>
  );
}
