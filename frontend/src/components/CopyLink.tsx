import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import './forms.css';
import './copyLink.css';

/** The full address of an app path on this origin (e.g. a canteen screen's /screen/<token>). */
export function fullLink(path: string, origin: string = window.location.origin): string {
  return `${origin}${path}`;
}

/** A read-only link with a Copy button; when the clipboard is refused, the link is selected to copy by hand. */
export function CopyLink({ url, label, testId }: { url: string; label: string; testId?: string }) {
  const { t } = useTranslation();
  const id = useId();
  const field = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setStatus('copied');
    } catch {
      field.current?.select();
      setStatus('failed');
    }
  };

  return (
    <div className="copy-link">
      <div className="copy-link__row">
        <label className="visually-hidden" htmlFor={id}>
          {label}
        </label>
        <input id={id} ref={field} className="input" readOnly value={url} onFocus={(event) => event.target.select()} data-testid={testId} />
        <button type="button" className="button button--ghost" onClick={() => void copy()}>
          {t('common.copy')}
        </button>
      </div>
      <p role="status" className="muted">
        {status === 'copied' ? t('common.copied') : status === 'failed' ? t('common.copyFailed') : ''}
      </p>
    </div>
  );
}
