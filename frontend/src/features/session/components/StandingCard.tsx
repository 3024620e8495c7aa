import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ChevronRightIcon } from '@/components/icons';
import { Movement } from '@/components/Movement';
import { Spinner } from '@/components/Spinner';
import { formatCount, formatDate, formatMoney, formatNumber, useLocale } from '@/lib/i18n';
import type { useDepartmentStanding } from '../api/useDepartmentStanding';

/**
 * "Where my department stands": its place this month (money pledged), linking to the boards. The home screen reads
 * the standing beside /api/me, not after it, and hands it in.
 */
export function StandingCard({ department, standing }: { department: string; standing: ReturnType<typeof useDepartmentStanding> }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const board = standing.status === 'success' ? standing.data : undefined;
  const mine = board?.rows.find((row) => row.mine);
  const month = board ? formatDate(board.from, locale, { month: 'long' }) : '';

  return (
    <section className="card standing" aria-labelledby="standing-heading" data-testid="home-standing">
      <h2 id="standing-heading" className="card__title">
        {t('home.standing.title')}
      </h2>
      {standing.status === 'loading' ? <Spinner label={t('home.standing.loading')} /> : null}
      {standing.status === 'error' ? (
        <p className="standing__error">
          {t('home.standing.loadError')}{' '}
          <button type="button" className="button button--ghost button--small" onClick={standing.reload}>
            {t('errors.retry')}
          </button>
        </p>
      ) : null}
      {board && mine && mine.total > 0 ? (
        <div className="standing__body" data-rank={mine.rank} data-total={mine.total}>
          <p className="standing__rank">
            {t('home.standing.rank', { rank: formatCount(mine.rank, locale), entries: formatCount(board.entries, locale) })}{' '}
            {mine.movement ? <Movement movement={mine.movement} /> : null}
          </p>
          <p className="standing__amount">
            {t('home.standing.amount', {
              amount: board.currency
                ? formatMoney(mine.total, board.currency, locale, { wholeWithoutDecimals: true })
                : formatNumber(mine.total / 100, locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
              month,
            })}
          </p>
        </div>
      ) : null}
      {board && (!mine || mine.total === 0) ? (
        <p className="standing__amount">{t('home.standing.nothingYet', { department, month })}</p>
      ) : null}
      <Link className="standing__link" to="/boards" data-testid="home-boards">
        {t('home.standing.link')}
        <ChevronRightIcon width={18} height={18} />
      </Link>
    </section>
  );
}
