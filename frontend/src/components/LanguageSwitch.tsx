import { useTranslation } from 'react-i18next';
import { changeLanguage, isLanguage, LANGUAGES } from '@/lib/i18n';
import './LanguageSwitch.css';

/** Dansk / Norsk bokmål / Svenska / English, each named in itself; the choice is remembered (see lib/i18n). */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current = i18n.resolvedLanguage ?? i18n.language;

  return (
    <label className="language-switch">
      <span className="visually-hidden">{t('header.language')}</span>
      <select
        className="language-switch__select"
        value={current}
        onChange={(event) => {
          if (isLanguage(event.target.value)) void changeLanguage(event.target.value);
        }}
      >
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {t(`language.${language}.name`)}
          </option>
        ))}
      </select>
    </label>
  );
}
