import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AdminTabs } from '@/components/AdminTabs';
import { ApiErrorPanel } from '@/components/ApiErrorPanel';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { ReasonAction } from '@/components/ReasonAction';
import { Spinner } from '@/components/Spinner';
import type { ErasureRequest } from '@/lib/api';
import { useCompleteErasureRequest } from '../api/useCompleteErasureRequest';
import { useErasureRequests } from '../api/useErasureRequests';
import { useRefuseErasureRequest } from '../api/useRefuseErasureRequest';
import { ErasureRequestFacts, ErasureStatusChip } from './ErasureRequestFacts';
import './privacy.css';

/** /admin/erasure-requests: employees' erasure requests, open ones first; complete one, or refuse it with a reason. */
export function AdminErasurePage() {
  const { t } = useTranslation();
  const requests = useErasureRequests();
  return (
    <div className="page">
      <AdminTabs />
      <header className="page__header">
        <h1 className="page__title">{t('admin.erasure.title')}</h1>
        <p className="page__lead">{t('admin.erasure.lead')}</p>
      </header>
      {requests.status === 'loading' ? <Spinner label={t('admin.erasure.loading')} /> : null}
      {requests.status === 'error' ? (
        <ApiErrorPanel title={t('admin.erasure.loadError')} error={requests.error} onRetry={requests.reload} />
      ) : null}
      {requests.status === 'success' ? (
        requests.data.length === 0 ? (
          <p className="empty">{t('admin.erasure.empty')}</p>
        ) : (
          <ul className="list-plain erasure" data-testid="erasure-requests">
            {requests.data.map((request) => (
              <RequestItem key={request.id} request={request} onChanged={requests.refresh} />
            ))}
          </ul>
        )
      ) : null}
    </div>
  );
}

function RequestItem({ request, onChanged }: { request: ErasureRequest; onChanged: () => void }) {
  const { t } = useTranslation();
  const complete = useCompleteErasureRequest();
  const refuse = useRefuseErasureRequest();
  const [confirming, setConfirming] = useState(false);
  const open = request.status === 'OPEN';
  const blocked = (request.pledgesToSettle ?? 0) > 0 || (request.pledgesAwaitingResult ?? 0) > 0;

  const doComplete = async () => {
    const done = await complete.run(request.id);
    setConfirming(false);
    if (done) onChanged();
  };

  return (
    <li className="card erasure" data-id={request.id} data-status={request.status}>
      <div className="erasure__top">
        <h2 className="erasure__title">{request.name}</h2>
        <ErasureStatusChip status={request.status} />
      </div>
      <p className="erasure__facts">
        {t('admin.erasure.who', { number: request.employeeNumber, department: request.department.name })}
      </p>
      <ErasureRequestFacts request={request} />
      {request.note ? <p className="erasure__text">{t('admin.erasure.note', { note: request.note })}</p> : null}
      {open ? (
        <>
          {complete.status === 'error' ? <ApiErrorPanel title={t('admin.erasure.completeFailed')} error={complete.error} /> : null}
          <div className="erasure__actions">
            <button type="button" className="button button--danger" onClick={() => setConfirming(true)} disabled={blocked || complete.status === 'pending'}>
              {t('admin.erasure.complete')}
            </button>
          </div>
          <ReasonAction
            id={`refuse-reason-${request.id}`}
            className="erasure"
            text={{
              summary: t('admin.erasure.refuse.summary'),
              hint: t('admin.erasure.refuse.hint'),
              reason: t('admin.erasure.refuse.reason'),
              reasonRequired: t('admin.erasure.refuse.reasonRequired'),
              button: t('admin.erasure.refuse.button'),
              failed: t('admin.erasure.refuse.failed'),
              confirmTitle: t('admin.erasure.refuse.confirmTitle'),
              confirmLabel: t('admin.erasure.refuse.button'),
              confirmText: t('admin.erasure.refuse.confirmText'),
            }}
            state={refuse}
            run={(reason) => refuse.run({ id: request.id, reason })}
            onDone={onChanged}
          />
          <ConfirmDialog
            open={confirming}
            title={t('admin.erasure.completeTitle', { name: request.name })}
            confirmLabel={t('admin.erasure.complete')}
            cancelLabel={t('common.back')}
            danger
            busy={complete.status === 'pending'}
            onConfirm={() => void doComplete()}
            onCancel={() => setConfirming(false)}
          >
            <p className="dialog__text">{t('admin.erasure.completeText')}</p>
          </ConfirmDialog>
        </>
      ) : null}
    </li>
  );
}
