export const LANGUAGES = ['da', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'da';
export const LANGUAGE_STORAGE_KEY = 'kollekt.language';

/** The locale used by the Intl formatters for each app language. */
const LOCALES: Record<Language, string> = { da: 'da-DK', en: 'en-GB' };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

export function localeFor(language: string | undefined): string {
  return isLanguage(language) ? LOCALES[language] : LOCALES[DEFAULT_LANGUAGE];
}
