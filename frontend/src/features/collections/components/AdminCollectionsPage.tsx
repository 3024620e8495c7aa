import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AdminTabs } from '@/components/AdminTabs';
import { ApiErrorPanel } from '@/components/ApiErrorPanel';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { describedBy, Field } from '@/components/Field';
import { Spinner } from '@/components/Spinner';
import type { DepartmentCollection } from '@/lib/api';
import { formatMoney, useLocale } from '@/lib/i18n';
import { useCancelCollection } from '../api/useCancelCollection';
import { useCollections } from '../api/useCollections';
import { useConfirmCollection } from '../api/useConfirmCollection';
import { CollectionSummary } from './CollectionSummary';
import './collections.css';

/** /admin/collections: the newest collections; confirm when the money arrived, or cancel with a reason. */
export function AdminCollectionsPage() {
  const { t } = useTranslation();
  const collections = useCollections();
  return (
    <div className="page">
      <AdminTabs />
      <header className="page__header">
        <h1 className="page__title">{t('admin.collections.title')}</h1>
        <p className="page__lead">{t('admin.collections.lead')}</p>
      </header>
      {collections.status === 'loading' ? <Spinner label={t('admin.collections.loading')} /> : null}
      {collections.status === 'error' ? (
        <ApiErrorPanel title={t('admin.collections.loadError')} error={collections.error} onRetry={collections.reload} />
      ) : null}
      {collections.status === 'success' ? (
        collections.data.length === 0 ? (
          <p className="empty">{t('admin.collections.empty')}</p>
        ) : (
          <ul className="list-plain collection-list" data-testid="collections">
            {collections.data.map((collection) => (
              <CollectionItem key={collection.id} collection={collection} onChanged={collections.refresh} />
            ))}
          </ul>
        )
      ) : null}
    </div>
  );
}

function CollectionItem({ collection, onChanged }: { collection: DepartmentCollection; onChanged: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const confirm = useConfirmCollection();
  const cancel = useCancelCollection();
  const [dialog, setDialog] = useState<'confirm' | 'cancel' | undefined>();
  const [reason, setReason] = useState('');
  const [checked, setChecked] = useState(false);
  const reasonId = `cancel-reason-${collection.id}`;
  const reasonErrors = [
    ...(checked && reason.trim() === '' ? [t('admin.collections.reasonRequired')] : []),
    ...(cancel.status === 'error' ? cancel.error.errorsFor('reason') : []),
  ];
  const amount = formatMoney(collection.amountMinor, collection.currency, locale);

  const doConfirm = async () => {
    const done = await confirm.run(collection.id);
    setDialog(undefined);
    if (done) onChanged();
  };
  const doCancel = async () => {
    setChecked(true);
    if (reason.trim() === '') {
      document.getElementById(reasonId)?.focus();
      return;
    }
    const done = await cancel.run({ id: collection.id, reason: reason.trim() });
    if (done) {
      setDialog(undefined);
      onChanged();
    }
  };

  return (
    <li className="card collection-list__item" data-id={collection.id}>
      <CollectionSummary collection={collection} />
      {collection.status === 'PLEDGED' ? (
        <div className="collection-list__actions">
          <button type="button" className="button button--primary" onClick={() => setDialog('confirm')}>
            {t('admin.collections.confirm')}
          </button>
          <button type="button" className="button button--ghost" onClick={() => setDialog('cancel')}>
            {t('admin.collections.cancel')}
          </button>
        </div>
      ) : null}
      {confirm.status === 'error' ? <ApiErrorPanel title={t('admin.collections.confirmFailed')} error={confirm.error} /> : null}
      <ConfirmDialog
        open={dialog === 'confirm'}
        title={t('admin.collections.confirmTitle')}
        confirmLabel={t('admin.collections.confirm')}
        cancelLabel={t('common.back')}
        busy={confirm.status === 'pending'}
        onConfirm={() => void doConfirm()}
        onCancel={() => setDialog(undefined)}
      >
        <p className="dialog__text">{t('admin.collections.confirmText', { amount, department: collection.department.name })}</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={dialog === 'cancel'}
        title={t('admin.collections.cancelTitle')}
        confirmLabel={t('admin.collections.cancel')}
        cancelLabel={t('common.back')}
        danger
        busy={cancel.status === 'pending'}
        onConfirm={() => void doCancel()}
        onCancel={() => setDialog(undefined)}
      >
        <p className="dialog__text">{t('admin.collections.cancelText', { amount, department: collection.department.name })}</p>
        <Field id={reasonId} label={t('admin.collections.reason')} errors={reasonErrors}>
          <textarea
            id={reasonId}
            className="textarea"
            rows={2}
            maxLength={500}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            aria-invalid={reasonErrors.length > 0}
            aria-describedby={describedBy(reasonId, { errors: reasonErrors })}
          />
        </Field>
        {cancel.status === 'error' ? <ApiErrorPanel title={t('admin.collections.cancelFailed')} error={cancel.error} inlineFields={['reason']} /> : null}
      </ConfirmDialog>
    </li>
  );
}
