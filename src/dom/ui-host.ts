/**
 * The extension's own UI in a page: one host element appended to <html> with a closed shadow root,
 * holding textarea mirrors and the hover card. It is never inside an editor's content, takes no
 * pointer events, and is built with text nodes only (never innerHTML).
 */
import { mirrorMarkCss } from './highlight-styles.ts';

const HOST_TAG = 'note-lint-ui';

const UI_CSS = `
:host { all: initial; position: absolute; top: 0; left: 0; width: 0; height: 0; z-index: 2147483646; pointer-events: none; }
.mirror { position: absolute; overflow: hidden; color: transparent; white-space: pre-wrap; overflow-wrap: break-word; pointer-events: none; box-sizing: content-box; margin: 0; border: 0; background: transparent; }
.mirror-content { position: relative; }
.card { position: fixed; max-width: 360px; padding: 8px 10px; border-radius: 6px; font: 13px/1.4 system-ui, sans-serif;
  background: #fff; color: #1f1f1f; border: 1px solid #c7c7c7; box-shadow: 0 4px 14px rgba(0,0,0,.18); pointer-events: none; white-space: normal; }
.card[hidden] { display: none; }
.card .rule { display: block; margin-top: 4px; font-size: 12px; color: #5f6368; font-family: ui-monospace, monospace; }
.card .severity-error { color: #b3261e; font-weight: 600; }
.card .severity-warning { color: #9a5b00; font-weight: 600; }
.card .severity-info { color: #1a5fb4; font-weight: 600; }
@media (prefers-color-scheme: dark) {
  .card { background: #2b2b2b; color: #eee; border-color: #555; }
  .card .rule { color: #bbb; }
}
${mirrorMarkCss()}
`;

export interface UiHost {
  root: ShadowRoot;
  /** The hover card; text only. */
  showCard(x: number, y: number, severity: string, message: string, ruleId: string): void;
  hideCard(): void;
}

const hosts = new WeakMap<Document, UiHost>();

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
  card.setAttribute('role', 'tooltip');
  root.append(card);
  doc.documentElement.append(hostElement);

  const host: UiHost = {
    root,
    showCard(x, y, severity, message, ruleId) {
      const label = doc.createElement('span');
      label.className = `severity-${severity}`;
      label.textContent = `${severity}: `;
      const rule = doc.createElement('span');
      rule.className = 'rule';
      rule.textContent = ruleId;
      card.replaceChildren(label, doc.createTextNode(message), rule);
      card.hidden = false;
      const view = doc.defaultView;
      const maxX = (view?.innerWidth ?? 800) - 370;
      card.style.left = `${Math.max(4, Math.min(x + 12, maxX))}px`;
      card.style.top = `${y + 16}px`;
    },
    hideCard() {
      card.hidden = true;
    },
  };
  hosts.set(doc, host);
  return host;
}
