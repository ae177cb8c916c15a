/**
 * Whether an element is a field a person writes in, or a helper the page hides: Mantine's autosize
 * textarea (aria-hidden, visibility hidden, zero height), measuring copies parked off-screen, disabled
 * inputs, collapsed panels. Only what a person can see and type into is a note.
 */

/** Smaller than this (CSS px) in either direction and nobody can read or type in it. */
const MIN_SIZE_PX = 2;

export function isRendered(element: Element): boolean {
  return element.isConnected && element.getClientRects().length > 0;
}

/** Hidden from people: aria-hidden or inert here or above, or a `hidden` attribute above. */
function hiddenFromPeople(element: Element): boolean {
  return element.closest('[aria-hidden="true"], [inert]') !== null;
}

/** Entirely outside the page's scrollable area (left or above the origin), where helpers are parked. */
function offScreen(rect: DOMRect, view: Window): boolean {
  return rect.right + view.scrollX <= 0 || rect.bottom + view.scrollY <= 0;
}

/**
 * True for a field a person can see and use. Layout is read once per scan for each candidate
 * (getClientRects, one computed style), never for the page's other elements.
 */
export function isVisibleField(element: HTMLElement): boolean {
  if (!isRendered(element)) return false;
  if ((element as HTMLTextAreaElement).disabled === true || element.getAttribute('aria-disabled') === 'true') return false;
  if (hiddenFromPeople(element)) return false;
  const view = element.ownerDocument.defaultView;
  if (!view) return false;
  const style = view.getComputedStyle(element);
  if (style.visibility === 'hidden' || style.visibility === 'collapse' || style.display === 'none') return false;
  if (Number.parseFloat(style.opacity) === 0) return false;
  const rect = element.getBoundingClientRect();
  if (rect.width < MIN_SIZE_PX || rect.height < MIN_SIZE_PX) return false;
  return !offScreen(rect, view);
}
