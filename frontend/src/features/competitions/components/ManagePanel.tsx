import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorPanel } from '@/components/ApiErrorPanel';
import { ReasonAction } from '@/components/ReasonAction';
import { CopyLink, fullLink } from '@/components/CopyLink';
import { describedBy, Field } from '@/components/Field';
import type { Competition, Me } from '@/lib/api';
import { todayIso } from '@/lib/i18n';
import { useCancelCompetition } from '../api/useCancelCompetition';
import { useChangeCompetition } from '../api/useChangeCompetition';
import { useCreateCompetitionScreen } from '../api/useCreateCompetitionScreen';
import { useUpdateCompetition } from '../api/useUpdateCompetition';
import { CompetitionForm } from './CompetitionForm';

/** What the creator (or an admin) does with a competition: edit before the start, change end/description, cancel, make a canteen screen. */
export function ManagePanel({ competition, me, onChanged }: { competition: Competition; me: Me | undefined; onChanged: () => void }) {
  const { t } = useTranslation();
  const open = competition.status === 'SCHEDULED' || competition.status === 'RUNNING';
  return (
    <section className="card manage" aria-labelledby="manage-title" data-testid="manage-panel">
      <h2 id="manage-title" className="card__title">
        {t('competitions.manage.title')}
      </h2>
      {competition.status === 'SCHEDULED' ? <EditSection competition={competition} me={me} onChanged={onChanged} /> : null}
      {open ? <ChangeSection key={`${competition.endsOn}/${competition.description ?? ''}`} competition={competition} onChanged={onChanged} /> : null}
      <ScreenSection competition={competition} />
      {open ? <CancelSection competition={competition} onChanged={onChanged} /> : null}
    </section>
  );
}

function EditSection({ competition, me, onChanged }: { competition: Competition; me: Me | undefined; onChanged: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateCompetition();
  const [editing, setEditing] = useState(false);
  if (!editing) {
    return (
      <div className="manage__section">
        <p className="muted">{t('competitions.manage.editHint')}</p>
        <div>
          <button type="button" className="button button--ghost" onClick={() => setEditing(true)}>
            {t('competitions.manage.edit')}
          </button>
        </div>
      </div>
    );
  }
  return (
    <div className="manage__section">
      <CompetitionForm
        competition={competition}
        me={me}
        pending={update.status === 'pending'}
        error={update.status === 'error' ? update.error : undefined}
        submitLabel={t('competitions.manage.save')}
        onCancel={() => setEditing(false)}
        onSubmit={(body) =>
          void update.run({ id: competition.id, body }).then((saved) => {
            if (saved) {
              setEditing(false);
              onChanged();
            }
          })
        }
      />
    </div>
  );
}

function ChangeSection({ competition, onChanged }: { competition: Competition; onChanged: () => void }) {
  const { t } = useTranslation();
  const change = useChangeCompetition();
  const today = todayIso();
  const [endsOn, setEndsOn] = useState(competition.endsOn);
  const [description, setDescription] = useState(competition.description ?? '');
  const earliest = competition.startsOn > today ? competition.startsOn : today;
  const serverError = change.status === 'error' ? change.error : undefined;
  const endErrors = [...(endsOn < earliest ? [t('competitions.manage.endTooEarly')] : []), ...(serverError?.errorsFor('endsOn') ?? [])];
  const unchanged = endsOn === competition.endsOn && description.trim() === (competition.description ?? '');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (endsOn < earliest || unchanged) return;
    const body = {
      endsOn: endsOn === competition.endsOn ? undefined : endsOn,
      description: description.trim() === (competition.description ?? '') ? undefined : description.trim(),
    };
    const saved = await change.run({ id: competition.id, body });
    if (saved) onChanged();
  };

  return (
    <form className="manage__section form" onSubmit={(event) => void submit(event)} noValidate>
      <h3 className="manage__heading">{t('competitions.manage.change')}</h3>
      <Field id="change-endsOn" label={t('competitions.form.endsOn')} hint={t('competitions.manage.endHint')} errors={endErrors}>
        <input
          id="change-endsOn"
          className="input"
          type="date"
          min={earliest}
          value={endsOn}
          onChange={(event) => setEndsOn(event.target.value)}
          aria-invalid={endErrors.length > 0}
          aria-describedby={describedBy('change-endsOn', { hint: true, errors: endErrors })}
        />
      </Field>
      <Field id="change-description" label={t('competitions.form.description')} optional errors={serverError?.errorsFor('description')}>
        <textarea id="change-description" className="textarea" rows={2} maxLength={2000} value={description} onChange={(event) => setDescription(event.target.value)} />
      </Field>
      {serverError ? <ApiErrorPanel title={t('competitions.manage.changeFailed')} error={serverError} inlineFields={['endsOn', 'description']} /> : null}
      {change.status === 'success' && unchanged ? <p className="muted" role="status">{t('competitions.manage.saved')}</p> : null}
      <div>
        <button type="submit" className="button button--primary" disabled={change.status === 'pending' || unchanged}>
          {t('competitions.manage.save')}
        </button>
      </div>
    </form>
  );
}

function ScreenSection({ competition }: { competition: Competition }) {
  const { t } = useTranslation();
  const create = useCreateCompetitionScreen();
  return (
    <div className="manage__section">
      <h3 className="manage__heading">{t('competitions.manage.screen')}</h3>
      <p className="muted">{t('competitions.manage.screenHint')}</p>
      {create.status === 'success' ? (
        <CopyLink url={fullLink(create.data.path)} label={t('screens.link')} testId="competition-screen-link" />
      ) : (
        <div>
          <button
            type="button"
            className="button button--ghost"
            disabled={create.status === 'pending'}
            onClick={() => void create.run({ competitionId: competition.id, title: competition.name })}
          >
            {t('competitions.manage.makeScreen')}
          </button>
        </div>
      )}
      {create.status === 'error' ? <ApiErrorPanel title={t('screens.createFailed')} error={create.error} /> : null}
    </div>
  );
}

function CancelSection({ competition, onChanged }: { competition: Competition; onChanged: () => void }) {
  const { t } = useTranslation();
  const cancel = useCancelCompetition();
  return (
    <ReasonAction
      id="cancel-reason"
      className="manage__section"
      state={cancel}
      run={(reason) => cancel.run({ id: competition.id, reason })}
      onDone={onChanged}
      text={{
        summary: t('competitions.manage.cancel'),
        reason: t('competitions.manage.reason'),
        reasonRequired: t('competitions.manage.reasonRequired'),
        button: t('competitions.manage.cancelButton'),
        failed: t('competitions.manage.cancelFailed'),
        confirmTitle: t('competitions.manage.confirmCancelTitle'),
        confirmLabel: t('competitions.manage.confirmCancel'),
        confirmText: t('competitions.manage.confirmCancelText', { name: competition.name }),
      }}
    />
  );
}
