import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Country, Ref } from '@/lib/api';
import { countryName, useLocale } from '@/lib/i18n';
import { useCountries } from '../api/useCountries';
import { useDepartments } from '../api/useDepartments';
import { useLocations } from '../api/useLocations';

/** A department with the currency of its country when known (an admin chose it through its country). */
export interface ChosenDepartment extends Ref {
  currency?: string;
}

/**
 * The department a collection is for: one of the departments I lead, or (admins) any department found through
 * country → location → department.
 */
export function DepartmentChooser({
  leads,
  admin,
  value,
  onChange,
  errors,
  defaultCountry,
}: {
  leads: readonly Ref[];
  admin: boolean;
  value: ChosenDepartment | undefined;
  onChange: (department: ChosenDepartment | undefined) => void;
  errors: readonly string[];
  defaultCountry?: string;
}) {
  const { t } = useTranslation();
  const [browsing, setBrowsing] = useState(admin && leads.length === 0);
  const legendId = useId();
  const errorsId = useId();
  return (
    <fieldset className="field collection-department" aria-describedby={errors.length > 0 ? errorsId : undefined}>
      <legend className="field__label" id={legendId}>
        {t('collections.form.department')}
      </legend>
      {!browsing ? (
        // the legend names the group and, for this one list, the list itself
        <select
          id="collection-department"
          className="select"
          value={value ? String(value.id) : ''}
          onChange={(event) => onChange(leads.find((lead) => String(lead.id) === event.target.value))}
          aria-labelledby={legendId}
          aria-invalid={errors.length > 0}
        >
          <option value="">{t('collections.form.chooseDepartment')}</option>
          {leads.map((lead) => (
            <option key={lead.id} value={lead.id}>
              {lead.name}
            </option>
          ))}
        </select>
      ) : (
        <Browse value={value} onChange={onChange} defaultCountry={defaultCountry} />
      )}
      {admin && leads.length > 0 ? (
        <button
          type="button"
          className="button button--ghost collection-department__switch"
          onClick={() => {
            setBrowsing(!browsing);
            onChange(undefined);
          }}
        >
          {browsing ? t('collections.form.myDepartments') : t('collections.form.otherDepartment')}
        </button>
      ) : null}
      {errors.length > 0 ? (
        <ul className="field__errors" id={errorsId}>
          {errors.map((error, index) => (
            <li key={index}>{error}</li>
          ))}
        </ul>
      ) : null}
    </fieldset>
  );
}

function Browse({
  value,
  onChange,
  defaultCountry,
}: {
  value: ChosenDepartment | undefined;
  onChange: (department: ChosenDepartment | undefined) => void;
  defaultCountry?: string;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const countries = useCountries();
  const [country, setCountry] = useState(defaultCountry ?? '');
  const [locationId, setLocationId] = useState<number | undefined>();
  const locations = useLocations(country);
  const departments = useDepartments(locationId);
  const currencyOf = (code: string, list: Country[]) => list.find((c) => c.code === code)?.currency;

  return (
    <div className="collection-department__browse">
      <label className="visually-hidden" htmlFor="collection-country">
        {t('competitions.form.country')}
      </label>
      <select
        id="collection-country"
        className="select"
        value={country}
        onChange={(event) => {
          setCountry(event.target.value);
          setLocationId(undefined);
          onChange(undefined);
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
      <label className="visually-hidden" htmlFor="collection-location">
        {t('competitions.form.location')}
      </label>
      <select
        id="collection-location"
        className="select"
        disabled={country === ''}
        value={locationId === undefined ? '' : String(locationId)}
        onChange={(event) => {
          setLocationId(event.target.value === '' ? undefined : Number(event.target.value));
          onChange(undefined);
        }}
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
      <label className="visually-hidden" htmlFor="collection-department">
        {t('collections.form.department')}
      </label>
      <select
        id="collection-department"
        className="select"
        disabled={locationId === undefined}
        value={value ? String(value.id) : ''}
        onChange={(event) => {
          const department = departments.status === 'success' ? departments.data.find((d) => String(d.id) === event.target.value) : undefined;
          const currency = department && countries.status === 'success' ? currencyOf(department.countryCode, countries.data) : undefined;
          onChange(department ? { id: department.id, name: department.name, currency } : undefined);
        }}
      >
        <option value="">{t('collections.form.chooseDepartment')}</option>
        {departments.status === 'success'
          ? departments.data.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))
          : null}
      </select>
    </div>
  );
}
