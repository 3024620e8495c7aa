/** The app's languages, in the order the language switch lists them; Danish is the default and the fallback. */
export const LANGUAGES = ['da', 'nb', 'sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'da';
export const LANGUAGE_STORAGE_KEY = 'kollekt.language';

/** The locale used by the Intl formatters for each app language. */
const LOCALES: Record<Language, string> = { da: 'da-DK', nb: 'nb-NO', sv: 'sv-SE', en: 'en-GB' };

/** Browser language subtags that mean one of the app's languages: Norwegian ("no", Nynorsk "nn") reads Bokmål. */
const BROWSER_LANGUAGES: Record<string, Language> = { da: 'da', nb: 'nb', no: 'nb', nn: 'nb', sv: 'sv', en: 'en' };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

export function localeFor(language: string | undefined): string {
  return isLanguage(language) ? LOCALES[language] : LOCALES[DEFAULT_LANGUAGE];
}

/**
 * The language to start in: the person's own earlier choice, else the first of the browser's preferred languages
 * (navigator.languages, e.g. ["sv-SE", "en"]) that the app speaks, else Danish.
 */
export function detectLanguage(stored: string | null | undefined, browserLanguages: readonly string[]): Language {
  if (isLanguage(stored)) return stored;
  for (const tag of browserLanguages) {
    const language = BROWSER_LANGUAGES[tag.toLowerCase().split('-')[0] ?? ''];
    if (language) return language;
  }
  return DEFAULT_LANGUAGE;
}
