import { useTranslation } from 'react-i18next';
import { movementText } from './movement';
import './movement.css';

/** ▲2 / ▼1 / – beside a place on a leaderboard; screen readers hear "Up 2 places since yesterday" instead. */
export function Movement({ movement, className }: { movement: number | undefined | null; className?: string }) {
  const { t } = useTranslation();
  const { direction, symbol, label } = movementText(movement, t);
  return (
    <span className={`movement movement--${direction}${className ? ` ${className}` : ''}`} data-movement={movement ?? ''}>
      <span aria-hidden="true">{symbol}</span>
      <span className="visually-hidden">{label}</span>
    </span>
  );
}
