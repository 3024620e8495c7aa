import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorPanel } from '@/components/ApiErrorPanel';
import { describedBy, Field } from '@/components/Field';
import { MoneyInput } from '@/components/MoneyInput';
import { ProjectPostSelect, activePosts } from '@/components/ProjectPostSelect';
import { Spinner } from '@/components/Spinner';
import { CheckIcon } from '@/components/icons';
import type { CollectionMethod, Me, Ngo } from '@/lib/api';
import { todayIso } from '@/lib/i18n';
import { parseMoneyInput } from '@/lib/money';
import { currencyOf, hasAnyRole, useMeIfLoaded } from '@/lib/session';
import { useNgos } from '../api/useNgos';
import { useRecordCollection } from '../api/useRecordCollection';
import { CollectionSummary } from './CollectionSummary';
import { DepartmentChooser, type ChosenDepartment } from './DepartmentChooser';
import './collections.css';

export const METHODS: readonly CollectionMethod[] = ['CASH', 'MOBILE_PAYMENT', 'BAKE_SALE', 'GIFT_SWAP', 'EVENT', 'OTHER'];

/** /collections/new (leads, admins): money a department collected outside the app (a bake sale, a gift swap…). */
export function RecordCollectionPage() {
  const { t } = useTranslation();
  const me = useMeIfLoaded();
  const ngos = useNgos();
  return (
    <div className="page">
      <header className="page__header">
        <h1 className="page__title">{t('collections.new.title')}</h1>
        <p className="page__lead">{t('collections.new.lead')}</p>
      </header>
      {ngos.status === 'loading' || !me ? <Spinner label={t('collections.new.loading')} /> : null}
      {ngos.status === 'error' ? <ApiErrorPanel title={t('collections.new.loadError')} error={ngos.error} onRetry={ngos.reload} /> : null}
      {ngos.status === 'success' && me ? <RecordForm ngos={ngos.data} me={me} /> : null}
    </div>
  );
}

type FieldName = 'department' | 'amountMinor' | 'collectedOn' | 'method' | 'description' | 'projectPostId';

function RecordForm({ ngos, me }: { ngos: Ngo[]; me: Me }) {
  const { t } = useTranslation();
  const record = useRecordCollection();
  const posts = activePosts(ngos);
  const today = todayIso();
  const admin = hasAnyRole(me, ['admin']);
  const [department, setDepartment] = useState<ChosenDepartment | undefined>(me.leads.length === 1 ? me.leads[0] : undefined);
  const [amount, setAmount] = useState('');
  const [collectedOn, setCollectedOn] = useState(today);
  const [method, setMethod] = useState<CollectionMethod>('CASH');
  const [description, setDescription] = useState('');
  const [postId, setPostId] = useState<number | ''>(posts.length === 1 && posts[0] ? posts[0].id : '');
  const [checked, setChecked] = useState(false);
  // the department's currency is known when an admin chose it through its country; otherwise the server uses
  // the department's country's currency, which for a lead is normally their own
  const currency = department?.currency ?? currencyOf(me) ?? 'DKK';
  const parsed = parseMoneyInput(amount);

  const clientErrors: Partial<Record<FieldName, string[]>> = {
    department: department ? [] : [t('collections.errors.department')],
    amountMinor: parsed.ok ? [] : [t(`money.errors.${parsed.problem}`)],
    collectedOn: !/^\d{4}-\d{2}-\d{2}$/.test(collectedOn) ? [t('collections.errors.date')] : collectedOn > today ? [t('collections.errors.future')] : [],
    description: description.trim() === '' ? [t('collections.errors.description')] : [],
    projectPostId: postId === '' ? [t('collections.errors.post')] : [],
  };
  const serverError = record.status === 'error' ? record.error : undefined;
  const errorsFor = (field: FieldName) => [...(checked ? (clientErrors[field] ?? []) : []), ...(serverError?.errorsFor(field) ?? [])];

  if (record.status === 'success') {
    return (
      <section className="card card--success collection-done" aria-labelledby="collection-done-title" data-testid="collection-recorded">
        <CheckIcon className="success__icon" width={32} height={32} />
        <h2 id="collection-done-title" className="card__title">
          {t('collections.new.done')}
        </h2>
        <CollectionSummary collection={record.data} />
        <p className="muted">{t('collections.new.doneHint')}</p>
        <button
          type="button"
          className="button button--primary"
          onClick={() => {
            record.reset();
            setAmount('');
            setDescription('');
            setChecked(false);
          }}
        >
          {t('collections.new.another')}
        </button>
      </section>
    );
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    const order: FieldName[] = ['department', 'amountMinor', 'collectedOn', 'description', 'projectPostId'];
    const firstInvalid = order.find((field) => (clientErrors[field] ?? []).length > 0);
    if (firstInvalid || !department || !parsed.ok) {
      document.getElementById(`collection-${firstInvalid ?? 'department'}`)?.focus();
      return;
    }
    await record.submit({
      departmentId: department.id,
      body: {
        projectPostId: Number(postId),
        amountMinor: parsed.value,
        currency: department.currency,
        collectedOn,
        method,
        description: description.trim(),
      },
    });
  };

  const errors = {
    department: errorsFor('department'),
    amountMinor: errorsFor('amountMinor'),
    collectedOn: errorsFor('collectedOn'),
    method: errorsFor('method'),
    description: errorsFor('description'),
    projectPostId: errorsFor('projectPostId'),
  };
  const pending = record.status === 'pending';
  const selectedPost = posts.find((post) => post.id === postId);

  if (!admin && me.leads.length === 0) return <p className="notice">{t('collections.new.noDepartments')}</p>;

  return (
    <form className="card form" onSubmit={(event) => void submit(event)} noValidate aria-busy={pending}>
      <DepartmentChooser leads={me.leads} admin={admin} value={department} onChange={setDepartment} errors={errors.department} defaultCountry={me.country?.code} />
      <Field id="collection-amountMinor" label={t('collections.form.amount')} errors={errors.amountMinor}>
        <MoneyInput
          id="collection-amountMinor"
          currency={currency}
          value={amount}
          onChange={setAmount}
          aria-invalid={errors.amountMinor.length > 0}
          aria-describedby={describedBy('collection-amountMinor', { errors: errors.amountMinor })}
        />
      </Field>
      <Field id="collection-collectedOn" label={t('collections.form.date')} errors={errors.collectedOn}>
        <input
          id="collection-collectedOn"
          className="input"
          type="date"
          max={today}
          value={collectedOn}
          onChange={(event) => setCollectedOn(event.target.value)}
          aria-invalid={errors.collectedOn.length > 0}
          aria-describedby={describedBy('collection-collectedOn', { errors: errors.collectedOn })}
        />
      </Field>
      <Field id="collection-method" label={t('collections.form.method')} errors={errors.method}>
        <select id="collection-method" className="select" value={method} onChange={(event) => setMethod(event.target.value as CollectionMethod)}>
          {METHODS.map((m) => (
            <option key={m} value={m}>
              {t(`collections.method.${m}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field id="collection-description" label={t('collections.form.description')} hint={t('collections.form.descriptionHint')} errors={errors.description}>
        <textarea
          id="collection-description"
          className="textarea"
          rows={2}
          maxLength={1000}
          value={description}
          onChange={(event) => setDescription(event.target.value)}
          aria-invalid={errors.description.length > 0}
          aria-describedby={describedBy('collection-description', { hint: true, errors: errors.description })}
        />
      </Field>
      <Field id="collection-projectPostId" label={t('collections.form.post')} hint={selectedPost?.description} errors={errors.projectPostId}>
        <ProjectPostSelect
          id="collection-projectPostId"
          ngos={ngos}
          value={postId}
          onChange={setPostId}
          placeholder={t('collections.form.choosePost')}
          aria-invalid={errors.projectPostId.length > 0}
          aria-describedby={describedBy('collection-projectPostId', { hint: selectedPost?.description, errors: errors.projectPostId })}
        />
      </Field>
      {serverError ? (
        <ApiErrorPanel title={t('collections.new.failed')} error={serverError} inlineFields={['amountMinor', 'collectedOn', 'method', 'description', 'projectPostId']} />
      ) : null}
      <button type="submit" className="button button--primary button--block" disabled={pending}>
        {pending ? t('collections.new.sending') : t('collections.new.submit')}
      </button>
    </form>
  );
}
