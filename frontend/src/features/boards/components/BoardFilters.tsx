import { useTranslation } from 'react-i18next';
import { Segmented } from '@/components/Segmented';
import type { BoardChoice } from '../api/boardQuery';
import { LEVELS, METRICS, PERIODS, RANKINGS } from './boardChoice';

/** The four switches of a board, as compact segmented controls (their legends are read out, not shown). */
export function BoardFilters({ choice, onChange }: { choice: BoardChoice; onChange: (choice: BoardChoice) => void }) {
  const { t } = useTranslation();
  return (
    <section className="board-filters" aria-label={t('boards.filters')}>
      <Segmented
        name="board-level"
        legend={t('boards.level.label')}
        legendHidden
        compact
        value={choice.level}
        options={LEVELS.map((level) => ({ value: level, label: t(`boards.level.${level}`) }))}
        onChange={(level) => onChange({ ...choice, level })}
      />
      <Segmented
        name="board-metric"
        legend={t('boards.metric.label')}
        legendHidden
        compact
        value={choice.metric}
        options={METRICS.map((metric) => ({ value: metric, label: t(`boards.metric.${metric}`) }))}
        onChange={(metric) => onChange({ ...choice, metric })}
      />
      <div className="board-filters__pair">
        <Segmented
          name="board-ranking"
          legend={t('boards.ranking.label')}
          legendHidden
          compact
          value={choice.ranking}
          options={RANKINGS.map((ranking) => ({ value: ranking, label: t(`boards.ranking.${ranking}`) }))}
          onChange={(ranking) => onChange({ ...choice, ranking })}
        />
        <Segmented
          name="board-period"
          legend={t('boards.period.label')}
          legendHidden
          compact
          value={choice.period}
          options={PERIODS.map((period) => ({ value: period, label: t(`boards.period.${period}`) }))}
          onChange={(period) => onChange({ ...choice, period })}
        />
      </div>
    </section>
  );
}
