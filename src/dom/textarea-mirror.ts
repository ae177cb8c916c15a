/**
 * Highlights for a <textarea>, whose text cannot carry ranges: a transparent copy of its text laid
 * out with the same box and font, in the extension's shadow UI, exactly over the textarea. Marked
 * runs get the severity's underline. The textarea itself is never touched.
 */
import type { HighlightSpec } from '../messaging/protocol.ts';
import { SEVERITIES } from './highlight-styles.ts';
import type { UiHost } from './ui-host.ts';

const COPIED_STYLES = [
  'fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'fontVariant', 'fontStretch', 'letterSpacing', 'wordSpacing',
  'lineHeight', 'textTransform', 'textIndent', 'tabSize', 'textAlign', 'direction', 'whiteSpace', 'overflowWrap',
  'wordBreak', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft',
] as const;

interface Mark {
  element: HTMLElement;
  specs: HighlightSpec[];
}

/** Non-overlapping runs of text, each with the diagnostics covering it (most severe first). */
export function segmentSpans(
  length: number,
  spans: readonly HighlightSpec[],
  extraCuts: Iterable<number> = [],
): Array<{ start: number; end: number; specs: HighlightSpec[] }> {
  const cuts = new Set([0, length]);
  for (const cut of extraCuts) if (cut > 0 && cut < length) cuts.add(cut);
  for (const span of spans) {
    if (span.end > span.start && span.end <= length) cuts.add(span.start).add(span.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: Array<{ start: number; end: number; specs: HighlightSpec[] }> = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const specs = spans
      .filter((s) => s.start <= start && s.end >= end && s.end > s.start)
      .sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
    runs.push({ start, end, specs });
  }
  return runs;
}

export class TextareaMirror {
  readonly #box: HTMLDivElement;
  #marks: Mark[] = [];
  #text = '';
  #spans: readonly HighlightSpec[] = [];
  #flash: { start: number; end: number } | null = null;
  #flashTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly textarea: HTMLTextAreaElement,
    host: UiHost,
  ) {
    const doc = textarea.ownerDocument;
    this.#box = doc.createElement('div');
    this.#box.className = 'mirror';
    host.root.append(this.#box);
  }

  /** Lays out `text` with `spans` marked; a flash (from "show in note") is marked on top until it ends. */
  render(text: string, spans: readonly HighlightSpec[]): void {
    const doc = this.textarea.ownerDocument;
    this.#text = text;
    this.#spans = spans;
    this.#marks = [];
    const flash = this.#flash;
    const nodes: Node[] = [];
    const cuts = new Set<number>();
    if (flash) cuts.add(flash.start).add(flash.end);
    for (const run of segmentSpans(text.length, spans, cuts)) {
      const chunk = text.slice(run.start, run.end);
      const flashed = flash !== null && run.start >= flash.start && run.end <= flash.end;
      if (run.specs.length === 0 && !flashed) {
        nodes.push(doc.createTextNode(chunk));
        continue;
      }
      const mark = doc.createElement('span');
      mark.className = flashed ? 'mark-flash' : `mark-${run.specs[0]!.severity}`;
      mark.textContent = chunk;
      nodes.push(mark);
      if (run.specs.length > 0) this.#marks.push({ element: mark, specs: run.specs });
    }
    // A trailing newline needs a character after it to take up its line, as in the textarea.
    nodes.push(doc.createTextNode('\u200b'));
    this.#box.replaceChildren(...nodes);
    this.position();
  }

  /** Marks start..end for a moment and scrolls the textarea (never its caret) to it. */
  flash(start: number, end: number, ms = 1600): void {
    this.#flash = { start, end };
    this.render(this.#text, this.#spans);
    const mark = this.#box.querySelector<HTMLElement>('.mark-flash');
    if (mark) {
      this.textarea.scrollTop = Math.max(0, mark.offsetTop - this.textarea.clientHeight / 3);
      this.position();
    }
    clearTimeout(this.#flashTimer);
    this.#flashTimer = setTimeout(() => {
      this.#flash = null;
      this.render(this.#text, this.#spans);
    }, ms);
  }

  /** Follows the textarea's box, font and scroll position. */
  position(): void {
    const rects = this.textarea.getClientRects();
    if (!this.textarea.isConnected || rects.length === 0) {
      this.#box.style.display = 'none';
      return;
    }
    const view = this.textarea.ownerDocument.defaultView!;
    const style = view.getComputedStyle(this.textarea);
    const rect = this.textarea.getBoundingClientRect();
    const box = this.#box.style;
    box.display = this.#marks.length > 0 || this.#flash ? 'block' : 'none';
    for (const name of COPIED_STYLES) box[name] = style[name];
    const padX = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
    const padY = parseFloat(style.paddingTop) + parseFloat(style.paddingBottom);
    box.left = `${rect.left + view.scrollX + this.textarea.clientLeft}px`;
    box.top = `${rect.top + view.scrollY + this.textarea.clientTop}px`;
    box.width = `${Math.max(0, this.textarea.clientWidth - padX)}px`;
    box.height = `${Math.max(0, this.textarea.clientHeight - padY)}px`;
    this.#box.scrollTop = this.textarea.scrollTop;
    this.#box.scrollLeft = this.textarea.scrollLeft;
  }

  /** The diagnostics under a viewport point, most severe first. */
  hitTest(x: number, y: number): HighlightSpec[] {
    for (const mark of this.#marks) {
      for (const r of mark.element.getClientRects()) {
        if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return mark.specs;
      }
    }
    return [];
  }

  destroy(): void {
    clearTimeout(this.#flashTimer);
    this.#box.remove();
  }
}
