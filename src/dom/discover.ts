/**
 * Finding note fields: textareas and contenteditable roots (which is what TinyMCE, CKEditor 5,
 * Quill, ProseMirror and Lexical render), inside a document, its open shadow roots and its
 * same-origin iframes. Only fields that are rendered count (editors hide their source textarea).
 */
import type { FieldKind } from '../messaging/protocol.ts';

export type Root = Document | ShadowRoot;

export interface FoundField {
  element: HTMLElement;
  kind: FieldKind;
}

/** Editor-internal contenteditable elements that are not the note (Quill's paste buffer). */
const NOT_NOTES = '.ql-clipboard';

export function isRendered(element: Element): boolean {
  return element.isConnected && element.getClientRects().length > 0;
}

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

export function findFields(root: Root): FoundField[] {
  const fields: FoundField[] = [];
  for (const textarea of root.querySelectorAll('textarea')) {
    if (!textarea.disabled && isRendered(textarea)) fields.push({ element: textarea, kind: 'textarea' });
  }
  for (const element of root.querySelectorAll<HTMLElement>('[contenteditable]')) {
    if (isEditableRoot(element) && !element.matches(NOT_NOTES) && isRendered(element)) {
      fields.push({ element, kind: editorKind(element) });
    }
  }
  return fields;
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
