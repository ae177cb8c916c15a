/**
 * Reading what note-lint painted, from outside: CSS highlights through the page's own
 * `CSS.highlights`, and the textarea mirror inside the extension's closed shadow root through the
 * DevTools protocol (which, unlike page scripts, can see closed shadow roots).
 */
import type { Frame, Page } from 'playwright-core';
import type { Severity } from '../../../src/engine/types.ts';

export interface Mark {
  severity: Severity;
  text: string;
}

/** Text of every range registered under `note-lint-<severity>` in the frame's document. */
export async function highlightMarks(frame: Frame): Promise<Mark[]> {
  return frame.evaluate(() => {
    const marks: Array<{ severity: string; text: string }> = [];
    for (const severity of ['error', 'warning', 'info']) {
      const highlight = CSS.highlights.get(`note-lint-${severity}`);
      for (const range of highlight ?? []) marks.push({ severity, text: (range as Range).toString() });
    }
    return marks;
  }) as Promise<Mark[]>;
}

export async function highlightNames(frame: Frame): Promise<string[]> {
  return frame.evaluate(() => [...CSS.highlights.keys()]);
}

interface CdpNode {
  nodeName: string;
  nodeValue?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  contentDocument?: CdpNode;
}

function attr(node: CdpNode, name: string): string | undefined {
  const attributes = node.attributes ?? [];
  const index = attributes.indexOf(name);
  return index >= 0 && index % 2 === 0 ? attributes[index + 1] : undefined;
}

function textOf(node: CdpNode): string {
  if (node.nodeName === '#text') return node.nodeValue ?? '';
  return (node.children ?? []).map(textOf).join('');
}

/** Marks in the textarea mirrors of every note-lint UI host on the page (iframes included). */
export async function mirrorMarks(page: Page): Promise<Mark[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const marks: Mark[] = [];
    const visit = (node: CdpNode, inUi: boolean) => {
      const cls = attr(node, 'class') ?? '';
      // The group is read: a non-capturing group here would find no mark at all.
      const severity = /(?:^| )mark-(?<severity>error|warning|info)(?: |$)/.exec(cls)?.groups?.severity;
      if (inUi && severity) marks.push({ severity: severity as Severity, text: textOf(node) });
      const nowInUi = inUi || node.nodeName === 'NOTE-LINT-UI';
      for (const child of node.children ?? []) visit(child, nowInUi);
      for (const shadow of node.shadowRoots ?? []) visit(shadow, nowInUi);
      if (node.contentDocument) visit(node.contentDocument, false);
    };
    visit(root, false);
    return marks;
  } finally {
    await cdp.detach();
  }
}

/** Text of the elements with class `className` inside note-lint's closed shadow UI (all hosts). */
export async function closedShadowText(page: Page, className: string): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const texts: string[] = [];
    const visit = (node: CdpNode, inUi: boolean) => {
      const classes = (attr(node, 'class') ?? '').split(' ');
      const hidden = attr(node, 'hidden') !== undefined;
      if (inUi && classes.includes(className) && !hidden) texts.push(textOf(node));
      const nowInUi = inUi || node.nodeName === 'NOTE-LINT-UI';
      for (const child of node.children ?? []) visit(child, nowInUi);
      for (const shadow of node.shadowRoots ?? []) visit(shadow, nowInUi);
      if (node.contentDocument) visit(node.contentDocument, false);
    };
    visit(root, false);
    return texts.join('');
  } finally {
    await cdp.detach();
  }
}

/** Viewport boxes of the textarea mirror's marks (inside note-lint's closed shadow UI). */
export async function mirrorMarkBoxes(page: Page): Promise<Array<{ text: string; x: number; y: number; width: number; height: number }>> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode & { backendNodeId: number } };
    const marks: Array<CdpNode & { backendNodeId: number }> = [];
    const visit = (node: CdpNode & { backendNodeId: number }, inUi: boolean) => {
      if (inUi && /(?:^| )mark-(?:error|warning|info)(?: |$)/.test(attr(node, 'class') ?? '')) marks.push(node);
      const nowInUi = inUi || node.nodeName === 'NOTE-LINT-UI';
      for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) visit(child as typeof node, nowInUi);
    };
    visit(root, false);
    const boxes = [];
    for (const mark of marks) {
      const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: mark.backendNodeId })) as { model: { content: number[] } };
      const [x1, y1, x2, , , y3] = model.content as [number, number, number, number, number, number];
      boxes.push({ text: textOf(mark), x: x1, y: y1, width: x2 - x1, height: y3 - y1 });
    }
    return boxes;
  } finally {
    await cdp.detach();
  }
}

