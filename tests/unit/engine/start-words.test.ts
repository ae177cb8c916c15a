/**
 * Matchers test "can a phrase start here?" through start-word numbers read once per token array
 * (matcher.ts startWordIds). A matcher built after a note's tokens were first read must still find
 * its phrases in them, and the per-position answers must agree with the matcher's own trie.
 */
import { describe, expect, it } from 'vitest';
import { PhraseMatcher, startWordIds } from '../../../src/engine/matcher.ts';
import { TermScanner } from '../../../src/engine/extract/terms/term-scanner.ts';
import { tokenize } from '../../../src/text/tokens.ts';

const phrases = (m: PhraseMatcher<string>, text: string) => {
  const tokens = tokenize(text);
  return m.findAll(tokens).map((x) => x.payloads[0]);
};

describe('start words', () => {
  it('a matcher built after the tokens were read still finds its phrases in them', () => {
    const text = 'Zqxv grade and wobbleword noted; zqxv again.';
    const tokens = tokenize(text);
    const first = new PhraseMatcher<string>();
    first.add('zqxv grade', 'a');
    expect(first.findAll(tokens).map((m) => m.payloads[0])).toEqual(['a']);
    // A start word no matcher had when the tokens were first numbered.
    const later = new PhraseMatcher<string>();
    later.add('wobbleword noted', 'b');
    expect(later.findAll(tokens).map((m) => m.payloads[0])).toEqual(['b']);
    expect(later.findOverlapping(tokens).map((m) => m.payloads[0])).toEqual(['b']);
    const scanner = new TermScanner<string>();
    scanner.addTerm('again', 'c');
    expect(scanner.scan(text, tokens, 0, tokens.length).map((m) => m.payload)).toEqual(['c']);
  });

  it.each([
    ['a phrase starting with a hyphenated word matches it written with a space', 'right-sided', 'Right sided weakness', ['x']],
    ['no phrase starts with a word of the note', 'plegiaword', 'nothing here at all', []],
    ['a word that starts a phrase elsewhere but not this one', 'quuxa quuxb', 'quuxb quuxa', []],
  ] as const)('%s', (_, phrase, text, expected) => {
    const m = new PhraseMatcher<string>();
    m.add(phrase, 'x');
    expect(phrases(m, text)).toEqual(expected);
  });

  it('agrees with the trie at every token (canStartWord vs canStart)', () => {
    const m = new PhraseMatcher<string>();
    for (const p of ['no', 'denies', 'weak', 'K+', '4/5', 'hx of']) m.add(p, p);
    const tokens = tokenize('Pt denies weakness; K+ 3.1, strength 4/5. Hx of CVA. No fever, weak.');
    const ids = startWordIds(tokens);
    tokens.forEach((t, i) => expect(m.canStartWord(ids[i]!), t.norm).toBe(m.canStart(t.norm)));
  });

  it('a token array that grew is numbered again', () => {
    const m = new PhraseMatcher<string>();
    m.add('fizzgig', 'f');
    const tokens = tokenize('one two');
    expect(m.findAll(tokens)).toEqual([]);
    tokens.push(...tokenize('fizzgig'));
    expect(m.findAll(tokens).map((x) => x.payloads[0])).toEqual(['f']);
  });
});
