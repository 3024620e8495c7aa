import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiErrorPanel } from '@/components/ApiErrorPanel';
import { ChevronRightIcon, PlusIcon } from '@/components/icons';
import { Spinner } from '@/components/Spinner';
import type { Competition } from '@/lib/api';
import { formatCount, formatDateRange, useLocale } from '@/lib/i18n';
import { hasAnyRole, useMeIfLoaded } from '@/lib/session';
import { useCompetitions } from '../api/useCompetitions';
import { CompetitionStatusChip } from './CompetitionStatusChip';
import './competitions.css';

/** /competitions: every competition, newest first, with its status. */
export function CompetitionsPage() {
  const { t } = useTranslation();
  const me = useMeIfLoaded();
  const competitions = useCompetitions();
  const mayCreate = hasAnyRole(me, ['lead', 'admin']) && me !== undefined;

  return (
    <div className="page">
      <header className="page__header page__header-row">
        <div className="page__header">
          <h1 className="page__title">{t('competitions.title')}</h1>
          <p className="page__lead">{t('competitions.lead')}</p>
        </div>
        {mayCreate ? (
          <Link className="button button--primary" to="/competitions/new">
            <PlusIcon width={18} height={18} />
            {t('competitions.newButton')}
          </Link>
        ) : null}
      </header>
      {mayCreate ? (
        <nav className="organiser-links" aria-label={t('competitions.organiserLinks')}>
          <Link className="button button--ghost" to="/collections/new">
            {t('nav.newCollection')}
          </Link>
          <Link className="button button--ghost" to="/screens">
            {t('nav.screens')}
          </Link>
        </nav>
      ) : null}
      {competitions.status === 'loading' ? <Spinner label={t('competitions.loading')} /> : null}
      {competitions.status === 'error' ? (
        <ApiErrorPanel title={t('competitions.loadError')} error={competitions.error} onRetry={competitions.reload} />
      ) : null}
      {competitions.status === 'success' ? (
        competitions.data.length === 0 ? (
          <p className="empty">{t('competitions.empty')}</p>
        ) : (
          <ul className="list-plain competition-list" data-testid="competitions">
            {competitions.data.map((competition) => (
              <CompetitionItem key={competition.id} competition={competition} />
            ))}
          </ul>
        )
      ) : null}
    </div>
  );
}

function CompetitionItem({ competition }: { competition: Competition }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <li className="card competition-list__item">
      <Link className="competition-list__link" to={`/competitions/${competition.id}`}>
        <h2 className="competition-list__title">{competition.name}</h2>
        <ChevronRightIcon className="competition-list__chevron" />
        <p className="competition-list__facts">
          <CompetitionStatusChip status={competition.status} /> {formatDateRange(competition.startsOn, competition.endsOn, locale)} ·{' '}
          {t(`boards.measure.${competition.metric}.${competition.ranking}`)} ·{' '}
          {t('competitions.participants', { count: competition.participants, n: formatCount(competition.participants, locale) })}
        </p>
      </Link>
    </li>
  );
}
