import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorPanel } from '@/components/ApiErrorPanel';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { describedBy, Field } from '@/components/Field';
import { DownloadIcon } from '@/components/icons';
import { Spinner } from '@/components/Spinner';
import type { ErasureRequest } from '@/lib/api';
import { hasAnyRole, useMeIfLoaded } from '@/lib/session';
import { useDownloadMyData } from '../api/useDownloadMyData';
import { useMyErasureRequests } from '../api/useMyErasureRequests';
import { useRequestErasure } from '../api/useRequestErasure';
import { useWithdrawErasureRequest } from '../api/useWithdrawErasureRequest';
import { ErasureRequestFacts, ErasureStatusChip } from './ErasureRequestFacts';
import './privacy.css';

/** /my-data: download everything Kollekt holds about me; employees ask for erasure and follow their request. */
export function MyDataPage() {
  const { t } = useTranslation();
  const me = useMeIfLoaded();
  const employee = me?.department !== undefined && hasAnyRole(me, ['employee', 'lead', 'admin']);
  return (
    <div className="page">
      <header className="page__header">
        <h1 className="page__title">{t('privacy.title')}</h1>
        <p className="page__lead">{t('privacy.lead')}</p>
      </header>
      <Download />
      {employee ? <Erasure /> : <p className="muted">{t('privacy.erasure.notInDirectory')}</p>}
    </div>
  );
}

function Download() {
  const { t } = useTranslation();
  const download = useDownloadMyData();
  return (
    <section className="card erasure" aria-labelledby="download-heading">
      <h2 id="download-heading" className="card__title">
        {t('privacy.download.title')}
      </h2>
      <p className="erasure__text">{t('privacy.download.text')}</p>
      <div className="erasure__actions">
        <button
          type="button"
          className="button button--primary"
          onClick={() => void download.run(undefined)}
          disabled={download.status === 'pending'}
          aria-busy={download.status === 'pending'}
          data-testid="download-my-data"
        >
          <DownloadIcon width={18} height={18} />
          {t('privacy.download.button')}
        </button>
      </div>
      <p className="erasure__facts" role="status">
        {download.status === 'success' ? t('privacy.download.done') : null}
      </p>
      {download.status === 'error' ? <ApiErrorPanel title={t('privacy.download.failed')} error={download.error} /> : null}
    </section>
  );
}

function Erasure() {
  const { t } = useTranslation();
  const requests = useMyErasureRequests();
  const open = requests.status === 'success' ? requests.data.find((r) => r.status === 'OPEN') : undefined;
  return (
    <section className="card erasure" aria-labelledby="erasure-heading" data-testid="erasure">
      <h2 id="erasure-heading" className="card__title">
        {t('privacy.erasure.title')}
      </h2>
      <p className="erasure__text">{t('privacy.erasure.text')}</p>
      <p className="erasure__text">{t('privacy.erasure.kept')}</p>
      {requests.status === 'loading' ? <Spinner label={t('privacy.erasure.loading')} /> : null}
      {requests.status === 'error' ? (
        <ApiErrorPanel title={t('privacy.erasure.loadError')} error={requests.error} onRetry={requests.reload} />
      ) : null}
      {requests.status === 'success' ? (
        <>
          {open ? <OpenRequest request={open} onChanged={requests.refresh} /> : <AskForErasure onAsked={requests.refresh} />}
          {requests.data.some((r) => r.status !== 'OPEN') ? (
            <>
              <h3 className="section-title">{t('privacy.erasure.history')}</h3>
              <ul className="list-plain erasure">
                {requests.data.filter((r) => r.status !== 'OPEN').map((r) => (
                  <li key={r.id} className="erasure" data-status={r.status}>
                    <ErasureStatusChip status={r.status} />
                    <ErasureRequestFacts request={r} />
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </>
      ) : null}
    </section>
  );
}

function AskForErasure({ onAsked }: { onAsked: () => void }) {
  const { t } = useTranslation();
  const ask = useRequestErasure();
  const [note, setNote] = useState('');
  const [confirming, setConfirming] = useState(false);
  const noteErrors = ask.status === 'error' ? ask.error.errorsFor('note') : [];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    ask.reset();
    setConfirming(true);
  };
  const confirm = async () => {
    const made = await ask.run(note.trim() === '' ? {} : { note: note.trim() });
    setConfirming(false);
    if (made) onAsked();
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      <Field id="erasure-note" label={t('privacy.erasure.note')} hint={t('privacy.erasure.noteHint')} errors={noteErrors} optional>
        <textarea
          id="erasure-note"
          className="textarea"
          rows={2}
          maxLength={1000}
          value={note}
          onChange={(event) => setNote(event.target.value)}
          aria-invalid={noteErrors.length > 0}
          aria-describedby={describedBy('erasure-note', { hint: true, errors: noteErrors })}
        />
      </Field>
      {ask.status === 'error' ? (
        <ApiErrorPanel
          title={t('privacy.erasure.requestFailed')}
          error={ask.error}
          message={ask.error.status === 409 ? t('privacy.erasure.alreadyOpen') : undefined}
          inlineFields={['note']}
        />
      ) : null}
      <div>
        <button type="submit" className="button button--danger" disabled={ask.status === 'pending'} data-testid="request-erasure">
          {t('privacy.erasure.request')}
        </button>
      </div>
      <ConfirmDialog
        open={confirming}
        title={t('privacy.erasure.confirmTitle')}
        confirmLabel={t('privacy.erasure.confirm')}
        cancelLabel={t('common.back')}
        danger
        busy={ask.status === 'pending'}
        onConfirm={() => void confirm()}
        onCancel={() => setConfirming(false)}
      >
        <p className="dialog__text">{t('privacy.erasure.confirmText')}</p>
      </ConfirmDialog>
    </form>
  );
}

function OpenRequest({ request, onChanged }: { request: ErasureRequest; onChanged: () => void }) {
  const { t } = useTranslation();
  const withdraw = useWithdrawErasureRequest();
  const [confirming, setConfirming] = useState(false);

  const confirm = async () => {
    const done = await withdraw.run(request.id);
    setConfirming(false);
    if (done) onChanged();
  };

  return (
    <div className="erasure" data-testid="open-erasure-request">
      <p className="notice" role="status">
        {t('privacy.erasure.openNotice')}
      </p>
      <div className="erasure__top">
        <ErasureStatusChip status={request.status} />
      </div>
      <ErasureRequestFacts request={request} />
      {request.note ? <p className="erasure__text">{t('privacy.erasure.yourNote', { note: request.note })}</p> : null}
      {withdraw.status === 'error' ? <ApiErrorPanel title={t('privacy.erasure.withdrawFailed')} error={withdraw.error} /> : null}
      <div className="erasure__actions">
        <button type="button" className="button button--ghost" onClick={() => setConfirming(true)} disabled={withdraw.status === 'pending'}>
          {t('privacy.erasure.withdraw')}
        </button>
      </div>
      <ConfirmDialog
        open={confirming}
        title={t('privacy.erasure.withdrawTitle')}
        confirmLabel={t('privacy.erasure.withdraw')}
        cancelLabel={t('common.back')}
        busy={withdraw.status === 'pending'}
        onConfirm={() => void confirm()}
        onCancel={() => setConfirming(false)}
      >
        <p className="dialog__text">{t('privacy.erasure.withdrawText')}</p>
      </ConfirmDialog>
    </div>
  );
}
