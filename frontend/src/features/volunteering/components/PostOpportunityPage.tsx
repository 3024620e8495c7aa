import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiErrorPanel } from '@/components/ApiErrorPanel';
import { describedBy, Field } from '@/components/Field';
import { Segmented } from '@/components/Segmented';
import type { OpportunityRequest, PlaceKind } from '@/lib/api';
import { todayIso } from '@/lib/i18n';
import { useAddSkill } from '../api/useAddSkill';
import { useLocations } from '../api/useLocations';
import { useNgos } from '../api/useNgos';
import { usePostOpportunity } from '../api/usePostOpportunity';
import { useSkills } from '../api/useSkills';
import { toInstant } from './hours';
import { SkillChips, toggled } from './SkillChips';
import { VolunteeringTabs } from './VolunteeringTabs';
import './volunteering.css';

interface ShiftDraft {
  date: string;
  from: string;
  to: string;
  places: string;
}

const COUNTRIES = ['DK', 'NO', 'SE'] as const;

function firstShift(): ShiftDraft {
  return { date: todayIso(), from: '09:00', to: '15:00', places: '4' };
}

/** /volunteering/opportunities/new (NGO staff, admins): a need with the skills wanted, a place and shifts. */
export function PostOpportunityPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const ngos = useNgos();
  const skills = useSkills();
  const post = usePostOpportunity();
  const addSkill = useAddSkill();
  const [newSkill, setNewSkill] = useState('');
  const [ngoId, setNgoId] = useState<number | ''>('');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [wanted, setWanted] = useState<Set<number>>(new Set());
  const [placeKind, setPlaceKind] = useState<PlaceKind>('NGO_SITE');
  const [country, setCountry] = useState<(typeof COUNTRIES)[number]>('DK');
  const [locationId, setLocationId] = useState<number | ''>('');
  const [placeText, setPlaceText] = useState('');
  const [shifts, setShifts] = useState<ShiftDraft[]>(() => [firstShift()]);
  const locations = useLocations(country);
  const [checked, setChecked] = useState(false);

  const serverErrors = (field: string) => (post.status === 'error' ? post.error.errorsFor(field) : []);
  const required = (value: string | number) => (checked && value === '' ? [t('volunteering.post.required')] : []);
  const ngoErrors = [...required(ngoId), ...serverErrors('ngoId')];
  const titleErrors = [...required(title.trim()), ...serverErrors('title')];
  const descriptionErrors = [...required(description.trim()), ...serverErrors('description')];
  const placeErrors = [...serverErrors('locationId'), ...serverErrors('placeText')];
  const toggle = (id: number) => setWanted((current) => toggled(current, id));
  const change = (index: number, patch: Partial<ShiftDraft>) =>
    setShifts((current) => current.map((s, i) => (i === index ? { ...s, ...patch } : s)));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (ngoId === '' || title.trim() === '' || description.trim() === '') return;
    const body: OpportunityRequest = {
      ngoId,
      title: title.trim(),
      description: description.trim(),
      skillIds: [...wanted],
      placeKind,
      ...(placeKind === 'LOCATION' && locationId !== '' ? { locationId } : {}),
      ...(placeText.trim() !== '' ? { placeText: placeText.trim() } : {}),
      shifts: shifts.map((s) => ({
        startsAt: toInstant(s.date, s.from) ?? '',
        endsAt: toInstant(s.date, s.to) ?? '',
        places: Number(s.places) || 0,
      })),
    };
    const posted = await post.run(body);
    if (posted) navigate(`/volunteering/opportunities/${posted.id}`);
  };

  return (
    <div className="page">
      <VolunteeringTabs />
      <header className="page__header">
        <h1 className="page__title">{t('volunteering.post.title')}</h1>
        <p className="page__lead">{t('volunteering.post.lead')}</p>
      </header>
      <form className="form" noValidate onSubmit={(event) => void submit(event)}>
        <Field id="opp-ngo" label={t('volunteering.post.ngo')} errors={ngoErrors}>
          <select id="opp-ngo" className="select" value={ngoId} aria-invalid={ngoErrors.length > 0}
            aria-describedby={describedBy('opp-ngo', { errors: ngoErrors })}
            onChange={(event) => setNgoId(event.target.value === '' ? '' : Number(event.target.value))}>
            <option value="">{t('volunteering.log.choose')}</option>
            {ngos.status === 'success' ? ngos.data.map((n) => <option key={n.id} value={n.id}>{n.name}</option>) : null}
          </select>
        </Field>
        <Field id="opp-title" label={t('volunteering.post.name')} errors={titleErrors}>
          <input id="opp-title" className="input" maxLength={200} value={title} aria-invalid={titleErrors.length > 0}
            aria-describedby={describedBy('opp-title', { errors: titleErrors })} onChange={(event) => setTitle(event.target.value)} />
        </Field>
        <Field id="opp-description" label={t('volunteering.post.description')} errors={descriptionErrors}>
          <textarea id="opp-description" className="textarea" rows={4} maxLength={4000} value={description}
            aria-invalid={descriptionErrors.length > 0} aria-describedby={describedBy('opp-description', { errors: descriptionErrors })}
            onChange={(event) => setDescription(event.target.value)} />
        </Field>
        <p className="field__label">{t('volunteering.post.skills')}</p>
        {skills.status === 'success' ? (
          <SkillChips label={t('volunteering.post.skills')} skills={skills.data} selected={wanted} onToggle={toggle} />
        ) : null}
        <Field id="opp-new-skill" label={t('volunteering.post.newSkill')} optional
          errors={addSkill.status === 'error'
            ? addSkill.error.status === 409 ? [t('volunteering.post.skillExists')] : addSkill.error.errorsFor('name')
            : []}>
          <div className="vol-links">
            <input id="opp-new-skill" className="input" maxLength={100} value={newSkill} onChange={(event) => setNewSkill(event.target.value)} />
            <button type="button" className="button button--ghost" disabled={newSkill.trim() === '' || addSkill.status === 'pending'}
              onClick={() => void addSkill.run(newSkill.trim()).then((skill) => {
                if (!skill) return;
                setNewSkill('');
                setWanted((current) => new Set(current).add(skill.id));
                skills.refresh();
              })}>
              {t('volunteering.post.addSkill')}
            </button>
          </div>
        </Field>
        <Segmented<PlaceKind>
          name="opp-place"
          legend={t('volunteering.post.place')}
          value={placeKind}
          onChange={setPlaceKind}
          options={[
            { value: 'LOCATION', label: t('volunteering.place.LOCATION') },
            { value: 'NGO_SITE', label: t('volunteering.place.NGO_SITE') },
            { value: 'REMOTE', label: t('volunteering.place.REMOTE') },
          ]}
        />
        {placeKind === 'LOCATION' ? (
          <>
            <Segmented
              name="opp-country"
              legend={t('volunteering.post.country')}
              value={country}
              onChange={(value) => {
                setCountry(value);
                setLocationId('');
              }}
              options={COUNTRIES.map((c) => ({ value: c, label: c }))}
              compact
            />
            <Field id="opp-location" label={t('volunteering.post.location')} errors={placeErrors}>
              <select id="opp-location" className="select" value={locationId} aria-invalid={placeErrors.length > 0}
                aria-describedby={describedBy('opp-location', { errors: placeErrors })}
                onChange={(event) => setLocationId(event.target.value === '' ? '' : Number(event.target.value))}>
                <option value="">{t('volunteering.log.choose')}</option>
                {locations.status === 'success' ? locations.data.map((l) => <option key={l.id} value={l.id}>{l.name}</option>) : null}
              </select>
            </Field>
          </>
        ) : (
          <Field id="opp-place-text" label={t('volunteering.post.placeText')} errors={placeErrors} optional={placeKind === 'REMOTE'}>
            <input id="opp-place-text" className="input" maxLength={200} value={placeText} aria-invalid={placeErrors.length > 0}
              aria-describedby={describedBy('opp-place-text', { errors: placeErrors })} onChange={(event) => setPlaceText(event.target.value)} />
          </Field>
        )}
        <h2 className="section-title">{t('volunteering.detail.shifts')}</h2>
        {shifts.map((s, index) => {
          const errors = [
            ...serverErrors(`shifts[${index}].startsAt`),
            ...serverErrors(`shifts[${index}].endsAt`),
            ...serverErrors(`shifts[${index}].places`),
          ];
          return (
            <fieldset key={index} className="card">
              <legend>{t('volunteering.post.shift', { n: index + 1 })}</legend>
              <div className="vol-shift-row">
                <Field id={`shift-${index}-date`} label={t('volunteering.post.date')}>
                  <input id={`shift-${index}-date`} className="input" type="date" min={todayIso()} value={s.date}
                    onChange={(event) => change(index, { date: event.target.value })} />
                </Field>
                <Field id={`shift-${index}-from`} label={t('volunteering.post.from')}>
                  <input id={`shift-${index}-from`} className="input" type="time" value={s.from}
                    onChange={(event) => change(index, { from: event.target.value })} />
                </Field>
                <Field id={`shift-${index}-to`} label={t('volunteering.post.to')}>
                  <input id={`shift-${index}-to`} className="input" type="time" value={s.to}
                    onChange={(event) => change(index, { to: event.target.value })} />
                </Field>
                <Field id={`shift-${index}-places`} label={t('volunteering.post.places')} errors={errors}>
                  <input id={`shift-${index}-places`} className="input" inputMode="numeric" value={s.places}
                    onChange={(event) => change(index, { places: event.target.value })} />
                </Field>
                {shifts.length > 1 ? (
                  <button type="button" className="button button--ghost"
                    onClick={() => setShifts((current) => current.filter((_, i) => i !== index))}>
                    {t('volunteering.post.removeShift')}
                  </button>
                ) : null}
              </div>
            </fieldset>
          );
        })}
        <button type="button" className="button button--ghost"
          onClick={() => setShifts((current) => [...current, { ...(current.at(-1) ?? firstShift()) }])}>
          {t('volunteering.post.addShift')}
        </button>
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={post.status === 'pending'}>
            {t('volunteering.post.submit')}
          </button>
        </div>
        {post.status === 'error' ? <ApiErrorPanel title={t('volunteering.post.failed')} error={post.error} /> : null}
      </form>
    </div>
  );
}
