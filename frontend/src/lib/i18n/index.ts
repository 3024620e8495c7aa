export { changeLanguage, i18n, i18nReady, loadLanguage } from './i18n';
export { LANGUAGES, DEFAULT_LANGUAGE, detectLanguage, isLanguage, localeFor } from './languages';
export type { Language } from './languages';
export { useLocale } from './useLocale';
export * from './format';
