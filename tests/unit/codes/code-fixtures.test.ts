// Every code of the lexicon, written in an assessment line, is chosen with its title and billable
// flag; invalid-code reports exactly the headers. Also the meta-test: every lexicon code has a fixture.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/engine/index.ts';
import { defaultLexicon } from '../../../src/engine/lexicon.ts';
import { CODE_FIXTURES } from './code-fixtures.ts';

const lexicon = defaultLexicon();

describe('code fixtures', () => {
  it('every code of lexicon/codes has a fixture', () => {
    const files = readdirSync(join(import.meta.dirname, '../../../lexicon/codes')).map((f) => f.replace(/\.yaml$/, ''));
    const covered = new Set(CODE_FIXTURES.map(([c]) => c));
    expect(files.filter((c) => !covered.has(c))).toEqual([]);
  });

  describe.each(CODE_FIXTURES)('%s', (code, note) => {
    it('is chosen from the note with its lexicon title and billable flag', () => {
      const def = lexicon.codes.get(code)!;
      const chosen = lint(note).codes.find((c) => c.code === code);
      expect(chosen, note).toMatchObject({ code, source: 'note', title: def.title, known: true, billable: def.billable });
    });

    it(lexicon.codes.get(code)?.billable ? 'is not an invalid code' : 'is reported as a header', () => {
      const def = lexicon.codes.get(code)!;
      const invalid = lint(note).diagnostics.filter((d) => d.ruleId === 'invalid-code' && d.code === code);
      expect(invalid.length).toBe(def.billable ? 0 : 1);
      if (!def.billable) expect(invalid[0]!.suggestedCodes.map((s) => s.code)).toEqual(def.children);
    });
  });
});
