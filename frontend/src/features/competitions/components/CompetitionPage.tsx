import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiErrorPanel } from '@/components/ApiErrorPanel';
import { BoardList, rowsToShow } from '@/components/BoardList';
import { formatBoardValue } from '@/components/boardValue';
import { Segmented } from '@/components/Segmented';
import { Spinner } from '@/components/Spinner';
import type { BoardLevel, Competition } from '@/lib/api';
import { formatCount, formatDateRange, useLocale } from '@/lib/i18n';
import { currencyOf, useMeIfLoaded } from '@/lib/session';
import { useCompetition } from '../api/useCompetition';
import { COMPETITION_BOARD_LIMIT, useCompetitionBoard } from '../api/useCompetitionBoard';
import { CompetitionStatusChip } from './CompetitionStatusChip';
import { GOAL_VALUE_UNIT, goalUnit } from './goal';
import { ManagePanel } from './ManagePanel';
import { boardLevels, levelOfScope } from './participants';
import './competitions.css';

/** /competitions/:id: the competition, its board (read again every 5 s while it runs) and, for its managers, the actions. */
export function CompetitionPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const competitionId = Number(id);
  const competition = useCompetition(competitionId);

  if (!Number.isSafeInteger(competitionId) || competitionId <= 0) {
    return <p className="empty">{t('competitions.notFound')}</p>;
  }
  return (
    <div className="page">
      <p>
        <Link to="/competitions">{t('competitions.back')}</Link>
      </p>
      {competition.status === 'loading' ? <Spinner label={t('competitions.loadingOne')} /> : null}
      {competition.status === 'error' ? (
        <ApiErrorPanel
          title={t('competitions.loadOneError')}
          error={competition.error}
          message={competition.error.status === 404 ? t('competitions.notFound') : undefined}
          onRetry={competition.reload}
        />
      ) : null}
      {competition.status === 'success' ? <CompetitionView competition={competition.data} onChanged={competition.refresh} /> : null}
    </div>
  );
}

function CompetitionView({ competition, onChanged }: { competition: Competition; onChanged: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const me = useMeIfLoaded();
  const levels = boardLevels(competition.scope, competition.metric);
  const [level, setLevel] = useState<BoardLevel>(levelOfScope(competition.scope));
  const shownLevel = levels.includes(level) ? level : levelOfScope(competition.scope);
  const running = competition.status === 'RUNNING';
  const board = useCompetitionBoard(competition.id, shownLevel, running);
  const unit = goalUnit(competition.metric, competition.ranking);
  const goal =
    competition.goal === undefined
      ? undefined
      : formatBoardValue(competition.goal, GOAL_VALUE_UNIT[unit], board.status === 'success' ? (board.data.currency ?? currencyOf(me)) : currencyOf(me), locale);

  return (
    <>
      <header className="page__header">
        <h1 className="page__title" data-testid="competition-name">
          {competition.name}
        </h1>
        <p className="competition-facts">
          <CompetitionStatusChip status={competition.status} /> {formatDateRange(competition.startsOn, competition.endsOn, locale)} ·{' '}
          {t('competitions.participants', { count: competition.participants, n: formatCount(competition.participants, locale) })}
        </p>
        {competition.description ? <p className="page__lead">{competition.description}</p> : null}
        <p className="muted competition-measure">
          {t(`boards.measure.${competition.metric}.${competition.ranking}`)}
          {goal ? ` · ${t('competitions.goal', { goal })}` : ''}
        </p>
        {competition.status === 'CANCELLED' && competition.cancelledReason ? (
          <p className="notice">{t('competitions.cancelledBecause', { reason: competition.cancelledReason })}</p>
        ) : null}
      </header>

      {competition.mine && competition.status !== 'CANCELLED' ? <ManagePanel competition={competition} me={me} onChanged={onChanged} /> : null}

      {competition.status === 'SCHEDULED' ? (
        <p className="notice">{t('competitions.notStarted', { date: formatDateRange(competition.startsOn, competition.startsOn, locale) })}</p>
      ) : null}

      {competition.status !== 'SCHEDULED' ? (
        <section className="competition-board" aria-label={t('competitions.board')}>
          {levels.length > 1 ? (
            <Segmented
              name="competition-level"
              legend={t('boards.level.label')}
              legendHidden
              compact
              value={shownLevel}
              options={levels.map((v) => ({ value: v, label: t(`boards.level.${v}`) }))}
              onChange={setLevel}
            />
          ) : null}
          {running ? <p className="muted competition-poll">{t('competitions.polling')}</p> : null}
          {board.status === 'loading' ? <Spinner label={t('boards.loading')} /> : null}
          {board.status === 'error' ? <ApiErrorPanel title={t('boards.loadError')} error={board.error} onRetry={board.reload} /> : null}
          {board.status === 'success' ? (
            <BoardList board={board.data} rows={rowsToShow(board.data, undefined, undefined, COMPETITION_BOARD_LIMIT)} stale={false} />
          ) : null}
        </section>
      ) : null}
    </>
  );
}
