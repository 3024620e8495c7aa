import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMeIfLoaded } from '@/lib/session';
import { useCreateCompetition } from '../api/useCreateCompetition';
import { CompetitionForm } from './CompetitionForm';
import './competitions.css';

/** /competitions/new (leads, admins): on 201 straight to the competition's page. */
export function NewCompetitionPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useMeIfLoaded();
  const create = useCreateCompetition();

  return (
    <div className="page">
      <header className="page__header">
        <h1 className="page__title">{t('competitions.new.title')}</h1>
        <p className="page__lead">{t('competitions.new.lead')}</p>
      </header>
      <CompetitionForm
        key={me ? 'me' : 'loading'}
        me={me}
        pending={create.status === 'pending'}
        error={create.status === 'error' ? create.error : undefined}
        submitLabel={t('competitions.new.submit')}
        onSubmit={(body) =>
          void create.run(body).then((competition) => {
            if (competition) navigate(`/competitions/${competition.id}`);
          })
        }
      />
    </div>
  );
}
