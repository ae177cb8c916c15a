// @vitest-environment happy-dom
/**
 * The text sent to the engine and the way back to DOM ranges: every span of the text maps to a
 * range whose text is that span (synthetic newlines aside), for the DOM shapes editors produce.
 */
import { describe, expect, it } from 'vitest';
import { buildTextMap } from '../../../src/dom/text-map.ts';

function root(html: string): HTMLElement {
  const element = document.createElement('div');
  element.innerHTML = html; // test fixture markup, not note text from a page
  document.body.replaceChildren(element);
  return element;
}

describe('buildTextMap text', () => {
  it.each([
    ['plain text', 'Patient feels weak.', 'Patient feels weak.'],
    ['Chrome contenteditable lines', 'line one<div>line two</div><div>line three</div>', 'line one\nline two\nline three'],
    ['paragraphs (ProseMirror, CKEditor, TinyMCE)', '<p>Weak.</p><p>Dx M62.81</p>', 'Weak.\nDx M62.81'],
    ['an empty paragraph keeps its blank line (Quill)', '<p>a</p><p><br></p><p>b</p>', 'a\n\nb'],
    ['br inside a paragraph', '<p>a<br>b</p>', 'a\nb'],
    ['trailing br after text adds nothing', '<p>a<br></p><p>b</p>', 'a\nb'],
    ['inline formatting is seamless', '<p>generalized <b>weak</b><i>ness</i></p>', 'generalized weakness'],
    ['Lexical spans', '<p dir="ltr"><span data-lexical-text="true">Strength 4/5</span></p>', 'Strength 4/5'],
    ['HTML indentation between blocks is skipped', '<p>a</p>\n   <p>b</p>', 'a\nb'],
    ['scripts and styles are not note text', '<p>a</p><script>var x = 1</script><style>p{}</style><p>b</p>', 'a\nb'],
    ['no leading or trailing newline from blocks', '<div><p>only</p></div>', 'only'],
    ['empty', '', ''],
  ])('%s', (_name, html, text) => {
    expect(buildTextMap(root(html)).text).toBe(text);
  });
});

describe('buildTextMap ranges', () => {
  it.each([
    ['<p>Patient feels weak.</p><p>Dx M62.81</p>'],
    ['line one<div>line <b>two</b> here</div><div>three</div>'],
    ['<p>a</p><p><br></p><p>generalized weakness</p>'],
  ])('every word maps to a range with exactly that text: %s', (html) => {
    const map = buildTextMap(root(html));
    for (const match of map.text.matchAll(/\S+/g)) {
      const range = map.toRange(match.index, match.index + match[0].length);
      expect(range?.toString()).toBe(match[0]);
    }
  });

  it('a span across a block boundary covers both blocks', () => {
    const map = buildTextMap(root('<p>feels weak</p><p>M62.81</p>'));
    expect(map.text).toBe('feels weak\nM62.81');
    expect(map.toRange(6, 17)?.toString()).toBe('weakM62.81');
  });

  it.each([
    [-1, 2],
    [0, 99],
    [5, 2],
  ])('rejects offsets outside the text (%i, %i)', (start, end) => {
    expect(buildTextMap(root('<p>abcdef</p>')).toRange(start, end)).toBeNull();
  });

  it('limits the text to a selection and counts offsets from its start', () => {
    const element = root('<p>Chief complaint: weakness.</p><p>Patient feels weak.</p>');
    const first = element.querySelector('p')!.firstChild!;
    const second = element.querySelectorAll('p')[1]!.firstChild!;
    const selection = document.createRange();
    selection.setStart(first, 'Chief complaint: '.length);
    selection.setEnd(second, 'Patient feels'.length);
    const map = buildTextMap(element, selection);
    expect(map.text).toBe('weakness.\nPatient feels');
    expect(map.toRange(10, 17)?.toString()).toBe('Patient');
  });
});
