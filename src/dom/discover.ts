/**
 * Finding note fields: textareas and contenteditable roots (which is what TinyMCE, CKEditor 5,
 * Quill, ProseMirror and Lexical render), inside a document, its open shadow roots and its
 * same-origin iframes. Only fields a person can see and use count (editors hide their source
 * textarea; autosize libraries keep a hidden measuring copy). A site profile can narrow the search
 * to its note fields and exclude fields that are not notes.
 */
import type { FieldKind } from '../messaging/protocol.ts';
import { isRendered, isVisibleField } from './visibility.ts';

export { isRendered };

/** The site profile's field selectors (empty lists: find every visible field). */
export interface FieldSelectors {
  noteFields: readonly string[];
  ignoreFields: readonly string[];
}

export const NO_FIELD_SELECTORS: FieldSelectors = { noteFields: [], ignoreFields: [] };

export type Root = Document | ShadowRoot;

export interface FoundField {
  element: HTMLElement;
  kind: FieldKind;
}

/** Editor-internal contenteditable elements that are not the note (Quill's paste buffer). */
const NOT_NOTES = '.ql-clipboard';

function editorKind(element: HTMLElement): FieldKind {
  if (element.classList.contains('ProseMirror')) return 'prosemirror';
  if (element.classList.contains('ql-editor')) return 'quill';
  if (element.classList.contains('ck-editor__editable')) return 'ckeditor5';
  if (element.hasAttribute('data-lexical-editor')) return 'lexical';
  if (element.classList.contains('mce-content-body')) return 'tinymce';
  return 'contenteditable';
}

/** The outermost editable element: nested contenteditables belong to it. */
function isEditableRoot(element: HTMLElement): boolean {
  if (!element.isContentEditable) return false;
  const parent = element.parentElement;
  return !(parent && parent.isContentEditable);
}

/** True when the element is, or is inside, an element matching one of the selectors (invalid ones match nothing). */
export function withinAny(element: Element, selectors: readonly string[]): boolean {
  return selectors.some((selector) => {
    try {
      return element.closest(selector) !== null;
    } catch {
      return false;
    }
  });
}

/** Whether a candidate is a note by the site profile: inside a note selector (when given), outside every ignore selector. */
export function isProfileNote(element: Element, selectors: FieldSelectors): boolean {
  if (withinAny(element, selectors.ignoreFields)) return false;
  return selectors.noteFields.length === 0 || withinAny(element, selectors.noteFields);
}

export function findFields(root: Root, selectors: FieldSelectors = NO_FIELD_SELECTORS): FoundField[] {
  const fields: FoundField[] = [];
  for (const textarea of root.querySelectorAll('textarea')) {
    if (isProfileNote(textarea, selectors) && isVisibleField(textarea)) fields.push({ element: textarea, kind: 'textarea' });
  }
  for (const element of root.querySelectorAll<HTMLElement>('[contenteditable]')) {
    if (isEditableRoot(element) && !element.matches(NOT_NOTES) && isProfileNote(element, selectors) && isVisibleField(element)) {
      fields.push({ element, kind: editorKind(element) });
    }
  }
  return fields;
}

/**
 * The element's chain of places from the top document down: the element itself, the host of its
 * shadow root, the frame element of its document, and so on up to `top`.
 */
function placeChain(element: Element, top: Document): Element[] {
  const chain: Element[] = [element];
  for (let current: Element = element; ; ) {
    const root = current.getRootNode();
    let next: Element | null = null;
    if (root.nodeType === Node.DOCUMENT_FRAGMENT_NODE) next = (root as ShadowRoot).host ?? null;
    else if (root.nodeType === Node.DOCUMENT_NODE && root !== top) next = (root as Document).defaultView?.frameElement ?? null;
    if (!next) break;
    chain.push(next);
    current = next;
  }
  return chain.reverse();
}

/** Page order across shadow roots and same-origin frames: negative when `a` comes before `b`. */
export function compareInPage(a: Element, b: Element, top: Document): number {
  const chainA = placeChain(a, top);
  const chainB = placeChain(b, top);
  for (let i = 0; i < Math.min(chainA.length, chainB.length); i++) {
    const x = chainA[i]!;
    const y = chainB[i]!;
    if (x === y) continue;
    const position = x.compareDocumentPosition(y);
    if (position & Node.DOCUMENT_POSITION_FOLLOWING) return -1;
    if (position & Node.DOCUMENT_POSITION_PRECEDING) return 1;
    return 0;
  }
  return chainA.length - chainB.length;
}

/** Open shadow roots anywhere under `root`, nested ones included. */
export function findShadowRoots(root: Root): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  for (const element of root.querySelectorAll('*')) {
    const shadow = element.shadowRoot;
    if (shadow) found.push(shadow, ...findShadowRoots(shadow));
  }
  return found;
}

/** Documents of same-origin (and about:blank) iframes under `root` that are reachable now. */
export function findFrameDocuments(root: Root): Array<{ frame: HTMLIFrameElement | HTMLFrameElement; doc: Document }> {
  const found: Array<{ frame: HTMLIFrameElement | HTMLFrameElement; doc: Document }> = [];
  for (const frame of root.querySelectorAll<HTMLIFrameElement | HTMLFrameElement>('iframe, frame')) {
    let doc: Document | null;
    try {
      doc = frame.contentDocument;
    } catch {
      doc = null; // cross-origin: that frame's own content script handles it
    }
    if (doc && doc.documentElement) found.push({ frame, doc });
  }
  return found;
}
