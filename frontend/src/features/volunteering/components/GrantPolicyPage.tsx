import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AdminTabs } from '@/components/AdminTabs';
import { ApiErrorPanel } from '@/components/ApiErrorPanel';
import { Field } from '@/components/Field';
import { MoneyInput } from '@/components/MoneyInput';
import { ProjectPostSelect } from '@/components/ProjectPostSelect';
import { Spinner } from '@/components/Spinner';
import { Switch } from '@/components/Switch';
import type { GrantPolicy, Ngo } from '@/lib/api';
import { countryName, decimalSeparator, useLocale } from '@/lib/i18n';
import { minorToInput, parseMoneyInput } from '@/lib/money';
import { useGrantPolicies } from '../api/useGrantPolicies';
import { useNgos } from '../api/useNgos';
import { useSetGrantPolicy } from '../api/useSetGrantPolicy';
import './volunteering.css';

/** /admin/volunteer-grants: the company's grant per approved volunteer hour, per country (off by default). */
export function GrantPolicyPage() {
  const { t } = useTranslation();
  const policies = useGrantPolicies();
  const ngos = useNgos();
  return (
    <div className="page">
      <AdminTabs />
      <header className="page__header">
        <h1 className="page__title">{t('volunteering.grants.title')}</h1>
        <p className="page__lead">{t('volunteering.grants.lead')}</p>
      </header>
      {policies.status === 'loading' || ngos.status === 'loading' ? <Spinner label={t('volunteering.grants.loading')} /> : null}
      {policies.status === 'error' ? <ApiErrorPanel title={t('volunteering.grants.loadError')} error={policies.error} onRetry={policies.reload} /> : null}
      {ngos.status === 'error' ? <ApiErrorPanel title={t('volunteering.grants.loadError')} error={ngos.error} onRetry={ngos.reload} /> : null}
      {policies.status === 'success' && ngos.status === 'success' ? (
        <ul className="list-plain vol-list">
          {policies.data.map((policy) => (
            <PolicyForm key={policy.countryCode} policy={policy} ngos={ngos.data} />
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function PolicyForm({ policy, ngos }: { policy: GrantPolicy; ngos: Ngo[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const save = useSetGrantPolicy();
  const [enabled, setEnabled] = useState(policy.enabled);
  const [rate, setRate] = useState(policy.rateMinor > 0 ? minorToInput(policy.rateMinor, decimalSeparator(locale)) : '');
  const [postId, setPostId] = useState<number | ''>(policy.projectPostId ?? '');
  const parsed = parseMoneyInput(rate === '' ? '0' : rate);
  const id = `grant-${policy.countryCode}`;
  const errors = (field: string) => (save.status === 'error' ? save.error.errorsFor(field) : []);
  const rateErrors = [...(!parsed.ok && parsed.problem !== 'zero' ? [t('volunteering.grants.rateInvalid')] : []), ...errors('rateMinor')];

  return (
    <li className="card">
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          const rateMinor = parsed.ok ? parsed.value : 0;
          void save.run({
            countryCode: policy.countryCode,
            body: { enabled, rateMinor, ...(postId === '' ? {} : { projectPostId: postId }) },
          });
        }}
      >
        <h2 className="card__title">{countryName(policy.countryCode, locale) ?? policy.countryCode}</h2>
        <Switch id={`${id}-on`} label={t('volunteering.grants.enabled')} checked={enabled} onChange={setEnabled} />
        <Field id={`${id}-rate`} label={t('volunteering.grants.rate')} errors={rateErrors}>
          <MoneyInput id={`${id}-rate`} value={rate} onChange={setRate} currency={policy.currency} per={t('volunteering.grants.perHour')} />
        </Field>
        <Field id={`${id}-post`} label={t('volunteering.grants.post')} errors={errors('projectPostId')}>
          <ProjectPostSelect id={`${id}-post`} ngos={ngos} value={postId} onChange={setPostId} placeholder={t('volunteering.log.choose')} />
        </Field>
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={save.status === 'pending'}>
            {t('volunteering.grants.save')}
          </button>
        </div>
        {save.status === 'success' ? <p role="status">{t('volunteering.grants.saved')}</p> : null}
        {save.status === 'error' ? <ApiErrorPanel title={t('volunteering.grants.saveFailed')} error={save.error} /> : null}
      </form>
    </li>
  );
}
