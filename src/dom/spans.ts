/**
 * Keeping highlights on the right text while the user types, before the new lint result arrives:
 * spans before the edit stay, spans after it move by the edit's length change, spans touching the
 * edit are dropped (they may no longer cover what the diagnostic was about).
 */
import type { HighlightSpec } from '../messaging/protocol.ts';

/** The changed region between two texts: [start, oldEnd) in `before` became [start, newEnd) in `after`. */
export interface Edit {
  start: number;
  oldEnd: number;
  newEnd: number;
}

export function diffTexts(before: string, after: string): Edit | null {
  if (before === after) return null;
  let start = 0;
  const shorter = Math.min(before.length, after.length);
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let oldEnd = before.length;
  let newEnd = after.length;
  while (oldEnd > start && newEnd > start && before.charCodeAt(oldEnd - 1) === after.charCodeAt(newEnd - 1)) {
    oldEnd--;
    newEnd--;
  }
  return { start, oldEnd, newEnd };
}

export function shiftSpans<T extends { start: number; end: number }>(spans: readonly T[], before: string, after: string): T[] {
  const edit = diffTexts(before, after);
  if (!edit) return [...spans];
  const delta = edit.newEnd - edit.oldEnd;
  const shifted: T[] = [];
  for (const span of spans) {
    if (span.end <= edit.start) shifted.push(span);
    else if (span.start >= edit.oldEnd) shifted.push({ ...span, start: span.start + delta, end: span.end + delta });
  }
  return shifted;
}

export interface SeverityCounts {
  error: number;
  warning: number;
  info: number;
}

export function countSeverities(spans: readonly HighlightSpec[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const span of spans) counts[span.severity]++;
  return counts;
}

/** The `data-note-lint` attribute value: "errors,warnings,infos". */
export function countsAttribute(counts: SeverityCounts): string {
  return `${counts.error},${counts.warning},${counts.info}`;
}
