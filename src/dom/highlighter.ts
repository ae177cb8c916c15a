/**
 * Paints contenteditable and read-only diagnostics with the CSS Custom Highlight API: the page's
 * DOM is not touched; ranges are registered in the document's `CSS.highlights` under the public
 * names. One painter per document; each field contributes its ranges.
 */
import type { EvidenceSpec } from '../messaging/protocol.ts';
import { EVIDENCE_HIGHLIGHT, FLASH_HIGHLIGHT, HIGHLIGHT_NAMES, SEVERITIES, highlightCss } from './highlight-styles.ts';
import type { Mark } from './marks.ts';

/** One painted mark: a distinct span in its most severe colour. */
export interface PaintedRange {
  range: Range;
  mark: Mark;
}

/** One painted finding of the evidence view. */
export interface PaintedEvidence {
  range: Range;
  evidence: EvidenceSpec;
}

type HighlightWindow = Window & typeof globalThis;

const painters = new WeakMap<Document, Highlighter>();
const sheets = new WeakMap<Document | ShadowRoot, CSSStyleSheet>();

/**
 * The `::highlight()` rules must live in the tree that holds the text (a document or a shadow
 * root): added as a constructed stylesheet, so no element is added to the page and a page CSP
 * cannot block it. Re-added if the page replaced its adopted sheets.
 */
export function ensureHighlightStyles(root: Document | ShadowRoot): void {
  let sheet = sheets.get(root);
  if (sheet && root.adoptedStyleSheets.includes(sheet)) return;
  const doc = root.nodeType === Node.DOCUMENT_NODE ? (root as Document) : (root as ShadowRoot).ownerDocument;
  const view = doc.defaultView as HighlightWindow | null;
  if (!view) return;
  if (!sheet) {
    sheet = new view.CSSStyleSheet();
    sheet.replaceSync(highlightCss());
    sheets.set(root, sheet);
  }
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

export class Highlighter {
  readonly #fields = new Map<string, PaintedRange[]>();
  readonly #evidence = new Map<string, PaintedEvidence[]>();
  #flashTimer: ReturnType<typeof setTimeout> | undefined;

  private constructor(private readonly view: HighlightWindow) {}

  /** The painter of `doc`, or null when the browser has no CSS Custom Highlight API there. */
  static for(doc: Document): Highlighter | null {
    const view = doc.defaultView as HighlightWindow | null;
    if (!view || !('highlights' in view.CSS) || typeof view.Highlight !== 'function') return null;
    let painter = painters.get(doc);
    if (!painter) {
      painter = new Highlighter(view);
      painters.set(doc, painter);
    }
    return painter;
  }

  set(fieldId: string, ranges: PaintedRange[]): void {
    if (ranges.length === 0) this.#fields.delete(fieldId);
    else this.#fields.set(fieldId, ranges);
    this.#repaint();
  }

  ranges(fieldId: string): readonly PaintedRange[] {
    return this.#fields.get(fieldId) ?? [];
  }

  setEvidence(fieldId: string, ranges: PaintedEvidence[]): void {
    if (ranges.length === 0 && !this.#evidence.has(fieldId)) return;
    if (ranges.length === 0) this.#evidence.delete(fieldId);
    else this.#evidence.set(fieldId, ranges);
    const all = [...this.#evidence.values()].flat().map((painted) => painted.range);
    if (all.length === 0) {
      this.view.CSS.highlights.delete(EVIDENCE_HIGHLIGHT);
      return;
    }
    const highlight = new this.view.Highlight(...all);
    highlight.priority = 0; // under every problem mark
    this.view.CSS.highlights.set(EVIDENCE_HIGHLIGHT, highlight);
  }

  evidence(fieldId: string): readonly PaintedEvidence[] {
    return this.#evidence.get(fieldId) ?? [];
  }

  /** All painted ranges with their specs, for hover hit-testing. */
  all(): PaintedRange[] {
    return [...this.#fields.values()].flat();
  }

  flash(range: Range, ms = 1600): void {
    this.view.CSS.highlights.set(FLASH_HIGHLIGHT, new this.view.Highlight(range));
    clearTimeout(this.#flashTimer);
    this.#flashTimer = setTimeout(() => this.view.CSS.highlights.delete(FLASH_HIGHLIGHT), ms);
  }

  #repaint(): void {
    for (const severity of SEVERITIES) {
      const ranges = this.all()
        .filter((painted) => painted.mark.severity === severity)
        .map((painted) => painted.range);
      const name = HIGHLIGHT_NAMES[severity];
      if (ranges.length === 0) {
        this.view.CSS.highlights.delete(name);
        continue;
      }
      const highlight = new this.view.Highlight(...ranges);
      // Where marks of different spans overlap, the most severe one is painted on top.
      highlight.priority = 1 + SEVERITIES.length - SEVERITIES.indexOf(severity);
      this.view.CSS.highlights.set(name, highlight);
    }
  }
}
