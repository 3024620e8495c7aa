import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Segmented } from '@/components/Segmented';
import type { BoardChoice } from '../api/boardQuery';
import { compatibleChoice, LEVELS, METRICS, PERIODS, RANKINGS } from './boardChoice';

/**
 * The four switches of a board, as compact segmented controls (their legends are read out, not shown). Every
 * change goes through {@link compatibleChoice}; the people board has no ranking switch (one person each), and only
 * colleagues are offered it (`withPeople`): NGO staff see departments, locations and countries.
 */
export const BoardFilters = memo(function BoardFilters({ choice, onChange, withPeople }: {
  choice: BoardChoice;
  onChange: (choice: BoardChoice) => void;
  withPeople: boolean;
}) {
  const { t } = useTranslation();
  const change = (next: BoardChoice) => onChange(compatibleChoice(next, choice));
  return (
    <section className="board-filters" aria-label={t('boards.filters')}>
      <Segmented
        name="board-level"
        legend={t('boards.level.label')}
        legendHidden
        compact
        twoColumnsOnPhone
        value={choice.level}
        options={LEVELS.filter((level) => withPeople || level !== 'PERSON' || choice.level === 'PERSON')
          .map((level) => ({ value: level, label: t(`boards.level.${level}`) }))}
        onChange={(level) => change({ ...choice, level })}
      />
      <Segmented
        name="board-metric"
        legend={t('boards.metric.label')}
        legendHidden
        compact
        twoColumnsOnPhone
        value={choice.metric}
        options={METRICS.map((metric) => ({ value: metric, label: t(`boards.metric.${metric}`) }))}
        onChange={(metric) => change({ ...choice, metric })}
      />
      <div className="board-filters__pair">
        {choice.level === 'PERSON' ? null : (
          <Segmented
            name="board-ranking"
            legend={t('boards.ranking.label')}
            legendHidden
            compact
            value={choice.ranking}
            options={RANKINGS.map((ranking) => ({ value: ranking, label: t(`boards.ranking.${ranking}`) }))}
            onChange={(ranking) => change({ ...choice, ranking })}
          />
        )}
        <Segmented
          name="board-period"
          legend={t('boards.period.label')}
          legendHidden
          compact
          value={choice.period}
          options={PERIODS.map((period) => ({ value: period, label: t(`boards.period.${period}`) }))}
          onChange={(period) => change({ ...choice, period })}
        />
      </div>
    </section>
  );
});
