import { beforeAll, describe, expect, it } from 'vitest';
import { i18n, i18nReady, loadLanguage } from '@/lib/i18n';
import { movementText } from './movement';

describe('movementText (places gained since yesterday)', () => {
  beforeAll(async () => {
    await i18nReady;
    await Promise.all([loadLanguage('nb'), loadLanguage('sv'), loadLanguage('en')]);
  });

  it('shows ▲ / ▼ / – with a spoken label in Danish', () => {
    const t = i18n.getFixedT('da');
    expect(movementText(2, t)).toEqual({ direction: 'up', symbol: '▲2', label: 'Op 2 pladser siden i går' });
    expect(movementText(1, t)).toEqual({ direction: 'up', symbol: '▲1', label: 'Op 1 plads siden i går' });
    expect(movementText(-1, t)).toEqual({ direction: 'down', symbol: '▼1', label: 'Ned 1 plads siden i går' });
    expect(movementText(-12, t)).toEqual({ direction: 'down', symbol: '▼12', label: 'Ned 12 pladser siden i går' });
    expect(movementText(0, t)).toEqual({ direction: 'same', symbol: '–', label: 'Samme plads som i går' });
  });

  it('says so in English, and when there is nothing to compare with', () => {
    const t = i18n.getFixedT('en');
    expect(movementText(3, t).label).toBe('Up 3 places since yesterday');
    expect(movementText(1, t).label).toBe('Up 1 place since yesterday');
    expect(movementText(-1, t).label).toBe('Down 1 place since yesterday');
    expect(movementText(0, t).label).toBe('Same place as yesterday');
    expect(movementText(undefined, t)).toEqual({ direction: 'unknown', symbol: '–', label: 'No comparison with yesterday' });
    expect(movementText(null, t).direction).toBe('unknown');
  });

  it('uses the Norwegian and Swedish plural forms', () => {
    const nb = i18n.getFixedT('nb');
    expect(movementText(1, nb).label).toBe('Opp 1 plass siden i går');
    expect(movementText(4, nb).label).toBe('Opp 4 plasser siden i går');
    const sv = i18n.getFixedT('sv');
    expect(movementText(-1, sv).label).toBe('Ned 1 placering sedan i går');
    expect(movementText(-4, sv).label).toBe('Ned 4 placeringar sedan i går');
  });
});
