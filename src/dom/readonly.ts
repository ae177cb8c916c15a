/**
 * Read-only note views (a rendered note in a div or pre, as coders see it), linted only on request.
 */

/** Elements that usually hold a rendered note, most specific first. */
const NOTE_VIEW_SELECTOR = '[data-note], [role="document"], article, pre, [role="article"], main';

/** The selected text's range when the user selected something in `doc`, else null. */
export function selectedRange(doc: Document): Range | null {
  const selection = doc.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0).cloneRange();
  return range.toString().trim() === '' ? null : range;
}

/** The element containing a range, where its text map is built from. */
export function rangeContainer(range: Range): HTMLElement | null {
  const node = range.commonAncestorContainer;
  return node.nodeType === Node.ELEMENT_NODE ? (node as HTMLElement) : node.parentElement;
}

/**
 * The page's rendered note: the element matching a note-view selector with the most text, or null.
 * Editable fields are not read-only views and are linted as fields instead.
 */
export function findNoteView(doc: Document): HTMLElement | null {
  let best: HTMLElement | null = null;
  let bestLength = 0;
  for (const element of doc.querySelectorAll<HTMLElement>(NOTE_VIEW_SELECTOR)) {
    if (element.isContentEditable || element.getClientRects().length === 0) continue;
    const length = (element.textContent ?? '').trim().length;
    if (length > bestLength) {
      best = element;
      bestLength = length;
    }
  }
  return best;
}
