/**
 * One note field on the page: reads its text, keeps its diagnostics, paints them (CSS highlights
 * for editable and read-only text, a mirror for textareas) and sets its `data-note-lint` counts.
 * It never writes to the field's value, content, caret or selection.
 */
import type { EvidenceSpec, FieldKind, HighlightSpec, LintResultMessage } from '../messaging/protocol.ts';
import { DEFAULT_PAGE_DISPLAY, type PageDisplay } from '../settings/display.ts';
import { Highlighter, ensureHighlightStyles, type PaintedEvidence, type PaintedRange } from './highlighter.ts';
import { marksFor, shownSpecs, type Hit } from './marks.ts';
import { countSeverities, countsAttribute, shiftSpans } from './spans.ts';
import { buildTextMap, type TextMap } from './text-map.ts';
import { TextareaMirror } from './textarea-mirror.ts';
import { uiHostFor } from './ui-host.ts';

export const COUNTS_ATTRIBUTE = 'data-note-lint';

/** What the page shows: the user's `pageDisplay` and evidence view settings. */
export interface Display {
  pageDisplay: PageDisplay;
  evidenceView: boolean;
}

export const DEFAULT_DISPLAY: Display = { pageDisplay: DEFAULT_PAGE_DISPLAY, evidenceView: false };

const within = (x: number, y: number, r: DOMRect) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;

export class NoteField {
  /** Bumped whenever text is sent; a result for an older revision is stale. */
  revision = 0;
  /** The field's name on the page ("Progress note"), "" when it has none. */
  label = '';
  /** Its place among the frame's fields in page order. */
  order = 0;
  /** The text the current `spans` refer to. */
  #spansText = '';
  #spans: HighlightSpec[] = [];
  #evidence: EvidenceSpec[] = [];
  /** Text sent with the current revision. */
  #sentText: string | null = null;
  #mirror: TextareaMirror | null = null;
  #display: Display = DEFAULT_DISPLAY;

  constructor(
    readonly id: string,
    readonly kind: FieldKind,
    readonly element: HTMLElement,
    /** For a linted selection: the part of `element` that is the note. */
    private readonly within?: Range,
  ) {}

  get isTextarea(): boolean {
    return this.element instanceof this.view.HTMLTextAreaElement;
  }

  get doc(): Document {
    return this.element.ownerDocument;
  }

  get view(): Window & typeof globalThis {
    return this.doc.defaultView as Window & typeof globalThis;
  }

  /** Gone from the page: removed, or its iframe was removed or navigated. */
  get isGone(): boolean {
    return !this.element.isConnected || this.doc.defaultView === null;
  }

  get spans(): readonly HighlightSpec[] {
    return this.#spans;
  }

  readText(): string {
    return this.isTextarea ? (this.element as HTMLTextAreaElement).value : this.#textMap().text;
  }

  /** The next revision and its text, or null when the text is what was last sent. */
  nextRequest(force = false): { revision: number; text: string } | null {
    const text = this.readText();
    if (!force && text === this.#sentText) return null;
    this.#sentText = text;
    this.revision++;
    return { revision: this.revision, text };
  }

  /** Applies a lint result; returns false when it is stale (the text changed since) and a new lint is due. */
  applyResult(message: LintResultMessage): boolean {
    if (message.revision !== this.revision || this.#sentText === null) return message.revision < this.revision;
    this.#spansText = this.#sentText;
    this.#spans = message.diagnostics;
    this.#evidence = message.findings ?? [];
    return this.paint();
  }

  /** What the page shows changed (settings): repaint with the same result. */
  setDisplay(display: Display): void {
    if (display.pageDisplay === this.#display.pageDisplay && display.evidenceView === this.#display.evidenceView) return;
    this.#display = display;
    if (this.#spansText !== '' || this.#spans.length > 0) this.paint();
  }

  /** Keeps textarea marks on their text while the user types (content ranges move by themselves). */
  followEdit(): void {
    if (!this.isTextarea || (this.#spans.length === 0 && this.#evidence.length === 0)) return;
    const text = this.readText();
    this.#spans = shiftSpans(this.#spans, this.#spansText, text);
    this.#evidence = shiftSpans(this.#evidence, this.#spansText, text);
    this.#spansText = text;
    this.#mirror?.update(text, this.#shownSpecs(), this.#shownEvidence());
  }

  /** Paints the current spans; returns false when the field's text no longer matches them. */
  paint(): boolean {
    const text = this.readText();
    if (this.isTextarea) {
      this.#spans = shiftSpans(this.#spans, this.#spansText, text);
      this.#evidence = shiftSpans(this.#evidence, this.#spansText, text);
      this.#spansText = text;
      this.#mirror ??= new TextareaMirror(this.element as HTMLTextAreaElement, uiHostFor(this.doc));
      this.#mirror.render(text, this.#shownSpecs(), this.#shownEvidence());
    } else {
      if (text !== this.#spansText) return false;
      const map = this.#textMap();
      const painter = Highlighter.for(this.doc);
      const root = this.element.getRootNode();
      ensureHighlightStyles(root instanceof this.view.ShadowRoot ? root : this.doc);
      const ranges: PaintedRange[] = [];
      for (const mark of marksFor(this.#spans, this.#display.pageDisplay)) {
        const range = map.toRange(mark.start, mark.end);
        if (range && !range.collapsed) ranges.push({ range, mark });
      }
      const evidence: PaintedEvidence[] = [];
      for (const item of this.#shownEvidence()) {
        const range = map.toRange(item.start, item.end);
        if (range && !range.collapsed) evidence.push({ range, evidence: item });
      }
      painter?.set(this.id, ranges);
      painter?.setEvidence(this.id, evidence);
    }
    this.element.setAttribute(COUNTS_ATTRIBUTE, countsAttribute(countSeverities(this.#spans)));
    return true;
  }

  /** Follows scroll, resize and reflow (CSS highlights follow by themselves). */
  reposition(): void {
    this.#mirror?.position(false);
  }

  /** The marks and findings under a viewport point of this field's document. */
  hitTest(x: number, y: number): Hit {
    if (this.#mirror) return this.#mirror.hitTest(x, y);
    const painter = Highlighter.for(this.doc);
    const specs: HighlightSpec[] = [];
    for (const { range, mark } of painter?.ranges(this.id) ?? []) {
      if ([...range.getClientRects()].some((r) => within(x, y, r))) specs.push(...mark.specs);
    }
    const evidence: EvidenceSpec[] = [];
    for (const painted of painter?.evidence(this.id) ?? []) {
      if ([...painted.range.getClientRects()].some((r) => within(x, y, r))) evidence.push(painted.evidence);
    }
    return { specs, evidence };
  }

  /**
   * The marks and findings at the caret, and where to show their card; null when the caret is not
   * in this field or not on a mark. Reads the selection, never changes it.
   */
  hitAtCaret(): { hit: Hit; rect: DOMRect } | null {
    const offset = this.#caretOffset();
    if (offset === null) return null;
    const specs = shownSpecs(marksFor(this.#spans, this.#display.pageDisplay)).filter((s) => s.start <= offset && offset <= s.end);
    const evidence = this.#shownEvidence().filter((f) => f.start <= offset && offset <= f.end);
    if (specs.length === 0 && evidence.length === 0) return null;
    const first = specs[0] ?? evidence[0]!;
    const rect = this.#mirror ? this.#mirror.rectAt(first.start) : (this.#textMap().toRange(first.start, first.end)?.getBoundingClientRect() ?? null);
    return { hit: { specs, evidence }, rect: rect ?? this.element.getBoundingClientRect() };
  }

  /** Scrolls to start..end and flashes it; the caret and selection stay where they are. */
  reveal(start: number, end: number): void {
    if (this.#mirror) {
      this.element.scrollIntoView({ block: 'nearest' });
      this.#mirror.flash(start, end);
      return;
    }
    const range = this.#textMap().toRange(start, end);
    if (!range) return;
    const target = range.startContainer.nodeType === Node.ELEMENT_NODE ? (range.startContainer as Element) : range.startContainer.parentElement;
    target?.scrollIntoView({ block: 'center' });
    Highlighter.for(this.doc)?.flash(range);
  }

  dispose(): void {
    this.#mirror?.destroy();
    this.#mirror = null;
    if (this.doc.defaultView) {
      Highlighter.for(this.doc)?.set(this.id, []);
      Highlighter.for(this.doc)?.setEvidence(this.id, []);
    }
    if (this.element.isConnected) this.element.removeAttribute(COUNTS_ATTRIBUTE);
  }

  #shownSpecs(): HighlightSpec[] {
    return shownSpecs(marksFor(this.#spans, this.#display.pageDisplay));
  }

  #shownEvidence(): EvidenceSpec[] {
    return this.#display.evidenceView ? this.#evidence : [];
  }

  /** The caret's offset in the field's text, or null when the caret is elsewhere. */
  #caretOffset(): number | null {
    if (this.isTextarea) {
      const textarea = this.element as HTMLTextAreaElement;
      return this.doc.activeElement === textarea || (this.element.getRootNode() as ShadowRoot).activeElement === textarea ? textarea.selectionStart : null;
    }
    const selection = this.doc.getSelection();
    if (!selection || selection.rangeCount === 0) return null;
    const caret = selection.getRangeAt(0);
    if (!this.element.contains(caret.startContainer)) return null;
    const before = this.doc.createRange();
    before.selectNodeContents(this.element);
    before.setEnd(caret.startContainer, caret.startOffset);
    return buildTextMap(this.element, before).text.length;
  }

  #textMap(): TextMap {
    return buildTextMap(this.element, this.within);
  }
}

