import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorPanel } from '@/components/ApiErrorPanel';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { describedBy, Field } from '@/components/Field';
import type { MutationState } from '@/lib/api';

/** The words of one reason-required action (close an activity, cancel a competition…), already translated. */
export interface ReasonActionText {
  summary: string;
  hint?: string;
  reason: string;
  reasonRequired: string;
  button: string;
  failed: string;
  confirmTitle: string;
  confirmLabel: string;
  confirmText: string;
}

/**
 * A folded form for an action that needs a reason: the reason is required, the action is confirmed in a dialog,
 * server field errors on "reason" show beside the field, and `onDone` runs after it succeeded.
 */
export function ReasonAction({ id, className, text, state, run, onDone }: {
  id: string;
  className: string;
  text: ReasonActionText;
  state: MutationState<unknown>;
  run: (reason: string) => Promise<unknown>;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [checked, setChecked] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const errors = [
    ...(checked && reason.trim() === '' ? [text.reasonRequired] : []),
    ...(state.status === 'error' ? state.error.errorsFor('reason') : []),
  ];

  const ask = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (reason.trim() === '') {
      document.getElementById(id)?.focus();
      return;
    }
    setConfirming(true);
  };

  const confirm = async () => {
    const done = await run(reason.trim());
    setConfirming(false);
    if (done) onDone();
  };

  return (
    <div className={className}>
      <details>
        <summary>{text.summary}</summary>
        <form className="form" onSubmit={ask} noValidate>
          {text.hint ? <p className="muted">{text.hint}</p> : null}
          <Field id={id} label={text.reason} errors={errors}>
            <textarea
              id={id}
              className="textarea"
              rows={2}
              maxLength={500}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
              aria-invalid={errors.length > 0}
              aria-describedby={describedBy(id, { errors })}
            />
          </Field>
          {state.status === 'error' ? <ApiErrorPanel title={text.failed} error={state.error} inlineFields={['reason']} /> : null}
          <div>
            <button type="submit" className="button button--ghost" disabled={state.status === 'pending'}>
              {text.button}
            </button>
          </div>
        </form>
      </details>
      <ConfirmDialog
        open={confirming}
        title={text.confirmTitle}
        confirmLabel={text.confirmLabel}
        cancelLabel={t('common.back')}
        danger
        busy={state.status === 'pending'}
        onConfirm={() => void confirm()}
        onCancel={() => setConfirming(false)}
      >
        <p className="dialog__text">{text.confirmText}</p>
      </ConfirmDialog>
    </div>
  );
}
