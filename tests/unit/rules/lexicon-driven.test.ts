// Rules read codes and their notes from the lexicon: a lexicon that says otherwise changes the result.
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/engine/lint.ts';
import { compileLexicon, defaultLexicon } from '../../../src/engine/lexicon.ts';
import type { CodeDef } from '../../../src/lexicon/types.ts';

const base = defaultLexicon().data;
const withCodes = (edit: (codes: CodeDef[]) => CodeDef[]) => compileLexicon({ ...base, codes: edit(base.codes.map((c) => ({ ...c }))) });

describe('lexicon-driven rules', () => {
  it('a code marked invalid in the lexicon is reported as not valid in FY2026', () => {
    const lexicon = withCodes((codes) => codes.map((c) => (c.code === 'R53.2' ? { ...c, invalid: true, note: 'Deleted for the test.' } : c)));
    const d = lint('Assessment: Functional quadriplegia (R53.2).', {}, lexicon).diagnostics.filter((x) => x.ruleId === 'invalid-code');
    expect(d.map((x) => x.message)).toEqual(['R53.2 is not valid in FY2026.']);
    expect(d[0]!.documentationHint).toBe('Deleted for the test.');
  });

  it('Excludes1 conflicts come from the lexicon: removing the note removes the conflict', () => {
    const text = 'Assessment: Weakness (R53.1); muscle weakness (M62.81).';
    expect(lint(text).diagnostics.some((d) => d.ruleId === 'excludes1-conflict')).toBe(true);
    const lexicon = withCodes((codes) =>
      codes.map((c) =>
        c.code === 'R53.1' ? { ...c, excludes1: c.excludes1.filter((r) => r.code !== 'M62.81') } : c.code === 'M62.81' ? { ...c, excludes1: c.excludes1.filter((r) => r.code !== 'R53.1') } : c,
      ),
    );
    expect(lint(text, {}, lexicon).diagnostics.some((d) => d.ruleId === 'excludes1-conflict')).toBe(false);
  });

  it('checklist items come from the lexicon requirements', () => {
    const lexicon = withCodes((codes) => codes.map((c) => (c.code === 'R53.83' ? { ...c, requires: [{ evidence: 'workup', label: 'Workup', hint: 'Order a TSH.', source: 'test' }] } : c)));
    const list = lint('Assessment: Fatigue (R53.83). TSH ordered.', {}, lexicon).checklists;
    expect(list).toEqual([{ code: 'R53.83', title: 'Other fatigue', items: [expect.objectContaining({ requirement: 'workup', met: true, hint: 'Order a TSH.' })] }]);
  });
});
