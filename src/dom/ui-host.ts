/**
 * The extension's own UI in a page: one host element appended to <html> with a closed shadow root,
 * holding textarea mirrors and the hover card. It is never inside an editor's content and is built
 * with text nodes only (never innerHTML). Only the card takes pointer events, so its rule links
 * can be clicked; the mirrors let every click through to the page.
 */
import type { EvidenceSpec, HighlightSpec } from '../messaging/protocol.ts';
import { mirrorMarkCss } from './highlight-styles.ts';
import { groupByCode, type Hit } from './marks.ts';

const HOST_TAG = 'note-lint-ui';
export const CARD_WIDTH_PX = 380;

const UI_CSS = `
:host { all: initial; position: absolute; top: 0; left: 0; width: 0; height: 0; z-index: 2147483646; pointer-events: none; }
.mirror { position: absolute; overflow: hidden; color: transparent; white-space: pre-wrap; overflow-wrap: break-word; pointer-events: none; box-sizing: content-box; margin: 0; border: 0; background: transparent; }
.mirror-content { position: relative; }
.card { position: fixed; box-sizing: border-box; max-width: ${CARD_WIDTH_PX}px; max-height: 60vh; overflow: auto; padding: 8px 10px; border-radius: 6px;
  font: 13px/1.4 system-ui, sans-serif; background: #fff; color: #1f1f1f; border: 1px solid #c7c7c7; box-shadow: 0 4px 14px rgba(0,0,0,.18);
  pointer-events: auto; white-space: normal; }
.card[hidden] { display: none; }
.card:focus { outline: 2px solid #1a73e8; outline-offset: 1px; }
.card h3 { margin: 6px 0 2px; font-size: 12px; font-weight: 600; font-family: ui-monospace, monospace; color: #3c4043; }
.card h3:first-child { margin-top: 0; }
.card ul { margin: 0; padding: 0; list-style: none; }
.card li { margin: 0 0 6px; }
.card .fix { display: block; color: #3c4043; }
.card .rule-link { all: unset; cursor: pointer; color: #1a5fb4; font-size: 12px; text-decoration: underline; }
.card .rule-link:focus-visible { outline: 2px solid #1a73e8; }
.card .found { margin: 4px 0 0; color: #2e7d32; }
.card .keys { margin: 6px 0 0; font-size: 11px; color: #5f6368; }
.card .severity-error { color: #b3261e; font-weight: 600; }
.card .severity-warning { color: #9a5b00; font-weight: 600; }
.card .severity-info { color: #1a5fb4; font-weight: 600; }
@media (prefers-color-scheme: dark) {
  .card { background: #2b2b2b; color: #eee; border-color: #555; }
  .card h3, .card .fix, .card .keys { color: #ccc; }
  .card .rule-link, .card .severity-info { color: #8ab4f8; }
  .card .severity-error { color: #f28b82; }
  .card .severity-warning { color: #fdd663; }
  .card .found { color: #81c995; }
}
${mirrorMarkCss()}
`;

const SEVERITY_WORD: Record<HighlightSpec['severity'], string> = { error: 'Error', warning: 'Warning', info: 'Note' };

export interface CardOptions {
  /** Opened from the keyboard: the card takes focus, and Escape gives it back. */
  focus: boolean;
  /** Called when the card closes from the keyboard (Escape), to give focus back to the field. */
  onClose?: () => void;
}

/** Opens a rule's page (the background opens the extension's own page in a new tab). */
export type OpenRule = (ruleId: string) => void;

export interface UiHost {
  root: ShadowRoot;
  /** Shows the card for what is under the pointer or the caret; text only. */
  showCard(x: number, y: number, hit: Hit, options?: CardOptions): void;
  hideCard(): void;
  readonly cardShown: boolean;
  /** True when a viewport point is over the card (the pointer moved onto it to follow a link). */
  cardContains(x: number, y: number): boolean;
}

const hosts = new WeakMap<Document, UiHost>();

function text(doc: Document, tag: string, className: string, content: string): HTMLElement {
  const element = doc.createElement(tag);
  if (className) element.className = className;
  element.textContent = content;
  return element;
}

function diagnosticItem(doc: Document, spec: HighlightSpec, openRule: OpenRule): HTMLElement {
  const item = doc.createElement('li');
  item.append(text(doc, 'span', `severity-${spec.severity}`, `${SEVERITY_WORD[spec.severity]}: `), doc.createTextNode(spec.message));
  if (spec.fix) item.append(text(doc, 'span', 'fix', `Fix: ${spec.fix}`));
  // A button, not a link: the page is the extension's own, which the page's origin cannot load.
  const link = text(doc, 'button', 'rule-link', `Rule page: ${spec.ruleId}`) as HTMLButtonElement;
  link.type = 'button';
  link.addEventListener('click', (event) => {
    if (event.isTrusted) openRule(spec.ruleId);
  });
  item.append(link);
  return item;
}

function evidenceLine(doc: Document, evidence: readonly EvidenceSpec[]): HTMLElement {
  const labels = [...new Set(evidence.map((e) => e.label))];
  return text(doc, 'p', 'found', `Recognised: ${labels.join(', ')}`);
}

let openRule: OpenRule = () => undefined;

/** Sets what "Rule page" in a card does (the content script asks the background). */
export function setRuleOpener(open: OpenRule): void {
  openRule = open;
}

export function uiHostFor(doc: Document): UiHost {
  const existing = hosts.get(doc);
  if (existing && existing.root.host.isConnected) return existing;
  const hostElement = doc.createElement(HOST_TAG);
  const root = hostElement.attachShadow({ mode: 'closed' });
  // A constructed sheet, not a <style> element: a page's CSP cannot block it.
  const sheet = new (doc.defaultView ?? window).CSSStyleSheet();
  sheet.replaceSync(UI_CSS);
  root.adoptedStyleSheets = [sheet];
  const card = doc.createElement('div');
  card.className = 'card';
  card.hidden = true;
  card.tabIndex = -1;
  card.setAttribute('role', 'dialog');
  card.setAttribute('aria-label', 'note-lint');
  root.append(card);
  doc.documentElement.append(hostElement);
  let onClose: (() => void) | undefined;

  card.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    host.hideCard();
    const close = onClose;
    onClose = undefined;
    close?.();
  });

  const host: UiHost = {
    root,
    showCard(x, y, hit, options = { focus: false }) {
      const parts: HTMLElement[] = [];
      for (const group of groupByCode(hit.specs)) {
        parts.push(text(doc, 'h3', '', group.code ?? 'The note'));
        const list = doc.createElement('ul');
        list.append(...group.specs.map((spec) => diagnosticItem(doc, spec, openRule)));
        parts.push(list);
      }
      if (hit.evidence.length > 0) parts.push(evidenceLine(doc, hit.evidence));
      if (options.focus) parts.push(text(doc, 'p', 'keys', 'Tab: links · Esc: close'));
      const count = hit.specs.length;
      card.setAttribute('aria-label', count > 0 ? `note-lint: ${count} ${count === 1 ? 'problem' : 'problems'} here` : 'note-lint: recognised here');
      card.replaceChildren(...parts);
      card.hidden = false;
      const view = doc.defaultView;
      const maxX = (view?.innerWidth ?? 800) - CARD_WIDTH_PX - 10;
      card.style.left = `${Math.max(4, Math.min(x + 12, maxX))}px`;
      card.style.top = `${y + 16}px`;
      onClose = options.onClose;
      if (options.focus) card.focus({ preventScroll: true });
    },
    hideCard() {
      card.hidden = true;
    },
    get cardShown() {
      return !card.hidden;
    },
    cardContains(x, y) {
      if (card.hidden) return false;
      const r = card.getBoundingClientRect();
      return x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
    },
  };
  hosts.set(doc, host);
  return host;
}
