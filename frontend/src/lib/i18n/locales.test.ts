import { describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from './languages';
import da from './locales/da.json';
import en from './locales/en.json';
import nb from './locales/nb.json';
import sv from './locales/sv.json';

type Catalogue = { [key: string]: string | Catalogue };

/** Flattens a catalogue into { 'home.title': 'Hjem', … }. */
function flatten(catalogue: Catalogue, prefix = ''): Map<string, string> {
  const result = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') result.set(path, value);
    else for (const [k, v] of flatten(value, path)) result.set(k, v);
  }
  return result;
}

const catalogues: Record<Language, Map<string, string>> = {
  da: flatten(da as Catalogue),
  nb: flatten(nb as Catalogue),
  sv: flatten(sv as Catalogue),
  en: flatten(en as Catalogue),
};
const reference = catalogues.da;
const others = LANGUAGES.filter((language) => language !== 'da');

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
const PLURAL = /_(zero|one|two|few|many|other)$/;

describe('translation catalogues', () => {
  it('has a catalogue for every app language', () => {
    expect(Object.keys(catalogues).sort()).toEqual([...LANGUAGES].sort());
  });

  it.each(others)('%s has every Danish key', (language) => {
    expect([...reference.keys()].filter((key) => !catalogues[language].has(key))).toEqual([]);
  });

  it.each(others)('%s has no key that Danish lacks', (language) => {
    expect([...catalogues[language].keys()].filter((key) => !reference.has(key))).toEqual([]);
  });

  it.each(LANGUAGES)('%s has no empty texts', (language) => {
    const empty = [...catalogues[language]].filter(([, text]) => text.trim() === '').map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it.each(others)('%s uses the same {{placeholders}} as Danish in every text', (language) => {
    const mismatched = [...reference]
      .filter(([key, text]) => JSON.stringify(placeholders(text)) !== JSON.stringify(placeholders(catalogues[language].get(key) ?? '')))
      .map(([key]) => key);
    expect(mismatched).toEqual([]);
  });

  it.each(LANGUAGES)('%s has exactly the plural forms its language needs (Intl.PluralRules, as i18next uses)', (language) => {
    const needed = new Intl.PluralRules(language).resolvedOptions().pluralCategories.slice().sort();
    const forms = new Map<string, string[]>();
    for (const key of catalogues[language].keys()) {
      const match = PLURAL.exec(key);
      if (match) forms.set(key.slice(0, match.index), [...(forms.get(key.slice(0, match.index)) ?? []), match[1] ?? '']);
    }
    expect(forms.size).toBeGreaterThan(0);
    const wrong = [...forms].filter(([, found]) => JSON.stringify(found.sort()) !== JSON.stringify(needed)).map(([base]) => base);
    expect(wrong).toEqual([]);
  });

  it('is really translated: Norwegian and Swedish are not copies of another language', () => {
    const same = (a: Map<string, string>, b: Map<string, string>) => [...a].filter(([key, text]) => b.get(key) === text).length / a.size;
    for (const language of ['nb', 'sv'] as const) {
      for (const other of LANGUAGES.filter((l) => l !== language)) {
        expect(same(catalogues[language], catalogues[other]), `${language} vs ${other}`).toBeLessThan(0.5);
      }
    }
  });

  it('names every role of the API contract in every language', () => {
    for (const language of LANGUAGES) {
      for (const role of ['employee', 'lead', 'ngo', 'admin']) {
        expect(catalogues[language].get(`roles.${role}`), `${language} roles.${role}`).toBeTruthy();
      }
    }
  });

  it('names each language in itself, the same in every catalogue', () => {
    for (const language of LANGUAGES) {
      expect(catalogues[language].get('language.nb.name')).toBe('Norsk bokmål');
      expect(catalogues[language].get('language.sv.name')).toBe('Svenska');
    }
  });
});
