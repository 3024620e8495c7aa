import type { ReactNode } from 'react';
import { AlertIcon } from './icons';
import './feedback.css';

export interface ErrorPanelProps {
  title: string;
  children?: ReactNode;
  /** Small print, e.g. a technical detail. */
  detail?: string;
  action?: { label: string; onClick: () => void };
}

/** A readable error with an optional action (e.g. "Try again"). */
export function ErrorPanel({ title, children, detail, action }: ErrorPanelProps) {
  return (
    <div className="error-panel" role="alert" data-testid="app-error">
      <AlertIcon className="error-panel__icon" />
      <div className="error-panel__text">
        <h2 className="error-panel__title">{title}</h2>
        {children ? <div className="error-panel__body">{children}</div> : null}
        {detail ? <p className="error-panel__detail">{detail}</p> : null}
        {action ? (
          <button type="button" className="button button--primary" onClick={action.onClick}>
            {action.label}
          </button>
        ) : null}
      </div>
    </div>
  );
}
