/**
 * assertCandidates as the pipeline calls it: several candidates per sentence, a finding's own words
 * never trigger for it ("no energy" is a fatigue term), connectives ("due to") do not hide
 * terminations, and the result is aligned with the candidates.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine/analyze.ts';
import { assertCandidates } from '../../../src/engine/assertion/assert.ts';
import type { AnyCandidate, Doc } from '../../../src/engine/document.ts';
import { defaultLexicon } from '../../../src/engine/lexicon.ts';
import { expected } from './marked.ts';

const lexicon = defaultLexicon();

function candidate(doc: Doc, phrase: string, type: 'fatigue' | 'cause-link', from = 0): AnyCandidate {
  const start = doc.text.indexOf(phrase, from);
  if (start < 0) throw new Error(`${phrase} not in ${doc.text}`);
  const end = start + phrase.length;
  const firstToken = doc.tokens.findIndex((t) => t.end > start);
  let endToken = firstToken;
  while (endToken < doc.tokens.length && doc.tokens[endToken]!.start < end) endToken++;
  const sentence = doc.sentenceOfToken[firstToken]!;
  return type === 'fatigue'
    ? { type, start, end, firstToken, endToken, sentence, attributes: {} }
    : { type, start, end, firstToken, endToken, sentence, attributes: { symptomId: null, diagnosisId: null } };
}

describe('assertCandidates', () => {
  it('returns one assertion per candidate, in order', () => {
    const doc = analyze('Denies fatigue. Reports tiredness.', lexicon);
    const result = assertCandidates(doc, [candidate(doc, 'tiredness', 'fatigue'), candidate(doc, 'fatigue', 'fatigue')], lexicon);
    expect(result).toEqual([expected([]), expected(['negated'])]);
  });

  it('returns nothing for no candidates', () => {
    expect(assertCandidates(analyze('No fever.', lexicon), [], lexicon)).toEqual([]);
  });

  it("does not let a finding's own words trigger for it", () => {
    const doc = analyze('Feels weak with no energy.', lexicon);
    expect(assertCandidates(doc, [candidate(doc, 'no energy', 'fatigue')], lexicon)).toEqual([expected([])]);
  });

  it('still negates a finding after a trigger outside it', () => {
    const doc = analyze('Denies no energy or tiredness.', lexicon);
    const result = assertCandidates(doc, [candidate(doc, 'no energy', 'fatigue'), candidate(doc, 'tiredness', 'fatigue')], lexicon);
    expect(result).toEqual([expected(['negated']), expected(['negated'])]);
  });

  it('keeps connectives available as terminations', () => {
    const doc = analyze('Possible myopathy due to atorvastatin.', lexicon);
    const link = candidate(doc, 'due to', 'cause-link');
    const after = candidate(doc, 'atorvastatin', 'fatigue');
    expect(assertCandidates(doc, [link, after], lexicon)[1]).toEqual(expected([]));
  });

  it('scopes each sentence separately', () => {
    const doc = analyze('No fatigue.\nTiredness in the evening.', lexicon);
    const result = assertCandidates(doc, [candidate(doc, 'fatigue', 'fatigue'), candidate(doc, 'Tiredness', 'fatigue')], lexicon);
    expect(result).toEqual([expected(['negated']), expected([])]);
  });

  it('applies the section default to every candidate of the section', () => {
    const doc = analyze('Past Medical History:\nChronic fatigue syndrome\n\nHPI:\nFatigue for a week.', lexicon);
    const result = assertCandidates(
      doc,
      [candidate(doc, 'fatigue', 'fatigue'), candidate(doc, 'Fatigue for', 'fatigue')],
      lexicon,
    );
    expect(result).toEqual([expected(['historical', 'chronic']), expected([])]);
  });
});
