import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiErrorPanel } from '@/components/ApiErrorPanel';
import { describedBy, Field } from '@/components/Field';
import { activePosts, ProjectPostSelect } from '@/components/ProjectPostSelect';
import { Segmented } from '@/components/Segmented';
import { Spinner } from '@/components/Spinner';
import type { Ngo, Unit } from '@/lib/api';
import { todayIso } from '@/lib/i18n';
import { parseQuantityInput } from '@/lib/money';
import { useMeIfLoaded } from '@/lib/session';
import { useCreateActivity } from '../api/useCreateActivity';
import { useNgos } from '../api/useNgos';
import './sponsorship.css';

/** YYYY-MM-DD plus whole days (calendar arithmetic in UTC, so no time zone can shift it). */
function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + days)).toISOString().slice(0, 10);
}

export function NewActivityPage() {
  const { t } = useTranslation();
  const ngos = useNgos();
  const me = useMeIfLoaded();

  return (
    <div className="page">
      <header className="page__header">
        <h1 className="page__title">{t('activity.new.title')}</h1>
        <p className="page__lead">{t('activity.new.lead')}</p>
      </header>
      {me && !me.department ? <p className="notice">{t('activity.new.notInDirectory')}</p> : null}
      {ngos.status === 'loading' ? <Spinner label={t('activity.new.loading')} /> : null}
      {ngos.status === 'error' ? <ApiErrorPanel title={t('activity.new.loadError')} error={ngos.error} onRetry={ngos.reload} /> : null}
      {ngos.status === 'success' ? <NewActivityForm ngos={ngos.data} /> : null}
    </div>
  );
}

type FieldName = 'title' | 'description' | 'date' | 'unit' | 'target' | 'projectPostId';

function NewActivityForm({ ngos }: { ngos: Ngo[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateActivity();
  const posts = activePosts(ngos);
  const today = todayIso();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [date, setDate] = useState(today);
  const [unit, setUnit] = useState<Unit>('KM');
  const [target, setTarget] = useState('');
  const [postId, setPostId] = useState<number | ''>(posts.length === 1 && posts[0] ? posts[0].id : '');
  const [checked, setChecked] = useState(false);

  const minDate = addDays(today, -30);
  const maxDate = addDays(today, 730);
  const parsedTarget = parseQuantityInput(target);
  const clientErrors: Partial<Record<FieldName, string[]>> = {
    title: title.trim() === '' ? [t('activity.new.errors.title')] : [],
    date: !/^\d{4}-\d{2}-\d{2}$/.test(date) ? [t('activity.new.errors.date')] : date < minDate || date > maxDate ? [t('activity.new.errors.dateRange')] : [],
    target: unit !== 'NONE' && !parsedTarget.ok ? [t(`quantity.errors.${parsedTarget.problem}`)] : [],
    projectPostId: postId === '' ? [t('activity.new.errors.post')] : [],
  };
  const serverError = create.status === 'error' ? create.error : undefined;
  const errorsFor = (field: FieldName) => [...(checked ? (clientErrors[field] ?? []) : []), ...(serverError?.errorsFor(field) ?? [])];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    const firstInvalid = (['title', 'date', 'target', 'projectPostId'] as const).find((field) => (clientErrors[field] ?? []).length > 0);
    if (firstInvalid) {
      document.getElementById(`activity-${firstInvalid}`)?.focus();
      return;
    }
    const activity = await create.run({
      title: title.trim(),
      description: description.trim() === '' ? undefined : description.trim(),
      date,
      unit,
      target: unit !== 'NONE' && parsedTarget.ok ? parsedTarget.value : undefined,
      projectPostId: Number(postId),
    });
    if (activity) navigate(activity.sharePath);
  };

  const pending = create.status === 'pending';
  const unitLabel = unit === 'NONE' ? '' : t(`units.${unit}.short`);
  const errors = {
    title: errorsFor('title'),
    description: errorsFor('description'),
    date: errorsFor('date'),
    target: errorsFor('target'),
    projectPostId: errorsFor('projectPostId'),
    unit: errorsFor('unit'),
  };
  const selectedPost = posts.find((post) => post.id === postId);

  return (
    <form className="card form" onSubmit={(event) => void submit(event)} noValidate aria-busy={pending}>
      <Field id="activity-title" label={t('activity.new.name')} hint={t('activity.new.nameHint')} errors={errors.title}>
        <input
          id="activity-title"
          className="input"
          type="text"
          maxLength={120}
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          aria-invalid={errors.title.length > 0}
          aria-describedby={describedBy('activity-title', { hint: true, errors: errors.title })}
        />
      </Field>

      <Field id="activity-date" label={t('activity.new.date')} errors={errors.date}>
        <input
          id="activity-date"
          className="input"
          type="date"
          min={minDate}
          max={maxDate}
          value={date}
          onChange={(event) => setDate(event.target.value)}
          aria-invalid={errors.date.length > 0}
          aria-describedby={describedBy('activity-date', { errors: errors.date })}
        />
      </Field>

      <Segmented
        name="activity-unit"
        legend={t('activity.new.unit')}
        value={unit}
        onChange={setUnit}
        options={[
          { value: 'KM', label: t('units.KM.name') },
          { value: 'HOUR', label: t('units.HOUR.name') },
          { value: 'NONE', label: t('units.NONE.name') },
        ]}
      />
      {errors.unit.length > 0 ? <p className="field__errors">{errors.unit.join(' ')}</p> : null}

      {unit !== 'NONE' ? (
        <Field id="activity-target" label={t('activity.new.target', { unit: unitLabel })} hint={t('activity.new.targetHint')} errors={errors.target}>
          <input
            id="activity-target"
            className="input"
            type="text"
            inputMode="decimal"
            autoComplete="off"
            value={target}
            onChange={(event) => setTarget(event.target.value)}
            aria-invalid={errors.target.length > 0}
            aria-describedby={describedBy('activity-target', { hint: true, errors: errors.target })}
          />
        </Field>
      ) : (
        <p className="field__hint">{t('activity.new.noneHint')}</p>
      )}

      <Field id="activity-projectPostId" label={t('activity.new.post')} hint={selectedPost?.description} errors={errors.projectPostId}>
        <ProjectPostSelect
          id="activity-projectPostId"
          ngos={ngos}
          value={postId}
          onChange={setPostId}
          placeholder={t('activity.new.choosePost')}
          aria-invalid={errors.projectPostId.length > 0}
          aria-describedby={describedBy('activity-projectPostId', { hint: selectedPost?.description, errors: errors.projectPostId })}
        />
      </Field>

      <Field id="activity-description" label={t('activity.new.description')} optional errors={errors.description}>
        <textarea
          id="activity-description"
          className="textarea"
          rows={3}
          maxLength={2000}
          value={description}
          onChange={(event) => setDescription(event.target.value)}
          aria-invalid={errors.description.length > 0}
          aria-describedby={describedBy('activity-description', { errors: errors.description })}
        />
      </Field>

      {serverError ? (
        <ApiErrorPanel
          title={t('activity.new.failed')}
          error={serverError}
          inlineFields={['title', 'description', 'date', 'unit', 'target', 'projectPostId']}
        />
      ) : null}

      <button type="submit" className="button button--primary button--block" disabled={pending}>
        {pending ? t('activity.new.sending') : t('activity.new.submit')}
      </button>
    </form>
  );
}
