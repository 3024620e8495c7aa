import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorPanel } from '@/components/ApiErrorPanel';
import { describedBy } from '@/components/Field';
import type { MobilePaymentImportResult, MobilePaymentLine } from '@/lib/api';
import { formatMoney, formatNumber, useLocale } from '@/lib/i18n';
import { useImportMobilePayments } from '../api/useImportMobilePayments';
import { AdminTabs } from '@/components/AdminTabs';
import './settlement.css';

const GROUPS = ['collected', 'alreadyCollected', 'mismatches', 'unknown'] as const;
type Group = (typeof GROUPS)[number];

export function MobilePaymentsPage() {
  const { t } = useTranslation();
  const upload = useImportMobilePayments();
  const [file, setFile] = useState<File | undefined>();
  const [checked, setChecked] = useState(false);
  const [readError, setReadError] = useState(false);

  const fileErrors = [
    ...(checked && !file ? [t('admin.mobile.errors.noFile')] : []),
    ...(readError ? [t('admin.mobile.errors.unreadable')] : []),
  ];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    setReadError(false);
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch {
      setReadError(true);
      return;
    }
    await upload.run(text);
  };

  return (
    <div className="page">
      <AdminTabs />
      <header className="page__header">
        <h1 className="page__title">{t('admin.mobile.title')}</h1>
        <p className="page__lead">{t('admin.mobile.lead')}</p>
      </header>

      <form className="card form" onSubmit={(event) => void submit(event)} noValidate>
        <div className="field file-picker">
          <label className="field__label" htmlFor="mobile-file">
            {t('admin.mobile.file')}
          </label>
          <p className="field__hint" id="mobile-file-hint">
            {t('admin.mobile.fileHint')}
          </p>
          <div className="file-picker__box">
            <input
              id="mobile-file"
              className="file-picker__native"
              type="file"
              accept=".csv,text/csv,text/plain"
              onChange={(event) => {
                setFile(event.target.files?.[0]);
                upload.reset();
              }}
              aria-invalid={fileErrors.length > 0}
              aria-describedby={describedBy('mobile-file', { hint: true, errors: fileErrors })}
            />
            {/* what the native control would show, in the app's language; clicks go to the input above it */}
            <span className="button button--primary button--small" aria-hidden="true">
              {t('admin.mobile.choose')}
            </span>
            <span className="file-picker__name" aria-hidden="true">
              {file?.name ?? t('admin.mobile.noFile')}
            </span>
          </div>
          {fileErrors.length > 0 ? (
            <ul className="field__errors" id="mobile-file-errors">
              {fileErrors.map((error) => (
                <li key={error}>{error}</li>
              ))}
            </ul>
          ) : null}
        </div>
        {upload.status === 'error' ? (
          <ApiErrorPanel
            title={t('admin.mobile.failed')}
            error={upload.error}
            message={upload.error.status === 400 ? t('admin.mobile.malformed') : undefined}
          />
        ) : null}
        <div>
          <button type="submit" className="button button--primary" disabled={upload.status === 'pending'}>
            {upload.status === 'pending' ? t('admin.mobile.uploading') : t('admin.mobile.upload')}
          </button>
        </div>
      </form>

      {upload.status === 'success' ? <MatchResult result={upload.data} /> : null}
    </div>
  );
}

function MatchResult({ result }: { result: MobilePaymentImportResult }) {
  const { t } = useTranslation();
  return (
    <section className="page" aria-labelledby="match-title" data-testid="mobile-result">
      <h2 id="match-title" className="section-title" tabIndex={-1}>
        {t('admin.mobile.result', { count: result.lines })}
      </h2>
      <dl className="match-summary">
        {GROUPS.map((group) => (
          <div key={group} className="match-summary__item">
            <dt>{t(`admin.mobile.groups.${group}`)}</dt>
            <dd data-testid={`mobile-${group}`}>{result[group].length}</dd>
          </div>
        ))}
      </dl>
      {GROUPS.map((group) => (
        <LineGroup key={group} group={group} lines={result[group]} />
      ))}
    </section>
  );
}

function LineGroup({ group, lines }: { group: Group; lines: MobilePaymentLine[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const amount = (minor: number, currency?: string) =>
    currency ? formatMoney(minor, currency, locale) : formatNumber(minor / 100, locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  // The server's notes are English free text; the cases the line itself explains are said in the app's language.
  const note = (kind: Group, line: MobilePaymentLine): string | undefined => {
    if (kind === 'unknown' || kind === 'collected' || kind === 'alreadyCollected') return undefined;
    if (line.expectedMinor !== undefined && line.expectedMinor !== line.paidMinor) {
      return t('admin.mobile.mismatchAmount', { paid: amount(line.paidMinor, line.currency), expected: amount(line.expectedMinor, line.currency) });
    }
    return line.note;
  };

  return (
    <section className="card" aria-labelledby={`group-${group}`}>
      <h3 id={`group-${group}`} className="card__title">
        {t(`admin.mobile.groups.${group}`)} ({lines.length})
      </h3>
      {lines.length === 0 ? (
        <p className="muted">{t('admin.mobile.none')}</p>
      ) : (
        <ul className="match-lines">
          {lines.map((line) => (
            <li key={`${line.line}-${line.reference}`} className="match-lines__item">
              <span className="match-lines__line">{t('admin.mobile.line', { line: line.line })}</span>
              <span className="reference">{line.reference}</span>
              <span className="match-lines__amount">{amount(line.paidMinor, line.currency)}</span>
              {note(group, line) ? <p className="match-lines__note">{note(group, line)}</p> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
