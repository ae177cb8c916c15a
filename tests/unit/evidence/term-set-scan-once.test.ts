/**
 * Term sets are one index walked once per note, whatever the number of sets or packs: asking for every
 * set of the bundled lexicon (all packs) walks the same number of trie positions as asking for one
 * set, and as the weakness pack's lexicon alone, fewer sets. Work is counted (trie walks of the term
 * set index, PhraseMatcher.matchesAt), never timed; each set's hits are then asserted as their own batch.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyze } from '../../../src/engine/analyze.ts';
import { termSetHits } from '../../../src/engine/evidence/term-sets.ts';
import { compileLexicon, defaultLexicon, type CompiledLexicon } from '../../../src/engine/lexicon.ts';
import { PhraseMatcher } from '../../../src/engine/matcher.ts';
import { assembleLexicon } from '../../../src/lexicon/assemble.ts';
import { inflect } from '../../../src/lexicon/inflect.ts';
import { readLexiconFiles } from '../../../src/lexicon/load-files.ts';

const NOTES = [
  'HPI: 71 yo F, fell at home, on the floor ~14 h. Cr 2.4 (baseline 0.9). Started IVF, holding lisinopril.\nA/P: AKI, renal US ordered. Repeat BMP in AM.',
  'Dietitian note: intake <50% of needs x 7 days, wt 52 kg from 60 kg in 3 mo. Moderate temporal wasting. Plan: Ensure TID, calorie count.',
  'K 2.9 this AM, KCl 40 mEq PO given, recheck K in 4 h. Na 128, fluid restriction 1.2 L. Hgb 6.8, transfused 1 unit PRBC.',
  'No history of kidney disease. Denies dark urine. Family hx: mother on dialysis. Patient is bedbound since stroke, total assist for ADLs.',
];

function weaknessOnly(): CompiledLexicon {
  const files = readLexiconFiles(join(import.meta.dirname, '../../../lexicon')).filter((f) => !f.path.startsWith('packs/') || f.path.startsWith('packs/weakness/'));
  return compileLexicon(assembleLexicon(files, inflect));
}

/** Trie walks while asking for `ids` in one freshly analysed note. */
function walks(text: string, lexicon: CompiledLexicon, ids: readonly string[]): number {
  const doc = analyze(text, lexicon);
  let count = 0;
  const original = PhraseMatcher.prototype.matchesAt;
  vi.spyOn(PhraseMatcher.prototype, 'matchesAt').mockImplementation(function (this: PhraseMatcher<unknown>, ...args) {
    count++;
    return original.apply(this, args);
  });
  try {
    for (const id of ids) termSetHits({ doc, lexicon }, id);
  } finally {
    vi.restoreAllMocks();
  }
  return count;
}

const setIds = (lexicon: CompiledLexicon) => lexicon.data.labTriggers.termSets.map((s) => s.id);

describe('term sets: one walk per note', () => {
  afterEach(() => vi.restoreAllMocks());
  const all = defaultLexicon();
  const one = weaknessOnly();

  it('the bundled lexicon has many more sets than the weakness pack alone', () => {
    expect(setIds(all).length).toBeGreaterThan(setIds(one).length + 20);
    expect(all.data.packs.length).toBeGreaterThan(one.data.packs.length);
  });

  it.each(NOTES.map((n, i) => [i, n] as const))('note %i: every set costs what one set costs, with all packs or one', (_, text) => {
    const tokens = analyze(text, all).tokens.length;
    const oneSet = walks(text, all, setIds(all).slice(0, 1));
    const everySet = walks(text, all, setIds(all));
    const everySetOfOnePack = walks(text, one, setIds(one));
    expect(oneSet).toBeGreaterThan(0);
    // One walk per token for the matches; the sentence check of notInSentenceWith (and onlyInSentenceWith)
    // phrases only where a set that has them matched (once per sentence, shared by every such set).
    expect(everySet).toBeLessThanOrEqual(2 * tokens);
    // The number of sets does not multiply the walks: with 80 sets about as many as with one.
    expect(everySet).toBeLessThanOrEqual(oneSet + tokens);
    expect(Math.abs(everySet - everySetOfOnePack)).toBeLessThanOrEqual(tokens);
  });

  it('asking again for a set, or for another, walks nothing more', () => {
    const lexicon = all;
    const doc = analyze(NOTES[0]!, lexicon);
    termSetHits({ doc, lexicon }, setIds(lexicon)[0]!);
    let count = 0;
    const original = PhraseMatcher.prototype.matchesAt;
    vi.spyOn(PhraseMatcher.prototype, 'matchesAt').mockImplementation(function (this: PhraseMatcher<unknown>, ...args) {
      count++;
      return original.apply(this, args);
    });
    const sentenceChecked = (s: string) => {
      const def = lexicon.data.labTriggers.termSets.find((d) => d.id === s);
      return def?.notInSentenceWith !== undefined || def?.onlyInSentenceWith !== undefined;
    };
    for (const id of setIds(lexicon).filter((s) => !sentenceChecked(s))) termSetHits({ doc, lexicon }, id);
    expect(count).toBe(0);
  });
});
