import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NotFound() {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="not-found-title">
      <h1 id="not-found-title" className="card__title">
        {t('notFound.title')}
      </h1>
      <p>{t('notFound.body')}</p>
      <Link className="button button--primary" to="/">
        {t('notFound.home')}
      </Link>
    </section>
  );
}
