/**
 * A note field's name as the page gives it, so the popup can say "Progress note" and "Addendum"
 * instead of "Text box": the accessible name first (aria-labelledby, aria-label, <label>, title,
 * placeholder), else the nearest heading or legend before the field. Page text only, never note text.
 */
import { MAX_LABEL_LENGTH } from '../messaging/protocol.ts';

const HEADING = 'h1, h2, h3, h4, h5, h6, [role="heading"], legend';
/** How far back to look for a heading, in elements: a name from far away would be wrong. */
const HEADING_SEARCH_LIMIT = 60;

/** Inside another editor: its headings are that note's text. */
function insideEditable(element: Element): boolean {
  return (element as HTMLElement).isContentEditable === true || element.closest('[contenteditable]:not([contenteditable="false"])') !== null;
}

function clean(text: string | null | undefined): string {
  const line = (text ?? '').replace(/\s+/g, ' ').trim();
  return line.length <= MAX_LABEL_LENGTH ? line : `${line.slice(0, MAX_LABEL_LENGTH - 1).trimEnd()}…`;
}

/** The text of `container` without the field's own text (a label may wrap the field: never the note). */
function textOutside(container: Element, field: HTMLElement): string {
  if (!container.contains(field)) return container.textContent ?? '';
  if (container === field) return '';
  const parts: string[] = [];
  const walker = container.ownerDocument.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!field.contains(node)) parts.push(node.nodeValue ?? '');
  }
  return parts.join(' ');
}

function byIds(element: HTMLElement, ids: string): string {
  const root = element.getRootNode() as Document | ShadowRoot;
  return ids
    .split(' ')
    .filter((id) => id !== '')
    .map((id) => {
      const target = root.getElementById?.(id);
      return target ? textOutside(target, element) : '';
    })
    .join(' ');
}

function labelElements(element: HTMLElement): string {
  const labels = (element as HTMLTextAreaElement).labels;
  if (labels && labels.length > 0) return [...labels].map((label) => textOutside(label, element)).join(' ');
  const wrapping = element.closest('label');
  return wrapping ? textOutside(wrapping, element) : '';
}

/** The nearest heading or legend before the element: previous siblings first, then up the tree. */
function nearestHeading(element: HTMLElement): string {
  const fieldset = element.closest('fieldset');
  const legend = fieldset?.querySelector(':scope > legend');
  let steps = 0;
  for (let node: Element | null = element; node && steps < HEADING_SEARCH_LIMIT; node = node.parentElement) {
    if (node === fieldset && legend) return textOutside(legend, element);
    for (let sibling = node.previousElementSibling; sibling && steps < HEADING_SEARCH_LIMIT; sibling = sibling.previousElementSibling) {
      steps++;
      // A heading inside another editor is that note's text, not a name of this field.
      if (insideEditable(sibling)) continue;
      if (sibling.matches(HEADING)) return textOutside(sibling, element);
      const inner = [...sibling.querySelectorAll<HTMLElement>(HEADING)].filter((h) => !insideEditable(h));
      if (inner.length > 0) return textOutside(inner[inner.length - 1]!, element);
    }
    steps++;
  }
  return legend ? textOutside(legend, element) : '';
}

export function fieldLabel(element: HTMLElement): string {
  const candidates = [
    () => byIds(element, element.getAttribute('aria-labelledby') ?? ''),
    () => element.getAttribute('aria-label'),
    () => labelElements(element),
    () => element.getAttribute('title'),
    () => element.getAttribute('placeholder') ?? element.getAttribute('data-placeholder'),
    () => nearestHeading(element),
  ];
  for (const candidate of candidates) {
    const label = clean(candidate());
    if (label !== '') return label;
  }
  return '';
}
