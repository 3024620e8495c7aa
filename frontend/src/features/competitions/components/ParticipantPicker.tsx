import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorPanel } from '@/components/ApiErrorPanel';
import { Segmented } from '@/components/Segmented';
import { Spinner } from '@/components/Spinner';
import type { CompetitionScope, Me } from '@/lib/api';
import { countryName, formatCount, useLocale } from '@/lib/i18n';
import { useCountries } from '../api/useCountries';
import { useDepartments } from '../api/useDepartments';
import { useLocations } from '../api/useLocations';
import { isChosen, toggle, toggleAll, withScope, type Participants } from './participants';

const SCOPES: readonly CompetitionScope[] = ['DEPARTMENTS', 'LOCATIONS', 'COUNTRIES'];

/**
 * Who competes, phone first: the scope, the chosen participants as removable chips, and one list at a time to
 * choose from (country → location → departments), so it fits 360 px however large the company is.
 */
export function ParticipantPicker({
  value,
  onChange,
  me,
  errors,
}: {
  value: Participants;
  onChange: (next: Participants) => void;
  me: Me | undefined;
  errors: readonly string[];
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const countries = useCountries();
  const [country, setCountry] = useState(me?.country?.code ?? '');
  const [locationId, setLocationId] = useState<number | undefined>(me?.location?.id);
  const locations = useLocations(value.scope === 'COUNTRIES' ? '' : country);
  const departments = useDepartments(value.scope === 'DEPARTMENTS' ? locationId : undefined);
  const leads = me?.leads ?? [];

  const chosen = [...value.chosen.entries()];
  const labelOf = (id: string, name: string) => (value.scope === 'COUNTRIES' ? (countryName(id, locale) ?? name) : name);

  let options: { id: string; name: string }[] | undefined;
  let optionsState: typeof countries | typeof locations | typeof departments | undefined;
  if (value.scope === 'COUNTRIES') {
    optionsState = countries;
    options = countries.status === 'success' ? countries.data.map((c) => ({ id: c.code, name: countryName(c.code, locale) ?? c.name })) : undefined;
  } else if (value.scope === 'LOCATIONS') {
    optionsState = locations;
    options = locations.status === 'success' ? locations.data.map((l) => ({ id: String(l.id), name: l.name })) : undefined;
  } else if (locationId !== undefined) {
    optionsState = departments;
    options = departments.status === 'success' ? departments.data.map((d) => ({ id: String(d.id), name: d.name })) : undefined;
  }

  return (
    <fieldset className="field picker" aria-describedby={errors.length > 0 ? 'picker-errors' : undefined}>
      <legend className="field__label">{t('competitions.form.participants')}</legend>
      <Segmented
        name="competition-scope"
        legend={t('competitions.form.scope')}
        legendHidden
        compact
        value={value.scope}
        options={SCOPES.map((scope) => ({ value: scope, label: t(`competitions.scope.${scope}`) }))}
        onChange={(scope) => onChange(withScope(value, scope, leads))}
      />

      <p className="picker__count" aria-live="polite">
        {t('competitions.form.chosen', { count: chosen.length, n: formatCount(chosen.length, locale) })}
      </p>
      {chosen.length > 0 ? (
        <ul className="picker__chips" data-testid="chosen-participants">
          {chosen.map(([id, name]) => (
            <li key={id}>
              <button type="button" className="chip picker__chip" onClick={() => onChange(toggle(value, id, name))}>
                {labelOf(id, name)}
                <span aria-hidden="true"> ×</span>
                <span className="visually-hidden"> {t('competitions.form.remove')}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}

      {value.scope !== 'COUNTRIES' ? (
        <div className="picker__where">
          <label className="visually-hidden" htmlFor="picker-country">
            {t('competitions.form.country')}
          </label>
          <select
            id="picker-country"
            className="select"
            value={country}
            onChange={(event) => {
              setCountry(event.target.value);
              setLocationId(undefined);
            }}
          >
            <option value="">{t('competitions.form.chooseCountry')}</option>
            {countries.status === 'success'
              ? countries.data.map((c) => (
                  <option key={c.code} value={c.code}>
                    {countryName(c.code, locale) ?? c.name}
                  </option>
                ))
              : null}
          </select>
          {value.scope === 'DEPARTMENTS' ? (
            <>
              <label className="visually-hidden" htmlFor="picker-location">
                {t('competitions.form.location')}
              </label>
              <select
                id="picker-location"
                className="select"
                value={locationId === undefined ? '' : String(locationId)}
                onChange={(event) => setLocationId(event.target.value === '' ? undefined : Number(event.target.value))}
                disabled={country === ''}
              >
                <option value="">{t('competitions.form.chooseLocation')}</option>
                {locations.status === 'success'
                  ? locations.data.map((l) => (
                      <option key={l.id} value={l.id}>
                        {l.name}
                      </option>
                    ))
                  : null}
              </select>
            </>
          ) : null}
        </div>
      ) : null}

      {optionsState?.status === 'loading' ? <Spinner label={t('competitions.form.loadingOptions')} /> : null}
      {optionsState?.status === 'error' ? (
        <ApiErrorPanel title={t('competitions.form.optionsError')} error={optionsState.error} onRetry={optionsState.reload} />
      ) : null}
      {options && options.length > 0 ? (
        <div className="picker__options">
          <button type="button" className="button button--ghost picker__all" onClick={() => onChange(toggleAll(value, options))}>
            {options.every((o) => isChosen(value, o.id)) ? t('competitions.form.noneHere') : t('competitions.form.allHere')}
          </button>
          <ul className="list-plain picker__list">
            {options.map((option) => (
              <li key={option.id}>
                <label className="picker__option">
                  <input type="checkbox" checked={isChosen(value, option.id)} onChange={() => onChange(toggle(value, option.id, option.name))} />
                  <span>{option.name}</span>
                </label>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {options && options.length === 0 ? <p className="muted">{t('competitions.form.noOptions')}</p> : null}
      {errors.length > 0 ? (
        <ul className="field__errors" id="picker-errors">
          {errors.map((error, index) => (
            <li key={index}>{error}</li>
          ))}
        </ul>
      ) : null}
    </fieldset>
  );
}
