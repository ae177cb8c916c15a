/**
 * Highlights for a <textarea>, whose text cannot carry ranges: a transparent copy of its text laid
 * out with the same box and font, in the extension's shadow UI, exactly over the textarea. Marked
 * runs get the severity's underline. The textarea itself is never touched.
 */
import type { EvidenceSpec, HighlightSpec } from '../messaging/protocol.ts';
import { SEVERITIES } from './highlight-styles.ts';
import { NO_HIT, type Hit } from './marks.ts';
import { diffTexts } from './spans.ts';
import type { UiHost } from './ui-host.ts';

const COPIED_STYLES = [
  'fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'fontVariant', 'fontStretch', 'letterSpacing', 'wordSpacing',
  'lineHeight', 'textTransform', 'textIndent', 'tabSize', 'textAlign', 'direction', 'whiteSpace', 'overflowWrap',
  'wordBreak', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft',
] as const;

export interface Run {
  start: number;
  end: number;
  /** Diagnostics covering the run, most severe first. */
  specs: HighlightSpec[];
  /** Recognised findings covering the run (evidence view). */
  evidence: EvidenceSpec[];
}

/** Index of `value` in the sorted `points` (it is one of them). */
function indexOf(points: readonly number[], value: number): number {
  let lo = 0;
  let hi = points.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (points[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Non-overlapping runs of text, each with the diagnostics and findings covering it. Each span is
 * added to the runs it covers (found by binary search), so the cost follows what is covered, not
 * runs times spans.
 */
export function segmentSpans(
  length: number,
  spans: readonly HighlightSpec[],
  extraCuts: Iterable<number> = [],
  evidence: readonly EvidenceSpec[] = [],
): Run[] {
  const cuts = new Set([0, length]);
  for (const cut of extraCuts) if (cut > 0 && cut < length) cuts.add(cut);
  const usable = <T extends { start: number; end: number }>(list: readonly T[]) => list.filter((s) => s.end > s.start && s.end <= length);
  const marked = usable(spans);
  const found = usable(evidence);
  for (const span of [...marked, ...found]) cuts.add(span.start).add(span.end);
  const points = [...cuts].sort((a, b) => a - b);
  const runs: Run[] = [];
  for (let i = 0; i + 1 < points.length; i++) runs.push({ start: points[i]!, end: points[i + 1]!, specs: [], evidence: [] });
  for (const span of marked) for (let i = indexOf(points, span.start); i < indexOf(points, span.end); i++) runs[i]!.specs.push(span);
  for (const item of found) for (let i = indexOf(points, item.start); i < indexOf(points, item.end); i++) runs[i]!.evidence.push(item);
  for (const run of runs) if (run.specs.length > 1) run.specs.sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
  return runs;
}

/**
 * The mirror holds one block per line of the text, so an edit re-renders only the lines it touches:
 * typing in a 1 MB note re-lays out one line, not the whole note.
 */
export class TextareaMirror {
  readonly #box: HTMLDivElement;
  /** The diagnostics and findings under each painted mark, for hover. */
  readonly #markHits = new WeakMap<Element, Hit>();
  #lines: HTMLDivElement[] = [];
  /** Offset in `#text` where each line starts. */
  #lineStarts: number[] = [];
  #text = '';
  #spans: readonly HighlightSpec[] = [];
  #evidence: readonly EvidenceSpec[] = [];
  #flash: { start: number; end: number } | null = null;
  #flashTimer: ReturnType<typeof setTimeout> | undefined;
  /** Where the mirror was last placed, to skip work when nothing moved. */
  #placedAt = '';

  constructor(
    private readonly textarea: HTMLTextAreaElement,
    host: UiHost,
  ) {
    const doc = textarea.ownerDocument;
    this.#box = doc.createElement('div');
    this.#box.className = 'mirror';
    host.root.append(this.#box);
  }

  /**
   * Lays out `text` with `spans` marked (and `evidence`, when the evidence view is on); a flash
   * (from "show in note") is marked on top until it ends.
   */
  render(text: string, spans: readonly HighlightSpec[], evidence: readonly EvidenceSpec[] = this.#evidence): void {
    this.#text = text;
    this.#spans = spans;
    this.#evidence = evidence;
    const { lines, starts } = this.#buildLines(text, spans, 0, text.length);
    this.#lines = lines;
    this.#lineStarts = starts;
    this.#box.replaceChildren(...lines);
    this.position();
  }

  /**
   * The textarea's text changed from the mirror's text to `text` and the marks moved to `spans`:
   * re-renders only the lines the edit touched (lines elsewhere keep their marks, which did not move
   * within them).
   */
  update(text: string, spans: readonly HighlightSpec[], evidence: readonly EvidenceSpec[]): void {
    const before = this.#text;
    const edit = diffTexts(before, text);
    this.#evidence = evidence;
    if (!edit || this.#flash || this.#lines.length === 0) {
      this.render(text, spans, evidence);
      return;
    }
    const first = this.#lineAt(edit.start);
    const last = this.#lineAt(edit.oldEnd);
    const from = this.#lineStarts[first]!;
    const oldTo = last + 1 < this.#lineStarts.length ? this.#lineStarts[last + 1]! - 1 : before.length;
    const delta = text.length - before.length;
    const newTo = oldTo + delta;
    const { lines, starts } = this.#buildLines(text, spans, from, newTo);
    for (const line of this.#lines.slice(first + 1, last + 1)) line.remove();
    this.#lines[first]!.replaceWith(...lines);
    this.#lines.splice(first, last - first + 1, ...lines);
    this.#lineStarts.splice(first, last - first + 1, ...starts);
    for (let i = first + lines.length; i < this.#lineStarts.length; i++) this.#lineStarts[i]! += delta;
    this.#text = text;
    this.#spans = spans;
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

  /**
   * Follows the textarea's box, font and scroll position. Called on scroll, resize and a slow
   * timer (for reflow nobody announces); does nothing when nothing moved since the last call.
   */
  position(force = true): void {
    const rects = this.textarea.getClientRects();
    const box = this.#box.style;
    if (!this.textarea.isConnected || rects.length === 0 || (this.#spans.length === 0 && this.#evidence.length === 0 && !this.#flash)) {
      box.display = 'none';
      this.#placedAt = '';
      return;
    }
    const view = this.textarea.ownerDocument.defaultView!;
    const rect = this.textarea.getBoundingClientRect();
    const placement = [rect.left, rect.top, rect.width, rect.height, view.scrollX, view.scrollY, this.textarea.scrollTop, this.textarea.scrollLeft].join();
    if (!force && placement === this.#placedAt) return;
    this.#placedAt = placement;
    const style = view.getComputedStyle(this.textarea);
    box.display = 'block';
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

  /** The diagnostics (most severe first) and findings under a viewport point. */
  hitTest(x: number, y: number): Hit {
    for (const mark of this.#box.querySelectorAll('.mark-error, .mark-warning, .mark-info, .mark-evidence')) {
      for (const r of mark.getClientRects()) {
        if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return this.#markHits.get(mark) ?? NO_HIT;
      }
    }
    return NO_HIT;
  }

  /** The diagnostics and findings at a text offset (the caret), for the keyboard's card. */
  hitAt(offset: number): Hit {
    const specs = this.#spans.filter((s) => s.start <= offset && offset <= s.end && s.end > s.start);
    const evidence = this.#evidence.filter((f) => f.start <= offset && offset <= f.end && f.end > f.start);
    return { specs, evidence };
  }

  /** The viewport rectangle of the text at an offset (the caret), to place the keyboard's card. */
  rectAt(offset: number): DOMRect | null {
    const index = this.#lineAt(offset);
    const line = this.#lines[index];
    if (!line) return null;
    let position = this.#lineStarts[index]!;
    for (const child of line.childNodes) {
      const length = child.textContent?.length ?? 0;
      if (offset <= position + length) {
        const range = this.textarea.ownerDocument.createRange();
        range.selectNodeContents(child);
        return range.getBoundingClientRect();
      }
      position += length;
    }
    return line.getBoundingClientRect();
  }

  destroy(): void {
    clearTimeout(this.#flashTimer);
    this.#box.remove();
  }

  /** Index of the line holding `offset` (binary search over line starts). */
  #lineAt(offset: number): number {
    let lo = 0;
    let hi = this.#lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.#lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Line blocks for text[from, to), where `from` starts a line and `to` ends one. */
  #buildLines(text: string, spans: readonly HighlightSpec[], from: number, to: number): { lines: HTMLDivElement[]; starts: number[] } {
    const doc = this.textarea.ownerDocument;
    const flash = this.#flash;
    const cuts: number[] = [from, to];
    if (flash) cuts.push(flash.start, flash.end);
    const visible = spans.filter((s) => s.end > from && s.start < to);
    const visibleEvidence = this.#evidence.filter((f) => f.end > from && f.start < to);
    const lines: HTMLDivElement[] = [];
    const starts: number[] = [];
    let line: HTMLDivElement | null = null;
    const newLine = (start: number) => {
      line = doc.createElement('div');
      lines.push(line);
      starts.push(start);
    };
    // A line needs a character to take up its height when it is empty, as in the textarea.
    const closeLine = () => {
      if (line && line.childNodes.length === 0) line.append(doc.createTextNode('\u200b'));
    };
    newLine(from);
    for (const run of segmentSpans(text.length, visible, cuts, visibleEvidence)) {
      if (run.end <= from || run.start >= to) continue;
      const flashed = flash !== null && run.start >= flash.start && run.end <= flash.end;
      const chunks = text.slice(run.start, run.end).split('\n');
      let offset = run.start;
      for (const [index, chunk] of chunks.entries()) {
        if (index > 0) {
          closeLine();
          newLine(offset);
        }
        if (chunk !== '') {
          if (run.specs.length === 0 && run.evidence.length === 0 && !flashed) line!.append(doc.createTextNode(chunk));
          else {
            const mark = doc.createElement('span');
            mark.className = flashed ? 'mark-flash' : run.specs.length > 0 ? `mark-${run.specs[0]!.severity}` : 'mark-evidence';
            mark.textContent = chunk;
            this.#markHits.set(mark, { specs: run.specs, evidence: run.evidence });
            line!.append(mark);
          }
        }
        offset += chunk.length + 1;
      }
    }
    closeLine();
    return { lines, starts };
  }
}
