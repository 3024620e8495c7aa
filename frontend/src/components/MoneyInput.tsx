import type { InputHTMLAttributes } from 'react';
import { currencyAffix, useLocale } from '@/lib/i18n';
import './forms.css';

export interface MoneyInputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value' | 'type'> {
  id: string;
  value: string;
  onChange: (text: string) => void;
  currency: string;
  /** Text after the currency, e.g. "/km" for a rate. */
  per?: string;
}

/**
 * An amount in major units as the person types it ("123,45"), with the currency where the locale writes it.
 * Parse it with parseMoneyInput (lib/money); the field keeps the raw text so nothing is lost while typing.
 */
export function MoneyInput({ id, value, onChange, currency, per, className, ...rest }: MoneyInputProps) {
  const locale = useLocale();
  const { symbol, position } = currencyAffix(currency, locale);
  return (
    <div className={`money-input${className ? ` ${className}` : ''}`}>
      {position === 'prefix' ? (
        <span className="money-input__affix money-input__affix--prefix" aria-hidden="true">
          {symbol}
        </span>
      ) : null}
      <input
        id={id}
        className="money-input__field"
        type="text"
        inputMode="decimal"
        autoComplete="off"
        enterKeyHint="done"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        {...rest}
      />
      {position === 'suffix' || per ? (
        <span className="money-input__affix money-input__affix--suffix" aria-hidden="true">
          {position === 'suffix' ? symbol : null}
          {per}
        </span>
      ) : null}
    </div>
  );
}
