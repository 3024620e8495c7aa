import { useTranslation } from 'react-i18next';
import { localeFor } from './languages';

/** The Intl locale of the current app language (e.g. "da-DK"), for the helpers in format.ts. */
export function useLocale(): string {
  const { i18n } = useTranslation();
  return localeFor(i18n.resolvedLanguage ?? i18n.language);
}
