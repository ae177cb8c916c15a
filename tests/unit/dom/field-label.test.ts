// @vitest-environment happy-dom
/** A field's name from the page (never from the note itself), and page order across shadow roots. */
import { describe, expect, it } from 'vitest';
import { fieldLabel } from '../../../src/dom/field-label.ts';
import { compareInPage } from '../../../src/dom/discover.ts';

function label(html: string, selector = '#note'): string {
  document.body.innerHTML = html;
  return fieldLabel(document.querySelector<HTMLElement>(selector)!);
}

describe('fieldLabel', () => {
  it.each([
    ['aria-labelledby', '<span id="t">Progress note</span><div id="note" contenteditable aria-labelledby="t">x</div>', 'Progress note'],
    ['aria-label', '<textarea id="note" aria-label="Addendum"></textarea>', 'Addendum'],
    ['a label for it', '<label for="note">Discharge summary</label><textarea id="note"></textarea>', 'Discharge summary'],
    ['a wrapping label, without the note in it', '<label>Progress note <textarea id="note">Patient feels weak.</textarea></label>', 'Progress note'],
    ['a placeholder', '<textarea id="note" placeholder="Type the HPI"></textarea>', 'Type the HPI'],
    ['the nearest heading', '<h2>Plan</h2><h2>Addendum</h2><div><div id="note" contenteditable></div></div>', 'Addendum'],
    ['a heading inside an earlier block', '<section><h3>Progress note</h3></section><div id="note" contenteditable></div>', 'Progress note'],
    ['a fieldset legend', '<fieldset><legend>Nursing note</legend><div><textarea id="note"></textarea></div></fieldset>', 'Nursing note'],
    ['the accessible name before a heading', '<h2>Notes</h2><textarea id="note" aria-label="Addendum"></textarea>', 'Addendum'],
    ['nothing', '<textarea id="note"></textarea>', ''],
  ])('from %s', (_name, html, expected) => {
    expect(label(html)).toBe(expected);
  });

  it('never takes a heading from another note’s text', () => {
    expect(label('<div contenteditable><h2>Assessment</h2>weak</div><div id="note" contenteditable></div>')).toBe('');
  });

  it('shortens a long name to one line', () => {
    expect(label(`<textarea id="note" aria-label="${'Progress   note '.repeat(20)}"></textarea>`).length).toBeLessThanOrEqual(120);
  });
});

describe('compareInPage', () => {
  it('orders fields by their place in the page, a shadow root at its host', () => {
    document.body.innerHTML = '<div id="a"></div><div id="host"></div><div id="c"></div>';
    const shadow = document.querySelector('#host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<div id="b"></div>';
    const [a, b, c] = [document.querySelector('#a')!, shadow.querySelector('#b')!, document.querySelector('#c')!];
    const sorted = [c, b, a].sort((x, y) => compareInPage(x, y, document));
    expect(sorted).toEqual([a, b, c]);
  });
});
