import { describe, expect, it } from 'vitest';
import { TermScanner } from '../../../../src/engine/extract/terms/term-scanner.ts';
import { tokenize } from '../../../../src/text/tokens.ts';

function scan(scanner: TermScanner<string>, text: string): [string, string][] {
  const tokens = tokenize(text);
  return scanner.scan(text, tokens, 0, tokens.length).map((m) => [text.slice(tokens[m.first]!.start, tokens[m.last]!.end), m.payload]);
}

describe('TermScanner', () => {
  const scanner = new TermScanner<string>();
  scanner.addTerm('weak', 'weak');
  scanner.addTerm('feels weak', 'feels weak', ['felt weak', 'feeling weak']);
  scanner.addTerm('physical therapy', 'pt');
  scanner.addCaseSensitive('PT', 'pt');
  scanner.addCaseSensitive('PT eval', 'pt-eval');
  scanner.addPseudo('weak pulses');
  scanner.addPseudo('pulses are weak');

  it.each([
    ['She feels weak.', [['feels weak', 'feels weak']]],
    ['She felt weak and is weak.', [['felt weak', 'feels weak'], ['weak', 'weak']]],
    ['Weak pulses, but weak.', [['weak', 'weak']]],
    ['Pulses are weak.', []],
    ['Refer to PT.', [['PT', 'pt']]],
    ['Pt is here.', []],
    ['pt eval today', []],
    ['Pt eval', []],
    ['PT eval done', [['PT eval', 'pt-eval']]],
    ['Physical Therapy', [['Physical Therapy', 'pt']]],
    ['right-sided weak', [['weak', 'weak']]],
  ] as const)('%s', (text, expected) => {
    expect(scan(scanner, text)).toEqual(expected);
  });

  it('a case-sensitive phrase that does not match falls back to a shorter one', () => {
    const s = new TermScanner<string>();
    s.addTerm('ms', 'lower');
    s.addCaseSensitive('MS Contin', 'drug');
    expect(scan(s, 'ms contin')).toEqual([['ms', 'lower']]);
    expect(scan(s, 'MS Contin')).toEqual([['MS Contin', 'drug']]);
  });

  // Its time on long runs of terms is the benchmark's growth check ("terms", "weakness terms").
  it('finds every one of 20,000 repeated terms', () => {
    expect(scan(scanner, 'weak '.repeat(20_000))).toHaveLength(20_000);
  });
});
