/**
 * The local test pages and how to reach each one's note field: the frame holding its document and a
 * selector for the editable element (Playwright's CSS pierces open shadow roots), and how the page
 * reads its editor's text back (the editor's own API where it has one).
 */
import type { Frame, Page } from 'playwright-core';
import type { FieldKind } from '../../../src/messaging/protocol.ts';

export interface EditorCase {
  name: string;
  path: string;
  kind: FieldKind;
  /** The frame whose document holds the editable text. */
  frame(page: Page): Promise<Frame>;
  selector: string;
  /** The editor's text as the editor itself reports it (paragraphs joined by "\n"). */
  text(page: Page): Promise<string>;
  /** Wait for the editor to be initialised. */
  ready?(page: Page): Promise<void>;
}

const mainFrame = async (page: Page) => page.mainFrame();

async function childFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('iframe');
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('iframe has no frame');
  await frame.waitForLoadState();
  return frame;
}

const waitEditorReady = async (page: Page) => {
  await page.waitForFunction(() => (window as unknown as { editorReady?: boolean }).editorReady === true, null, { timeout: 30_000 });
};
const editorApiText = (page: Page) => page.evaluate(() => (window as unknown as { editorText(): string }).editorText());

export const EDITOR_CASES: EditorCase[] = [
  {
    name: 'textarea',
    path: '/textarea.html',
    kind: 'textarea',
    frame: mainFrame,
    selector: '#note',
    text: (page) => page.inputValue('#note'),
  },
  {
    name: 'contenteditable div',
    path: '/contenteditable.html',
    kind: 'contenteditable',
    frame: mainFrame,
    selector: '#note',
    text: (page) => page.evaluate(() => (document.querySelector('#note') as HTMLElement).innerText.replace(/\n$/, '')),
  },
  {
    name: 'contenteditable in a same-origin iframe',
    path: '/iframe.html',
    kind: 'contenteditable',
    frame: childFrame,
    selector: '#note',
    text: async (page) => (await childFrame(page)).evaluate(() => (document.querySelector('#note') as HTMLElement).innerText.replace(/\n$/, '')),
  },
  {
    name: 'textarea in a same-origin iframe',
    path: '/iframe.html',
    kind: 'textarea',
    frame: childFrame,
    selector: '#note2',
    text: async (page) => (await childFrame(page)).inputValue('#note2'),
  },
  {
    name: 'contenteditable in an open shadow root',
    path: '/shadow.html',
    kind: 'contenteditable',
    frame: mainFrame,
    selector: 'ehr-note #note',
    text: (page) => page.evaluate(() => (document.querySelector('ehr-note')!.shadowRoot!.querySelector('#note') as HTMLElement).innerText.replace(/\n$/, '')),
  },
  {
    name: 'textarea in an open shadow root',
    path: '/shadow.html',
    kind: 'textarea',
    frame: mainFrame,
    selector: 'ehr-note #note2',
    text: (page) => page.locator('ehr-note #note2').inputValue(),
  },
  {
    name: 'TinyMCE',
    path: '/tinymce.html',
    kind: 'tinymce',
    ready: waitEditorReady,
    frame: childFrame,
    selector: 'body#tinymce',
    text: editorApiText,
  },
  { name: 'CKEditor 5', path: '/ckeditor.html', kind: 'ckeditor5', ready: waitEditorReady, frame: mainFrame, selector: '.ck-editor__editable', text: editorApiText },
  { name: 'Quill', path: '/quill.html', kind: 'quill', ready: waitEditorReady, frame: mainFrame, selector: '.ql-editor', text: editorApiText },
  { name: 'ProseMirror', path: '/prosemirror.html', kind: 'prosemirror', ready: waitEditorReady, frame: mainFrame, selector: '.ProseMirror', text: editorApiText },
  { name: 'Lexical', path: '/lexical.html', kind: 'lexical', ready: waitEditorReady, frame: mainFrame, selector: '[data-lexical-editor]', text: editorApiText },
];

/** Types lines with Enter between them, pausing so that debounced lints run mid-session. */
export async function typeLines(page: Page, lines: string[], pauseMs = 0): Promise<number> {
  let keystrokes = 0;
  for (const [index, line] of lines.entries()) {
    if (index > 0) {
      await page.keyboard.press('Enter');
      keystrokes++;
    }
    await page.keyboard.type(line);
    keystrokes += line.length;
    if (pauseMs > 0) await page.waitForTimeout(pauseMs);
  }
  return keystrokes;
}
