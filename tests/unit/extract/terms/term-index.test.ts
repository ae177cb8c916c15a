/**
 * Term scanners that share one index (term-index.ts) report, for every note and sentence, exactly
 * what each scanner's own walk reports: longest match, pseudo phrases swallowing their span,
 * case-sensitive terms giving way to a shorter match, one scanner's matches never hiding another's.
 * Checked on hand-written rows and on random notes made of the scanners' own words.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../src/engine/analyze.ts';
import { defaultLexicon } from '../../../../src/engine/lexicon.ts';
import { TermIndex } from '../../../../src/engine/extract/terms/term-index.ts';
import { TermScanner } from '../../../../src/engine/extract/terms/term-scanner.ts';

type Spec = { terms: [string, string][]; caseSensitive: [string, string][]; pseudo: string[] };

const SPECS: Spec[] = [
  { terms: [['weak', 'weak'], ['feels weak', 'feels-weak'], ['weakness', 'weakness']], caseSensitive: [['PT', 'pt']], pseudo: ['weak pulses'] },
  { terms: [['pt', 'patient'], ['physical therapy', 'therapy'], ['weak pulses', 'pulse-finding']], caseSensitive: [['MS Contin', 'drug']], pseudo: ['no change'] },
  { terms: [['ms', 'ms'], ['no change', 'stable'], ['pulses', 'pulses']], caseSensitive: [['PT eval', 'pt-eval']], pseudo: ['feels'] },
];

function build(spec: Spec, index?: TermIndex): TermScanner<string> {
  const s = new TermScanner<string>(index);
  for (const [p, v] of spec.terms) s.addTerm(p, v);
  for (const [p, v] of spec.caseSensitive) s.addCaseSensitive(p, v);
  for (const p of spec.pseudo) s.addPseudo(p);
  return s;
}

const plain = (ms: readonly { first: number; last: number; payload: string }[]) => ms.map(({ first, last, payload }) => ({ first, last, payload }));

function compare(text: string): void {
  const doc = analyze(text, defaultLexicon());
  const index = new TermIndex();
  const shared = SPECS.map((spec) => build(spec, index));
  const own = SPECS.map((spec) => build(spec));
  SPECS.forEach((_, k) => {
    expect(plain(shared[k]!.scanDoc(doc)), `scanDoc of scanner ${k}`).toEqual(plain(own[k]!.scanDoc(doc)));
    for (const s of doc.sentences) {
      expect(plain(shared[k]!.scanSentence(doc, s)), `sentence ${s.index} of scanner ${k}`).toEqual(plain(own[k]!.scan(doc.text, doc.tokens, s.firstToken, s.endToken)));
    }
  });
}

describe('scanners sharing one index', () => {
  it.each([
    'She feels weak. Weak pulses, but weak.',
    'Refer to PT. Pt is weak. PT eval done; pt eval pending.',
    'MS Contin 15 mg; ms contin; MS is no change. No change in weakness.',
    'Assessment:\nWeakness - PT.\nPlan: physical therapy, feels weak, pulses weak pulses.',
    '',
  ])('%j', (text) => compare(text));

  it('matches its own walk on random notes of its words', () => {
    const words = ['weak', 'feels', 'weakness', 'PT', 'pt', 'Pt', 'eval', 'physical', 'therapy', 'pulses', 'MS', 'ms', 'Contin', 'no', 'change', 'and', '.', ',', '\n', 'Plan:'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 60 }), (parts) => compare(parts.join(' '))),
      { numRuns: 200 },
    );
  });

  it('a scanner added after a note was walked still finds its terms in it', () => {
    const doc = analyze('Patient is weak and dizzy.', defaultLexicon());
    const index = new TermIndex();
    const first = build(SPECS[0]!, index);
    expect(first.scanDoc(doc).map((m) => m.payload)).toEqual(['weak']);
    const later = new TermScanner<string>(index);
    later.addTerm('dizzy', 'dizzy');
    expect(later.scanDoc(doc).map((m) => m.payload)).toEqual(['dizzy']);
    expect(first.scanDoc(doc).map((m) => m.payload)).toEqual(['weak']);
  });
});
