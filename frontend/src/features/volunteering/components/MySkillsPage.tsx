import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorPanel } from '@/components/ApiErrorPanel';
import { Spinner } from '@/components/Spinner';
import type { Ref } from '@/lib/api';
import { useMySkills } from '../api/useMySkills';
import { useSetMySkills } from '../api/useSetMySkills';
import { useSkills } from '../api/useSkills';
import { SkillChips, toggled } from './SkillChips';
import { VolunteeringTabs } from './VolunteeringTabs';
import './volunteering.css';

/** /volunteering/skills: my skills profile; opportunities that want them come first. */
export function MySkillsPage() {
  const { t } = useTranslation();
  const skills = useSkills();
  const mine = useMySkills();
  return (
    <div className="page">
      <VolunteeringTabs />
      <header className="page__header">
        <h1 className="page__title">{t('volunteering.skills.title')}</h1>
        <p className="page__lead">{t('volunteering.skills.lead')}</p>
      </header>
      {skills.status === 'loading' || mine.status === 'loading' ? <Spinner label={t('volunteering.skills.loading')} /> : null}
      {skills.status === 'error' ? <ApiErrorPanel title={t('volunteering.skills.loadError')} error={skills.error} onRetry={skills.reload} /> : null}
      {mine.status === 'error' ? <ApiErrorPanel title={t('volunteering.skills.loadError')} error={mine.error} onRetry={mine.reload} /> : null}
      {skills.status === 'success' && mine.status === 'success' ? <SkillsForm skills={skills.data} mine={mine.data} /> : null}
    </div>
  );
}

function SkillsForm({ skills, mine }: { skills: Ref[]; mine: Ref[] }) {
  const { t } = useTranslation();
  const save = useSetMySkills();
  const [selected, setSelected] = useState<Set<number>>(() => new Set(mine.map((s) => s.id)));
  const toggle = (id: number) => setSelected((current) => toggled(current, id));
  return (
    <form
      className="form"
      onSubmit={(event) => {
        event.preventDefault();
        void save.run([...selected]);
      }}
    >
      <SkillChips label={t('volunteering.skills.title')} skills={skills} selected={selected} onToggle={toggle} />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={save.status === 'pending'}>
          {t('volunteering.skills.save')}
        </button>
      </div>
      {save.status === 'success' ? <p role="status">{t('volunteering.skills.saved')}</p> : null}
      {save.status === 'error' ? <ApiErrorPanel title={t('volunteering.skills.saveFailed')} error={save.error} /> : null}
    </form>
  );
}
