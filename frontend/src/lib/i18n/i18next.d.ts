import 'i18next';
import type da from './locales/da.json';

// Makes t('…') keys type-checked against the Danish (default) catalogue.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof da };
  }
}
