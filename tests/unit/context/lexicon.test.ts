/**
 * lexicon/context.yaml and its schema block: the bundled file validates; every category and
 * direction is present; `current` and `clauseFinal` are accepted; mistakes are named.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { validateFile } from '../../../src/lexicon/schemas/index.ts';
import { formatIssue } from '../../../src/schema/issues.ts';
import type { ContextData } from '../../../src/lexicon/types.ts';

const file = fileURLToPath(new URL('../../../lexicon/context.yaml', import.meta.url));
const bundled = parse(readFileSync(file, 'utf8')) as ContextData;

function issues(data: unknown): string[] {
  return validateFile('context', data, 'lexicon/context.yaml').map(({ file: _file, ...issue }) => formatIssue(issue));
}

const trigger = (over: Record<string, unknown>) => ({
  triggers: [{ phrases: ['denies'], category: 'negated', direction: 'forward', ...over }],
  pseudo: [],
  terminations: [],
  encounterDates: { source: 'a test window', maxStayDays: 30 },
});

describe('lexicon/context.yaml', () => {
  it('validates', () => {
    expect(issues(bundled)).toEqual([]);
  });

  it('has triggers of every category and direction', () => {
    const pairs = new Set(bundled.triggers.map((t) => `${t.category}/${t.direction}`));
    for (const c of ['negated', 'uncertain', 'historical', 'hypothetical', 'family', 'current']) {
      expect([...pairs].some((p) => p.startsWith(`${c}/`)), c).toBe(true);
    }
    for (const d of ['forward', 'backward', 'bidirectional']) {
      expect([...pairs].some((p) => p.endsWith(`/${d}`)), d).toBe(true);
    }
  });

  it('has pseudo-triggers and the required terminations', () => {
    expect(bundled.pseudo).toEqual(expect.arrayContaining(['no increase', 'not only', 'gram negative', 'no interval change']));
    const ending = bundled.terminations.filter((t) => !t.categories).flatMap((t) => t.phrases);
    expect(ending).toEqual(expect.arrayContaining(['but', 'however', 'although', 'except']));
  });
});

describe('the context schema', () => {
  it.each([
    { name: 'a current trigger with clauseFinal', data: trigger({ category: 'current', clauseFinal: true, maxScope: 4 }) },
    { name: 'a punctuation phrase', data: trigger({ phrases: ['?'], category: 'uncertain', direction: 'bidirectional' }) },
    { name: 'a termination for some categories', data: { ...trigger({}), terminations: [{ phrases: ['which'], categories: ['historical', 'current'] }] } },
  ])('accepts $name', ({ data }) => {
    expect(issues(data)).toEqual([]);
  });

  it.each([
    { name: 'an unknown category', data: trigger({ category: 'negative' }), error: /category \(denies\): must be one of .*current/ },
    { name: 'an unknown direction', data: trigger({ direction: 'both' }), error: /direction \(denies\): must be one of forward, backward, bidirectional/ },
    { name: 'a non-boolean clauseFinal', data: trigger({ clauseFinal: 'yes' }), error: /clauseFinal/ },
    { name: 'an unknown key', data: trigger({ scope: 3 }), error: /scope/ },
    { name: 'a zero maxScope', data: trigger({ maxScope: 0 }), error: /maxScope/ },
    { name: 'an empty phrase', data: trigger({ phrases: [''] }), error: /phrases/ },
    { name: 'a duplicate phrase', data: trigger({ phrases: ['no', 'no'] }), error: /phrases/ },
    { name: 'a bad termination category', data: { ...trigger({}), terminations: [{ phrases: ['but'], categories: ['past'] }] }, error: /categories/ },
  ])('rejects $name', ({ data, error }) => {
    const found = issues(data);
    expect(found.length).toBeGreaterThan(0);
    expect(found.join('\n')).toMatch(error);
  });
});
