/**
 * Reads the encounter's diagnosis codes where the EHR shows them beside the note (a table, a chip
 * list), from the elements a site profile names, and watches those elements for changes. Only the
 * code-shaped words of those elements are taken; nothing else of the page is read, and nothing is
 * read on a site without such a profile.
 */

/**
 * An ICD-10-CM code as EHRs print it: a capital letter, two digits or a digit and a capital, then
 * optionally a dot and one to four more digits or capitals. Bounded on both sides so a word
 * like "COVID19" or a version "V2.10.3" does not yield a code. Whether it exists is the engine's
 * `invalid-code` rule, as for codes typed in the popup.
 */
const CODE_IN_TEXT = /(?<![A-Za-z0-9.])[A-Z]\d[0-9A-Z](?:\.[0-9A-Z]{1,4})?(?![A-Za-z0-9]|\.[A-Za-z0-9])/g;

/** At most this many characters of one element are read: a code list, not a chart. */
const MAX_ELEMENT_TEXT = 20_000;
export const MAX_PAGE_CODES = 100;

export function codesInText(text: string): string[] {
  return [...new Set(text.slice(0, MAX_ELEMENT_TEXT).match(CODE_IN_TEXT) ?? [])];
}

/** The elements matching the selectors in the given roots (invalid selectors match nothing). */
export function codeElements(roots: ReadonlyArray<Document | ShadowRoot>, selectors: readonly string[]): Element[] {
  const found = new Set<Element>();
  for (const root of roots) {
    for (const selector of selectors) {
      try {
        for (const element of root.querySelectorAll(selector)) found.add(element);
      } catch {
        // An invalid selector in a stored profile: validation should have caught it; match nothing.
      }
    }
  }
  return [...found];
}

/** The codes the elements show, in page order, without duplicates. */
export function readPageCodes(elements: readonly Element[]): string[] {
  const codes = new Set<string>();
  for (const element of elements) {
    // Editable elements are notes, never the code list: a note's codes are the engine's to read.
    if ((element as HTMLElement).isContentEditable || element.tagName === 'TEXTAREA') continue;
    for (const code of codesInText(element.textContent ?? '')) codes.add(code);
  }
  return [...codes].slice(0, MAX_PAGE_CODES);
}

/**
 * Watches the code elements: calls `onChange` with the codes whenever they change (text edited,
 * chips added or removed). `refresh` re-queries the selectors (the page replaced the elements).
 */
export class PageCodesWatcher {
  #observed: Element[] = [];
  #observer: MutationObserver | null = null;
  #last: string | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly selectors: readonly string[],
    private readonly onChange: (codes: string[]) => void,
    private readonly debounceMs = 100,
  ) {}

  refresh(roots: ReadonlyArray<Document | ShadowRoot>): void {
    if (this.selectors.length === 0) return;
    const elements = codeElements(roots, this.selectors);
    const same = elements.length === this.#observed.length && elements.every((e, i) => e === this.#observed[i]);
    if (!same) {
      this.#observer?.disconnect();
      this.#observed = elements;
      const view = elements[0]?.ownerDocument.defaultView;
      if (view) {
        this.#observer = new view.MutationObserver(() => this.#schedule());
        for (const element of elements) this.#observer.observe(element, { childList: true, characterData: true, subtree: true });
      }
    }
    this.#report();
  }

  stop(): void {
    clearTimeout(this.#timer);
    this.#observer?.disconnect();
    this.#observer = null;
    this.#observed = [];
  }

  #schedule(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#report(), this.debounceMs);
  }

  #report(): void {
    const codes = readPageCodes(this.#observed.filter((e) => e.isConnected));
    const signature = codes.join(' ');
    if (signature === this.#last) return;
    this.#last = signature;
    this.onChange(codes);
  }
}
