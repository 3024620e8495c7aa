import i18next, { type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type da from './locales/da.json';
import { DEFAULT_LANGUAGE, LANGUAGES, LANGUAGE_STORAGE_KEY, detectLanguage, type Language } from './languages';

type Catalogue = typeof da;

/**
 * Every catalogue, Danish too, is a chunk of its own, fetched when needed: the person's language as the app starts
 * (beside the page's chunk, not inside the first download, which then holds no texts that person does not read), the
 * others when chosen. Typing them as Danish's shape makes a missing key a compile error too (locales.test.ts checks
 * keys and placeholders).
 */
const catalogues: Record<Language, () => Promise<{ default: Catalogue }>> = {
  da: () => import('./locales/da.json'),
  nb: () => import('./locales/nb.json'),
  sv: () => import('./locales/sv.json'),
  en: () => import('./locales/en.json'),
};

async function catalogue(language: Language): Promise<Catalogue> {
  return (await catalogues[language]()).default;
}

function initialLanguage(): Language {
  let stored: string | null = null;
  try {
    stored = globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY) ?? null;
  } catch {
    // storage may be unavailable (private mode)
  }
  return detectLanguage(stored, globalThis.navigator?.languages ?? []);
}

function applyLanguage(language: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

function rememberLanguage(language: Language): void {
  try {
    globalThis.localStorage?.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // storage may be unavailable (private mode); the choice then lasts for this page only
  }
}

i18next.on('languageChanged', applyLanguage);

async function init(): Promise<void> {
  let language = initialLanguage();
  const resources: Resource = {};
  try {
    resources[language] = { translation: await catalogue(language) };
  } catch (error) {
    if (language === DEFAULT_LANGUAGE) throw error;
    language = DEFAULT_LANGUAGE; // not fetched (offline before the service worker had it): start in Danish
    resources[language] = { translation: await catalogue(language) };
  }
  await i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    defaultNS: 'translation',
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
  });
}

export const i18nReady = init();

/** Makes a language's texts available (fetching its catalogue once), without switching to it. */
export async function loadLanguage(language: Language): Promise<void> {
  if (!i18next.hasResourceBundle(language, 'translation')) {
    i18next.addResourceBundle(language, 'translation', await catalogue(language));
  }
}

/** Switches the app to a language the person chose (loading its catalogue first) and remembers the choice. */
export async function changeLanguage(language: Language): Promise<void> {
  await loadLanguage(language);
  await i18next.changeLanguage(language);
  rememberLanguage(language);
}

export { i18next as i18n };
