/**
 * One mark per span: the diagnostics of a note arrive one by one, and several often cover the same
 * words ("Patient feels weak." coded as muscle weakness carries an error and four warnings). The page paints
 * each distinct span once, in its most severe colour, and its card lists every diagnostic there.
 * What the page shows is the user's choice (`pageDisplay`); a span is shown when its most severe
 * diagnostic is, and then its card has everything about it.
 */
import type { EvidenceSpec, HighlightSpec } from '../messaging/protocol.ts';
import { isShownInPage, type PageDisplay } from '../settings/display.ts';
import { SEVERITIES } from './highlight-styles.ts';

export interface Mark {
  start: number;
  end: number;
  /** The most severe diagnostic's severity: the mark's colour. */
  severity: HighlightSpec['severity'];
  /** Every diagnostic on exactly this span, most severe first. */
  specs: HighlightSpec[];
}

const bySeverity = (a: HighlightSpec, b: HighlightSpec) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity);

/** The marks the page paints for these diagnostics, in text order. Empty spans are not painted. */
export function marksFor(specs: readonly HighlightSpec[], display: PageDisplay): Mark[] {
  const bySpan = new Map<string, HighlightSpec[]>();
  for (const spec of specs) {
    if (spec.end <= spec.start) continue;
    const key = `${spec.start}:${spec.end}`;
    const group = bySpan.get(key);
    if (group) group.push(spec);
    else bySpan.set(key, [spec]);
  }
  const marks: Mark[] = [];
  for (const group of bySpan.values()) {
    group.sort(bySeverity);
    const severity = group[0]!.severity;
    if (isShownInPage(severity, display)) marks.push({ start: group[0]!.start, end: group[0]!.end, severity, specs: group });
  }
  return marks.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The diagnostics of the shown marks: what the textarea mirror segments and the card lists. */
export function shownSpecs(marks: readonly Mark[]): HighlightSpec[] {
  return marks.flatMap((mark) => mark.specs);
}

/** What is under the pointer or the caret: diagnostics of the marks there and recognised findings. */
export interface Hit {
  specs: HighlightSpec[];
  evidence: EvidenceSpec[];
}

export const NO_HIT: Hit = { specs: [], evidence: [] };

export function isEmptyHit(hit: Hit): boolean {
  return hit.specs.length === 0 && hit.evidence.length === 0;
}

/** The hover card's groups: one per code (the code's own first, in the order met), most severe first within. */
export function groupByCode(specs: readonly HighlightSpec[]): Array<{ code: string | null; specs: HighlightSpec[] }> {
  const unique = [...new Map(specs.map((s) => [`${s.ruleId}|${s.code}|${s.start}|${s.end}|${s.message}`, s])).values()];
  const groups = new Map<string | null, HighlightSpec[]>();
  for (const spec of [...unique].sort(bySeverity)) {
    const group = groups.get(spec.code);
    if (group) group.push(spec);
    else groups.set(spec.code, [spec]);
  }
  return [...groups].map(([code, list]) => ({ code, specs: list }));
}
