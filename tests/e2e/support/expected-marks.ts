/**
 * What the page should paint for a result, worked out independently of the content script: each
 * distinct non-empty span once, in its most severe diagnostic's colour, when the page shows that
 * colour (by default errors and warnings; infos stay in the popup).
 */
import type { Diagnostic, Severity } from '../../../src/engine/types.ts';
import type { Mark } from './inspect.ts';

const ORDER: Severity[] = ['error', 'warning', 'info'];
export const DEFAULT_SHOWN: readonly Severity[] = ['error', 'warning'];

export function expectedMarks(text: string, diagnostics: readonly Diagnostic[], shown: readonly Severity[] = DEFAULT_SHOWN): Mark[] {
  const top = new Map<string, Diagnostic>();
  for (const d of diagnostics) {
    if (d.end <= d.start) continue;
    const key = `${d.start}:${d.end}`;
    const known = top.get(key);
    if (!known || ORDER.indexOf(d.severity) < ORDER.indexOf(known.severity)) top.set(key, d);
  }
  return [...top.values()]
    .filter((d) => shown.includes(d.severity))
    .map((d) => ({ severity: d.severity, text: text.slice(d.start, d.end) }))
    .sort(byText);
}

export function byText(a: Mark, b: Mark): number {
  return a.severity.localeCompare(b.severity) || a.text.localeCompare(b.text);
}
