// A table of query drafts for notes of our own, with the invariants every draft must keep.
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/engine/index.ts';
import { DRAFT_CASES } from './draft-cases.ts';

/** The quoted indicators of a draft. */
function quotes(query: string): string[] {
  return query
    .split('\n')
    .filter((l) => l.startsWith('- "'))
    .map((l) => l.slice(3, l.lastIndexOf('" (')));
}

describe('query drafts for our notes', () => {
  for (const c of DRAFT_CASES) {
    it(c.name, () => {
      const { diagnostics, codes } = lint(c.text, { ...c.options, ...(c.codes ? { codes: c.codes } : {}) });
      const carrier = diagnostics.find((d) => d.ruleId === c.carrier);
      expect(carrier, diagnostics.map((d) => d.ruleId).join(', ')).toBeDefined();
      if (c.contains === null) {
        expect(diagnostics.filter((d) => d.query !== null).map((d) => d.query)).toEqual([]);
        return;
      }
      const query = carrier!.query;
      expect(query, `${c.carrier} carries no query`).toBeTypeOf('string');
      for (const s of c.contains) expect(query).toContain(s);
      for (const s of c.absent ?? []) expect(query).not.toContain(s);
      if (c.indicators) expect(quotes(query!)).toEqual(c.indicators);
      // Every indicator is the note's own words, on one line; none is a chosen code.
      const flat = c.text
        .split('\n')
        .map((l) => l.trim())
        .join(' ');
      for (const q of quotes(query!)) {
        expect(flat).toContain(q);
        for (const code of codes) expect(q).not.toContain(code.code);
      }
    });
  }
});
