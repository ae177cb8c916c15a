// @vitest-environment happy-dom
/** Diagnosis codes read from the page's own list (a table, chips), only from the elements a profile names. */
import { describe, expect, it } from 'vitest';
import { codeElements, codesInText, readPageCodes } from '../../../src/dom/page-codes.ts';

describe('codesInText', () => {
  it.each([
    ['M62.81', ['M62.81']],
    ['R53.1 Weakness', ['R53.1']],
    ['M62.81 - Muscle weakness (generalized); R53.83 Other fatigue', ['M62.81', 'R53.83']],
    ['S72.001A Fracture of unspecified part of neck of right femur', ['S72.001A']],
    ['I10', ['I10']],
    ['Dx: G72.81, E87.6.', ['G72.81', 'E87.6']],
    ['M62.81 M62.81', ['M62.81']],
    // not codes
    ['Added 2026-11-30 by Dr. Okafor', []],
    ['covid19 follow-up', []],
    ['COVID19 follow-up', []],
    ['version V2.10.3', []],
    ['m62.81 typed in lower case', []],
    ['M62.81234 too long', []],
    ['XM62.81 glued to a word', []],
  ])('%j -> %j', (text, codes) => {
    expect(codesInText(text)).toEqual(codes);
  });
});

describe('readPageCodes', () => {
  it('reads the named elements in page order, skips editable ones and matches nothing for an invalid selector', () => {
    document.body.innerHTML = `
      <table id="dx"><tr><td class="code">M62.81</td><td>Muscle weakness (generalized)</td></tr>
        <tr><td class="code">R53.1</td><td>Weakness</td></tr></table>
      <ul class="chips"><li class="chip">G72.81 Critical illness myopathy</li></ul>
      <div class="chip" contenteditable="true">E87.6 typed by someone</div>
      <p>Problem list elsewhere: I10</p>`;
    const elements = codeElements([document], ['#dx td.code', '.chip', 'td[[[']);
    expect(readPageCodes(elements)).toEqual(['M62.81', 'R53.1', 'G72.81']);
  });
});
