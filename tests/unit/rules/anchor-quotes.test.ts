// The custom rules that quote their pack's anchors beside their own evidence (objective-strength-required,
// reassessment-update, critical-illness-myopathy-evidence, symptom-with-definitive-dx) read the anchors
// from the pack (lexicon/packs/weakness/ `anchors`), not from a list of finding types in code, and quote
// them in text order: a fatigue mention written before a weakness mention comes first. Mentions that
// are negated, about a family member or past are no anchors.
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/engine/index.ts';

const codes = (...list: string[]) => ({ codes: list.map((code) => ({ code, source: 'option' as const })) });

/** [note, codes, rule, its evidence texts in order]. */
const ROWS: [string, string[], string, string[]][] = [
  ['HPI: Tired all the time. Generalized weakness.\nExam: Strength 5/5 throughout.\nA/P: muscle weakness.', ['M62.81'], 'objective-strength-required',
    ['Tired all the time', 'Generalized weakness', 'muscle weakness', '5/5']],
  ['PROGRESS NOTE\nS: Still fatigued. Legs weak.\nA/P: muscle weakness M62.81, continue PT.', ['M62.81'], 'objective-strength-required',
    ['fatigued', 'Legs weak', 'muscle weakness']],
  // negative rows: a denied symptom, a family member's, a past one are not quoted
  ['HPI: Denies fatigue. Mother with chronic fatigue. Feels weak in legs.\nExam: strength 5/5 all groups.\nA/P: muscle weakness', ['M62.81'],
    'objective-strength-required', ['Feels weak in legs', 'muscle weakness', '5/5']],
  ['PMH: weakness after stroke 2019, resolved.\nHPI: no weakness today, no fatigue.\nExam: 5/5 throughout.\nA/P: muscle weakness', ['M62.81'],
    'objective-strength-required', ['muscle weakness', '5/5']],
];

describe('custom rules quote the pack anchors in text order', () => {
  it.each(ROWS)('%s', (note, chosen, ruleId, want) => {
    const d = lint(note, codes(...chosen)).diagnostics.find((x) => x.ruleId === ruleId);
    expect(d?.evidence.map((e) => e.text)).toEqual(want);
  });
});

describe('the anchors come from the pack', () => {
  it('a pack without anchors quotes none', async () => {
    const { compileLexicon, defaultLexicon } = await import('../../../src/engine/lexicon.ts');
    const data = structuredClone(defaultLexicon().data);
    for (const p of data.packs) if (p.id === 'weakness') delete p.anchors;
    const note = 'HPI: Tired all the time. Generalized weakness.\nExam: Strength 5/5 throughout.\nA/P: muscle weakness.';
    const d = lint(note, codes('M62.81'), compileLexicon(data)).diagnostics.find((x) => x.ruleId === 'objective-strength-required');
    expect(d?.evidence.map((e) => e.text)).toEqual(['5/5']);
  });
});
