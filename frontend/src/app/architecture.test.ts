import { describe, expect, it } from 'vitest';

// Source of every feature module, keyed by path ('/src/features/<feature>/...').
const featureSources = import.meta.glob<string>('/src/features/**/*.{ts,tsx}', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const sharedSources = import.meta.glob<string>(['/src/lib/**/*.{ts,tsx}', '/src/components/**/*.{ts,tsx}'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

const importsOf = (source: string) =>
  [...source.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)['"]([^'"]+)['"]/g)].map((m) => m[1] ?? '');

describe('bulletproof-react boundaries', () => {
  it('has features to check', () => {
    expect(Object.keys(featureSources).length).toBeGreaterThan(0);
  });

  it('features never import another feature or the app layer', () => {
    const violations: string[] = [];
    for (const [path, source] of Object.entries(featureSources)) {
      const feature = path.split('/')[3];
      for (const target of importsOf(source)) {
        const otherFeature = /(?:^@\/features\/|\/features\/)([^/]+)/.exec(target)?.[1];
        const crossesUp = target.startsWith('../../../') || target.startsWith('@/app');
        if ((otherFeature && otherFeature !== feature) || crossesUp) violations.push(`${path} → ${target}`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('shared code (lib, components) never imports features or the app layer', () => {
    const violations = Object.entries(sharedSources).flatMap(([path, source]) =>
      importsOf(source)
        .filter((target) => /(^@\/(features|app)\b)|\/(features|app)\//.test(target))
        .map((target) => `${path} → ${target}`),
    );
    expect(violations).toEqual([]);
  });
});
