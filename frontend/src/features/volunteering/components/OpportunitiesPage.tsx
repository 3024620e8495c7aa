import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiErrorPanel } from '@/components/ApiErrorPanel';
import { ChevronRightIcon, PlusIcon } from '@/components/icons';
import { Spinner } from '@/components/Spinner';
import type { OpportunitySummary } from '@/lib/api';
import { formatCount, formatDate, formatList, useLocale } from '@/lib/i18n';
import { hasAnyRole, useMeIfLoaded } from '@/lib/session';
import { useOpportunities } from '../api/useOpportunities';
import { useSkills } from '../api/useSkills';
import { placeLabel } from './place';
import { SkillChips } from './SkillChips';
import { VolunteeringTabs } from './VolunteeringTabs';
import './volunteering.css';

/** /volunteering: opportunities with shifts to come, filtered by skill, those that need what I can do first. */
export function OpportunitiesPage() {
  const { t } = useTranslation();
  const me = useMeIfLoaded();
  const [skill, setSkill] = useState<number | undefined>();
  const skills = useSkills();
  const opportunities = useOpportunities(skill);
  const mayPost = hasAnyRole(me, ['ngo', 'admin']) && me !== undefined;

  return (
    <div className="page">
      <VolunteeringTabs />
      <header className="page__header page__header-row">
        <div className="page__header">
          <h1 className="page__title">{t('volunteering.list.title')}</h1>
          <p className="page__lead">{t('volunteering.list.lead')}</p>
        </div>
        {mayPost ? (
          <Link className="button button--primary" to="/volunteering/opportunities/new">
            <PlusIcon width={18} height={18} />
            {t('volunteering.list.post')}
          </Link>
        ) : null}
      </header>
      {hasAnyRole(me, ['employee', 'lead', 'admin']) ? (
        <div className="vol-links">
          <Link className="button button--ghost" to="/volunteering/hours/new">
            {t('volunteering.list.logHours')}
          </Link>
        </div>
      ) : null}
      {skills.status === 'success' ? (
        <SkillChips
          label={t('volunteering.list.skillFilter')}
          skills={skills.data}
          selected={new Set(skill === undefined ? [] : [skill])}
          onToggle={(id) => setSkill((current) => (current === id ? undefined : id))}
        />
      ) : null}
      {opportunities.status === 'loading' ? <Spinner label={t('volunteering.list.loading')} /> : null}
      {opportunities.status === 'error' ? (
        <ApiErrorPanel title={t('volunteering.list.loadError')} error={opportunities.error} onRetry={opportunities.reload} />
      ) : null}
      {opportunities.status === 'success' ? (
        opportunities.data.length === 0 ? (
          <p className="empty">{t('volunteering.list.empty')}</p>
        ) : (
          <ul className="list-plain vol-list" data-testid="opportunities">
            {opportunities.data.map((opportunity) => (
              <OpportunityItem key={opportunity.id} opportunity={opportunity} />
            ))}
          </ul>
        )
      ) : null}
    </div>
  );
}

function OpportunityItem({ opportunity }: { opportunity: OpportunitySummary }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const matched = opportunity.matchedSkills.map((s) => s.name);
  return (
    <li className="card" data-id={opportunity.id}>
      <Link className="vol-item__link" to={`/volunteering/opportunities/${opportunity.id}`}>
        <h2 className="vol-item__title">
          {opportunity.title} <ChevronRightIcon width={16} height={16} aria-hidden="true" />
        </h2>
        {matched.length > 0 ? (
          <p>
            <span className="chip chip--success">{t('volunteering.list.matches', { skills: formatList(matched, locale) })}</span>
          </p>
        ) : null}
        <p className="vol-item__facts">
          {opportunity.ngo.name} · {placeLabel(t, opportunity)}
        </p>
        <p className="vol-item__facts">
          {opportunity.nextShiftStartsAt
            ? t('volunteering.list.next', { date: formatDate(opportunity.nextShiftStartsAt, locale, { dateStyle: 'medium', timeStyle: 'short' }) })
            : null}{' '}
          · {t('volunteering.list.free', { count: opportunity.freePlaces, n: formatCount(opportunity.freePlaces, locale) })}
        </p>
        {opportunity.skills.length > 0 ? (
          <p className="vol-item__facts">{t('volunteering.list.wants', { skills: formatList(opportunity.skills.map((s) => s.name), locale) })}</p>
        ) : null}
      </Link>
    </li>
  );
}
