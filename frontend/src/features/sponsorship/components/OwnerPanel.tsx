import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorPanel } from '@/components/ApiErrorPanel';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { ReasonAction } from '@/components/ReasonAction';
import { describedBy, Field } from '@/components/Field';
import { ShareIcon } from '@/components/icons';
import type { Activity } from '@/lib/api';
import { formatDate, formatNumber, todayIso, useLocale } from '@/lib/i18n';
import { parseQuantityInput } from '@/lib/money';
import { useCloseActivity } from '../api/useCloseActivity';
import { useReportResult } from '../api/useReportResult';

/** What the owner of an activity does on its page: share it, report the result, or close it. */
export function OwnerPanel({ activity, onChanged }: { activity: Activity; onChanged: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const open = activity.status === 'OPEN';
  const started = activity.date <= todayIso();

  return (
    <section className="card owner" aria-labelledby="owner-title" data-testid="owner-panel">
      <h2 id="owner-title" className="card__title">
        {t('sponsor.owner.title')}
      </h2>
      <ShareSection activity={activity} />
      {open ? (
        started ? (
          <ResultSection activity={activity} onChanged={onChanged} />
        ) : (
          <div className="owner__section">
            <h3 className="owner__heading">{t('sponsor.owner.result')}</h3>
            <p className="muted">{t('sponsor.owner.resultFrom', { date: formatDate(activity.date, locale) })}</p>
          </div>
        )
      ) : null}
      {open ? <CloseSection activity={activity} onChanged={onChanged} /> : null}
      {!open && activity.status === 'COMPLETED' && activity.result !== undefined ? (
        <p className="muted">
          {t('sponsor.owner.reported', {
            result: activity.unit === 'NONE' ? t('sponsor.done') : `${formatNumber(activity.result, locale)} ${t(`units.${activity.unit}.short`)}`,
          })}
        </p>
      ) : null}
    </section>
  );
}

function ShareSection({ activity }: { activity: Activity }) {
  const { t } = useTranslation();
  const url = `${window.location.origin}${activity.sharePath}`;
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const field = useRef<HTMLInputElement>(null);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setStatus('copied');
    } catch {
      // no clipboard permission: select the link so the person can copy it themselves
      field.current?.select();
      setStatus('failed');
    }
  };

  const share = async () => {
    const data = { title: activity.title, text: t('sponsor.owner.shareText', { title: activity.title }), url };
    if (typeof navigator.share === 'function' && (navigator.canShare?.(data) ?? true)) {
      try {
        await navigator.share(data);
        return;
      } catch (error) {
        if (error instanceof DOMException && error.name === 'AbortError') return; // the person closed the share sheet
      }
    }
    await copy();
  };

  return (
    <div className="owner__section">
      <h3 className="owner__heading">{t('sponsor.owner.share')}</h3>
      <p className="muted">{t('sponsor.owner.shareHint')}</p>
      <div className="share-row">
        <label className="visually-hidden" htmlFor="share-url">
          {t('sponsor.owner.link')}
        </label>
        <input id="share-url" ref={field} className="input" readOnly value={url} onFocus={(event) => event.target.select()} />
        <button type="button" className="button button--primary" onClick={() => void share()} data-testid="share-button">
          <ShareIcon width={18} height={18} />
          {t('sponsor.owner.shareButton')}
        </button>
      </div>
      <p role="status" className="muted">
        {status === 'copied' ? t('sponsor.owner.copied') : status === 'failed' ? t('sponsor.owner.copyFailed') : ''}
      </p>
    </div>
  );
}

function ResultSection({ activity, onChanged }: { activity: Activity; onChanged: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const report = useReportResult(activity.code);
  const [text, setText] = useState('');
  const [checked, setChecked] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const none = activity.unit === 'NONE';
  const unit = none ? '' : t(`units.${activity.unit}.short`);
  const parsed = none ? ({ ok: true, value: 1 } as const) : parseQuantityInput(text, { allowZero: true });
  const errors = [
    ...(checked && !parsed.ok ? [t(`quantity.errors.${parsed.problem}`)] : []),
    ...(report.status === 'error' ? report.error.errorsFor('result') : []),
  ];

  const ask = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (!parsed.ok) {
      document.getElementById('result-input')?.focus();
      return;
    }
    setConfirming(true);
  };

  const confirm = async () => {
    if (!parsed.ok) return;
    const done = await report.submit(parsed.value);
    setConfirming(false);
    if (done) onChanged();
  };

  return (
    <form className="owner__section form" onSubmit={ask} noValidate>
      <h3 className="owner__heading">{t('sponsor.owner.result')}</h3>
      {none ? (
        <p className="muted">{t('sponsor.owner.resultNoneHint')}</p>
      ) : (
        <Field id="result-input" label={t('sponsor.owner.resultLabel', { unit })} hint={t('sponsor.owner.resultHint')} errors={errors}>
          <input
            id="result-input"
            className="input"
            type="text"
            inputMode="decimal"
            autoComplete="off"
            value={text}
            onChange={(event) => setText(event.target.value)}
            aria-invalid={errors.length > 0}
            aria-describedby={describedBy('result-input', { hint: true, errors })}
          />
        </Field>
      )}
      {report.status === 'error' ? <ApiErrorPanel title={t('sponsor.owner.resultFailed')} error={report.error} inlineFields={['result']} /> : null}
      <button type="submit" className="button button--primary" disabled={report.status === 'pending'}>
        {none ? t('sponsor.owner.markDone') : t('sponsor.owner.reportButton')}
      </button>
      <ConfirmDialog
        open={confirming}
        title={t('sponsor.owner.confirmResultTitle')}
        confirmLabel={t('sponsor.owner.confirmResult')}
        cancelLabel={t('common.back')}
        busy={report.status === 'pending'}
        onConfirm={() => void confirm()}
        onCancel={() => setConfirming(false)}
      >
        <p className="dialog__text">
          {t('sponsor.owner.confirmResultText', {
            result: none ? t('sponsor.done') : parsed.ok ? `${formatNumber(parsed.value, locale)} ${unit}` : '',
          })}
        </p>
      </ConfirmDialog>
    </form>
  );
}

function CloseSection({ activity, onChanged }: { activity: Activity; onChanged: () => void }) {
  const { t } = useTranslation();
  const close = useCloseActivity(activity.code);
  return (
    <ReasonAction
      id="close-reason"
      className="owner__section"
      state={close}
      run={close.run}
      onDone={onChanged}
      text={{
        summary: t('sponsor.owner.close'),
        hint: t('sponsor.owner.closeHint'),
        reason: t('sponsor.owner.reason'),
        reasonRequired: t('sponsor.owner.reasonRequired'),
        button: t('sponsor.owner.closeButton'),
        failed: t('sponsor.owner.closeFailed'),
        confirmTitle: t('sponsor.owner.confirmCloseTitle'),
        confirmLabel: t('sponsor.owner.confirmClose'),
        confirmText: t('sponsor.owner.confirmCloseText'),
      }}
    />
  );
}
