/** Input no note should contain, and the engine must survive: no exception, offsets inside the text. */
import { describe, expect, it } from 'vitest';
import { lint, type LintResult } from '../../../src/engine/index.ts';

function expectValidOffsets(text: string, result: LintResult): void {
  expect(result.length).toBe(text.length);
  for (const f of result.findings) {
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(f.start).toBeLessThan(f.end);
    expect(text.slice(f.start, f.end)).toBe(f.text);
  }
  for (const d of result.diagnostics) {
    expect(d.start).toBeGreaterThanOrEqual(0);
    expect(d.end).toBeLessThanOrEqual(text.length);
    for (const e of d.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
  }
  for (const s of [...result.sections, ...result.sentences]) {
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.end).toBeLessThanOrEqual(text.length);
  }
}

const NOTE = 'HPI: 72 yo F feels weak x 3 weeks. Denies fever.\nExam: strength 4/5 proximal, 5/5 distal.\nLabs: K 3.1 (L), CK 1,200 U/L (Ref: 30-200)\nAssessment: Generalized weakness (R53.1), M62.81.\nPlan: TSH, CBC ordered. PT referral.\n';

function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

describe('bad input', () => {
  it.each([
    { name: 'empty text', text: '' },
    { name: 'whitespace only', text: ' \t\r\n\u00a0\u2028  \n\n' },
    { name: 'one character', text: 'x' },
    { name: 'only punctuation', text: '.../// --- ::: ??? ((( )))' },
    { name: 'a line of 100,000 characters', text: 'weak 4/5 '.repeat(11_112).slice(0, 100_000) },
    { name: 'one word of 100,000 characters', text: 'a'.repeat(100_000) },
    { name: 'digits and slashes', text: '4/5/'.repeat(25_000) },
    { name: 'lone surrogates and control characters', text: 'weak \ud800 x \udc00\u0000\u0001\u0007\u001b[31m 4/5 \ufffd\ufeff' },
    { name: 'CRLF note', text: NOTE.replace(/\n/g, '\r\n') },
    { name: 'CR-only note', text: NOTE.replace(/\n/g, '\r') },
    { name: 'tabs and NBSP', text: NOTE.replace(/ /g, '\u00a0').replace(/: /g, ':\t') },
    { name: 'emoji and combining characters', text: '😩😩 HPI: Bárré 👨‍👩‍👧 feels weak 4/5 e\u0301e\u0301\u0301 R53.1 🙂' },
  ])('$name', ({ text }) => {
    const result = lint(text);
    expectValidOffsets(text, result);
  });

  it('binary-looking text', () => {
    const random = seeded(7);
    const text = Array.from({ length: 20_000 }, () => String.fromCharCode(Math.floor(random() * 0x10000))).join('');
    expectValidOffsets(text, lint(text));
  });

  it('1 MB of note text', () => {
    const text = NOTE.repeat(Math.ceil(1_000_000 / NOTE.length));
    expect(text.length).toBeGreaterThanOrEqual(1_000_000);
    expectValidOffsets(text, lint(text));
  });

  it('is deterministic', () => {
    expect(JSON.stringify(lint(NOTE))).toBe(JSON.stringify(lint(NOTE)));
  });

  it('rejects a non-string with a clear error', () => {
    expect(() => lint(42 as unknown as string)).toThrow(/expects the note text as a string/);
  });
});
