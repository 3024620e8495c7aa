export { i18n, i18nReady, resources } from './i18n';
export { LANGUAGES, DEFAULT_LANGUAGE, isLanguage, localeFor } from './languages';
export type { Language } from './languages';
export { useLocale } from './useLocale';
export * from './format';
