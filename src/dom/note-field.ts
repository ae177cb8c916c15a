/**
 * One note field on the page: reads its text, keeps its diagnostics, paints them (CSS highlights
 * for editable and read-only text, a mirror for textareas) and sets its `data-note-lint` counts.
 * It never writes to the field's value, content, caret or selection.
 */
import type { FieldKind, HighlightSpec, LintResultMessage } from '../messaging/protocol.ts';
import { Highlighter, ensureHighlightStyles, type PaintedRange } from './highlighter.ts';
import { countSeverities, countsAttribute, shiftSpans } from './spans.ts';
import { buildTextMap, type TextMap } from './text-map.ts';
import { TextareaMirror } from './textarea-mirror.ts';
import { uiHostFor } from './ui-host.ts';

export const COUNTS_ATTRIBUTE = 'data-note-lint';

export class NoteField {
  /** Bumped whenever text is sent; a result for an older revision is stale. */
  revision = 0;
  /** The text the current `spans` refer to. */
  #spansText = '';
  #spans: HighlightSpec[] = [];
  /** Text sent with the current revision. */
  #sentText: string | null = null;
  #mirror: TextareaMirror | null = null;

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
    return this.paint();
  }

  /** Keeps textarea marks on their text while the user types (content ranges move by themselves). */
  followEdit(): void {
    if (!this.isTextarea || this.#spans.length === 0) return;
    const text = this.readText();
    this.#spans = shiftSpans(this.#spans, this.#spansText, text);
    this.#spansText = text;
    this.#mirror?.update(text, this.#spans);
  }

  /** Paints the current spans; returns false when the field's text no longer matches them. */
  paint(): boolean {
    const text = this.readText();
    if (this.isTextarea) {
      this.#spans = shiftSpans(this.#spans, this.#spansText, text);
      this.#spansText = text;
      this.#mirror ??= new TextareaMirror(this.element as HTMLTextAreaElement, uiHostFor(this.doc));
      this.#mirror.render(text, this.#spans);
    } else {
      if (text !== this.#spansText) return false;
      const map = this.#textMap();
      const painter = Highlighter.for(this.doc);
      const root = this.element.getRootNode();
      ensureHighlightStyles(root instanceof this.view.ShadowRoot ? root : this.doc);
      const ranges: PaintedRange[] = [];
      for (const spec of this.#spans) {
        const range = map.toRange(spec.start, spec.end);
        if (range && !range.collapsed) ranges.push({ range, spec });
      }
      painter?.set(this.id, ranges);
    }
    this.element.setAttribute(COUNTS_ATTRIBUTE, countsAttribute(countSeverities(this.#spans)));
    return true;
  }

  /** Follows scroll, resize and reflow (CSS highlights follow by themselves). */
  reposition(): void {
    this.#mirror?.position(false);
  }

  /** The diagnostics under a viewport point of this field's document. */
  hitTest(x: number, y: number): HighlightSpec[] {
    if (this.#mirror) return this.#mirror.hitTest(x, y);
    const hits: HighlightSpec[] = [];
    for (const { range, spec } of Highlighter.for(this.doc)?.ranges(this.id) ?? []) {
      for (const r of range.getClientRects()) {
        if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) hits.push(spec);
      }
    }
    return hits;
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
    if (this.doc.defaultView) Highlighter.for(this.doc)?.set(this.id, []);
    if (this.element.isConnected) this.element.removeAttribute(COUNTS_ATTRIBUTE);
  }

  #textMap(): TextMap {
    return buildTextMap(this.element, this.within);
  }
}
