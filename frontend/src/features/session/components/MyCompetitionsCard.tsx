import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ChevronRightIcon } from '@/components/icons';
import { formatBoardValue } from '@/components/boardValue';
import { Spinner } from '@/components/Spinner';
import type { CompetitionStanding } from '@/lib/api';
import { formatCount, formatDateRange, useLocale } from '@/lib/i18n';
import { useMyStandings } from '../api/useMyStandings';
import { standingNote } from './standing';

/** "My competitions": my department's place in each competition it takes part in (running, or just ended). */
export function MyCompetitionsCard({ department }: { department: string }) {
  const { t } = useTranslation();
  const standings = useMyStandings();

  return (
    <section className="card standing" aria-labelledby="my-competitions-heading" data-testid="home-competitions">
      <h2 id="my-competitions-heading" className="card__title">
        {t('home.competitions.title')}
      </h2>
      {standings.status === 'loading' ? <Spinner label={t('home.competitions.loading')} /> : null}
      {standings.status === 'error' ? (
        <p className="standing__error">
          {t('home.competitions.loadError')}{' '}
          <button type="button" className="button button--ghost button--small" onClick={standings.reload}>
            {t('errors.retry')}
          </button>
        </p>
      ) : null}
      {standings.status === 'success' && standings.data.length === 0 ? (
        <p className="standing__amount">{t('home.competitions.empty', { department })}</p>
      ) : null}
      {standings.status === 'success' && standings.data.length > 0 ? (
        <ul className="my-competitions">
          {standings.data.map((standing) => (
            <StandingItem key={standing.competition.id} standing={standing} department={department} />
          ))}
        </ul>
      ) : null}
      <Link className="standing__link" to="/competitions">
        {t('home.competitions.link')}
        <ChevronRightIcon width={18} height={18} />
      </Link>
    </section>
  );
}

function StandingItem({ standing, department }: { standing: CompetitionStanding; department: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { competition, mine, leader } = standing;
  const value = (v: number) => formatBoardValue(v, standing.valueUnit, standing.currency, locale);
  const note = standingNote(standing);

  return (
    <li className="my-competition" data-testid="home-competition" data-rank={mine.rank} data-value={mine.value}>
      <p className="my-competition__head">
        <Link className="my-competition__name" to={`/competitions/${competition.id}`}>
          {competition.name}
        </Link>{' '}
        <span className={competition.status === 'RUNNING' ? 'chip chip--success' : 'chip'}>{t(`competitions.status.${competition.status}`)}</span>
      </p>
      <p className="my-competition__measure">
        {t(`boards.measure.${competition.metric}.${competition.ranking}`)} · {formatDateRange(competition.startsOn, competition.endsOn, locale)}
      </p>
      <p className="my-competition__rank">
        {t('home.competitions.rank', {
          department,
          rank: formatCount(mine.rank, locale),
          entries: formatCount(standing.entries, locale),
          value: value(mine.value),
        })}
      </p>
      <p className="my-competition__note">
        {note === 'leader' || note === 'winner'
          ? t(`home.competitions.${note}`, { name: leader.name, value: value(leader.value) })
          : t(`home.competitions.${note}`)}
      </p>
    </li>
  );
}
