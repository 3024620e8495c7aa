import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '@/lib/i18n';
import './LanguageSwitch.css';

/** DA / EN toggle; the choice is remembered (see lib/i18n). */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current = i18n.resolvedLanguage ?? i18n.language;

  return (
    <div className="language-switch" role="group" aria-label={t('header.language')}>
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          className="language-switch__option"
          aria-pressed={current === language}
          lang={language}
          onClick={() => void i18n.changeLanguage(language)}
        >
          <span aria-hidden="true">{t(`language.${language}.short`)}</span>
          <span className="visually-hidden">{t(`language.${language}.name`)}</span>
        </button>
      ))}
    </div>
  );
}
