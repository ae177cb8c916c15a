import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/text/tokens.ts';

const cases: { name: string; text: string; tokens: string[] }[] = [
  { name: 'words and punctuation', text: 'Pt feels weak.', tokens: ['Pt', 'feels', 'weak', '.'] },
  { name: 'grades split on the slash', text: '4-/5 proximal', tokens: ['4', '-', '/', '5', 'proximal'] },
  { name: 'decimal numbers', text: 'K 3.1', tokens: ['K', '3', '.', '1'] },
  { name: 'apostrophes stay in words', text: "can't stand", tokens: ["can't", 'stand'] },
  { name: 'curly apostrophe', text: 'Parkinson\u2019s disease', tokens: ['Parkinson\u2019s', 'disease'] },
  { name: 'CRLF and tabs are space', text: 'a\r\n\tb', tokens: ['a', 'b'] },
  { name: 'NBSP is space', text: 'CK\u00a01200', tokens: ['CK', '1200'] },
  { name: 'emoji is one token', text: 'weak 😩 today', tokens: ['weak', '😩', 'today'] },
  { name: 'combining marks stay in the word', text: 'Barre\u0301 syndrome', tokens: ['Barre\u0301', 'syndrome'] },
  { name: 'codes with dots', text: '(R53.1)', tokens: ['(', 'R53', '.', '1', ')'] },
];

describe('tokenize', () => {
  it.each(cases)('$name', ({ text, tokens }) => {
    const got = tokenize(text);
    expect(got.map((t) => text.slice(t.start, t.end))).toEqual(tokens);
  });

  it('folds case and accents in norm', () => {
    expect(tokenize('Guillain-Barré').map((t) => t.norm)).toEqual(['guillain', '-', 'barre']);
    expect(tokenize('Barre\u0301').map((t) => t.norm)).toEqual(['barre']);
  });

  it('counts line breaks before a token (CRLF counts once)', () => {
    const t = tokenize('a\r\nb\n\nc\rd');
    expect(t.map((x) => x.newlinesBefore)).toEqual([0, 1, 2, 1]);
  });

  it('reads a negative contraction typed without its apostrophe as the contraction', () => {
    expect(tokenize('pt cant climb, Doesnt have, didnt').map((t) => t.norm)).toEqual(['pt', "can't", 'climb', ',', "doesn't", 'have', ',', "didn't"]);
    // Words that are words: "wont" (habit), "want", "ant", "don" stay as written.
    expect(tokenize("as is his wont, want, ant, don, can't").map((t) => t.norm)).toEqual(['as', 'is', 'his', 'wont', ',', 'want', ',', 'ant', ',', 'don', ',', "can't"]);
  });

  it('marks upper-case starts', () => {
    expect(tokenize('Weak weak ÉTAT').map((t) => t.upper)).toEqual([true, false, true]);
  });

  it('never splits a surrogate pair and covers every non-space character', () => {
    const text = 'x\ud83d\ude00y \ud83d lone \ude00 end';
    const tokens = tokenize(text);
    const covered = tokens.map((t) => text.slice(t.start, t.end)).join('');
    expect(covered).toBe(text.replace(/\s/g, ''));
  });
});
