import { describe, expect, it } from 'vitest';
import da from './locales/da.json';
import en from './locales/en.json';

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

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('translation catalogues', () => {
  const daKeys = flatten(da as Catalogue);
  const enKeys = flatten(en as Catalogue);

  it('has every da key in en', () => {
    expect([...daKeys.keys()].filter((key) => !enKeys.has(key))).toEqual([]);
  });

  it('has every en key in da', () => {
    expect([...enKeys.keys()].filter((key) => !daKeys.has(key))).toEqual([]);
  });

  it('has no empty texts', () => {
    const empty = [...daKeys, ...enKeys].filter(([, text]) => text.trim() === '').map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it('uses the same {{placeholders}} in both languages', () => {
    const mismatched = [...daKeys]
      .filter(([key, text]) => JSON.stringify(placeholders(text)) !== JSON.stringify(placeholders(enKeys.get(key) ?? '')))
      .map(([key]) => key);
    expect(mismatched).toEqual([]);
  });

  it('names every role of the API contract', () => {
    const roles = ['employee', 'lead', 'ngo', 'admin'];
    for (const role of roles) {
      expect(daKeys.get(`roles.${role}`), `da roles.${role}`).toBeTruthy();
      expect(enKeys.get(`roles.${role}`), `en roles.${role}`).toBeTruthy();
    }
  });
});
