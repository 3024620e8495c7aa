import { formatMoney, useLocale } from '@/lib/i18n';
import './forms.css';

export interface AmountChipsProps {
  /** Quick amounts in minor units. */
  amounts: readonly number[];
  currency: string;
  /** The amount now in the field, in minor units (a chip shows as pressed when it matches). */
  selected?: number;
  onSelect: (minor: number) => void;
  /** Accessible name of the group, e.g. "Quick amounts". */
  label: string;
  /** Text after each amount, e.g. "/km". */
  per?: string;
}

/** One-tap amounts (50, 100, 200 kr.) that fill in the amount field. */
export function AmountChips({ amounts, currency, selected, onSelect, label, per }: AmountChipsProps) {
  const locale = useLocale();
  return (
    <div className="amount-chips" role="group" aria-label={label}>
      {amounts.map((minor) => (
        <button
          key={minor}
          type="button"
          className="amount-chip"
          aria-pressed={selected === minor}
          onClick={() => onSelect(minor)}
        >
          {formatMoney(minor, currency, locale, { wholeWithoutDecimals: true })}
          {per}
        </button>
      ))}
    </div>
  );
}
