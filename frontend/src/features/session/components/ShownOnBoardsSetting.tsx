import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiErrorPanel } from '@/components/ApiErrorPanel';
import { ChevronRightIcon } from '@/components/icons';
import { Switch } from '@/components/Switch';
import type { Me } from '@/lib/api';
import { useCurrentUser } from '@/lib/session';
import { useUpdateMyPreferences } from '../api/useUpdateMyPreferences';

/** The setting "Show my name on leaderboards" (off by default): saved at once, then the signed-in person is read again. */
export function ShownOnBoardsSetting({ me }: { me: Me }) {
  const { t } = useTranslation();
  const { refresh } = useCurrentUser();
  const update = useUpdateMyPreferences();
  // the answer of the save is the person as now stored, until /api/me has been read again
  const shown = update.status === 'success' ? update.data.shownOnBoards === true : me.shownOnBoards === true;

  const [requested, setRequested] = useState(shown);

  const change = async (shownOnBoards: boolean) => {
    setRequested(shownOnBoards);
    if (await update.run({ shownOnBoards })) refresh();
  };

  return (
    <section className="card standing" aria-labelledby="shown-heading" data-testid="home-shown">
      <h2 id="shown-heading" className="card__title">
        {t('home.shown.title')}
      </h2>
      <Switch
        id="shown-on-boards"
        label={t('home.shown.label')}
        hint={t('home.shown.hint')}
        checked={update.status === 'pending' ? requested : shown}
        onChange={(checked) => void change(checked)}
      />
      <p className="standing__amount" role="status">
        {update.status === 'success' ? t(shown ? 'home.shown.on' : 'home.shown.off') : null}
      </p>
      {update.status === 'error' ? <ApiErrorPanel title={t('home.shown.failed')} error={update.error} /> : null}
      <Link className="standing__link" to="/boards?level=PERSON">
        {t('home.shown.link')}
        <ChevronRightIcon width={18} height={18} />
      </Link>
    </section>
  );
}
