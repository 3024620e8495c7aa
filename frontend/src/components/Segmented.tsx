import type { ReactNode } from 'react';
import './forms.css';

export interface SegmentedProps<V extends string> {
  /** Radio group name (unique on the page). */
  name: string;
  legend: ReactNode;
  /** Hide the legend visually (it is still read out). */
  legendHidden?: boolean;
  value: V;
  options: readonly { value: V; label: ReactNode }[];
  onChange: (value: V) => void;
  /** Smaller text and padding, labels on one line (several switches on a phone screen). */
  compact?: boolean;
  /** Two columns on a phone instead of one row (four choices or more, whose labels do not fit 360 px). */
  twoColumnsOnPhone?: boolean;
}

/** A small set of exclusive choices as native radio buttons, drawn as a segmented control. */
export function Segmented<V extends string>({ name, legend, legendHidden, value, options, onChange, compact, twoColumnsOnPhone }: SegmentedProps<V>) {
  return (
    <fieldset className="field">
      <legend className={legendHidden ? 'visually-hidden' : 'field__label'}>{legend}</legend>
      <div className={['segmented', compact && 'segmented--compact', twoColumnsOnPhone && 'segmented--two-columns'].filter(Boolean).join(' ')}>
        {options.map((option) => {
          const id = `${name}-${option.value}`;
          return (
            <div className="segmented__option" key={option.value}>
              <input
                className="segmented__input"
                type="radio"
                id={id}
                name={name}
                value={option.value}
                checked={value === option.value}
                onChange={() => onChange(option.value)}
              />
              <label className="segmented__label" htmlFor={id}>
                {option.label}
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
