/** The human-readable eval:cases report: overall, per rule, per category (and pack), suggestions, wrong cases. */
import type { RuleRef } from './case-file.ts';
import type { Counts, EvalSummary, FiredUnit, GroupFigures } from './score.ts';

const num = (v: number | null) => (v === null ? '   -' : v.toFixed(2).padStart(4));
const ref = (r: RuleRef | FiredUnit) => (r.code ? `${r.rule} (${r.code})` : r.rule);

function countsRow(label: string, c: Counts, width: number): string {
  return `  ${label.padEnd(width)} ${String(c.tp).padStart(4)} ${String(c.fp).padStart(4)} ${String(c.fn).padStart(4)}   ${num(c.precision)}  ${num(c.recall)}  ${num(c.f1)}`;
}

function groupTable(title: string, groups: Record<string, GroupFigures>): string[] {
  const names = Object.keys(groups);
  if (names.length === 0) return [];
  const width = Math.max(...names.map((n) => n.length), 8);
  const lines = [title, `  ${''.padEnd(width)} cases right   TP   FP   FN   prec   rec    F1`];
  for (const name of names) {
    const g = groups[name]!;
    lines.push(`  ${name.padEnd(width)} ${String(g.cases).padStart(5)} ${String(g.fullyRight).padStart(5)} ${String(g.tp).padStart(4)} ${String(g.fp).padStart(4)} ${String(g.fn).padStart(4)}   ${num(g.precision)}  ${num(g.recall)}  ${num(g.f1)}`);
  }
  return [...lines, ''];
}

/** verbose: under each wrong case, the reviewer's reasoning and every diagnostic that fired. */
export function humanReport(summary: EvalSummary, verbose = false): string {
  const o = summary.overall;
  const rules = Object.keys(summary.rules);
  const width = Math.max(...rules.map((r) => r.length), 8);
  const s = summary.suggestions;
  const lines = [
    `eval:cases: ${summary.cases} notes`,
    `  micro precision ${num(o.precision)}  recall ${num(o.recall)}  F1 ${num(o.f1)}  (TP ${o.tp}, FP ${o.fp}, FN ${o.fn})`,
    `  notes fully right: ${o.fullyRight}/${o.cases} (${(o.fullyRightShare * 100).toFixed(1)}%)`,
    `  suggestions: ${s.found}/${s.expected} expected codes suggested${s.recall === null ? '' : ` (${(s.recall * 100).toFixed(1)}%)`}; ${s.neverViolations} forbidden suggestions in ${s.casesWithNeverViolation} notes`,
    '',
    'Per rule',
    `  ${''.padEnd(width)}   TP   FP   FN   prec   rec    F1`,
    ...rules.map((r) => countsRow(r, summary.rules[r]!, width)),
    '',
    ...groupTable('Per category', summary.categories),
    ...groupTable('Per pack', summary.packs),
  ];
  if (summary.wrong.length > 0) {
    lines.push(`Wrong cases (${summary.wrong.length})`);
    for (const w of summary.wrong) {
      lines.push(`  ${w.file}`);
      if (w.engineError) lines.push(`    engine error: ${w.engineError}`);
      if (w.missing.length > 0) lines.push(`    missing:    ${w.missing.map(ref).join(', ')}`);
      if (w.unexpected.length > 0) lines.push(`    unexpected: ${w.unexpected.map(ref).join(', ')}`);
      if (w.suggestMissing.length > 0) lines.push(`    not suggested: ${w.suggestMissing.join(', ')}`);
      for (const n of w.neverSuggested) lines.push(`    forbidden suggestion: ${n.codes.join(', ')} (neverSuggest ${n.pattern})`);
      if (!verbose) continue;
      if (w.why) lines.push(`    why: ${w.why}`);
      for (const f of w.fired) {
        lines.push(`    fired ${ref(f)}: ${f.message}${f.suggested.length > 0 ? ` [suggests ${f.suggested.join(', ')}]` : ''}`);
      }
    }
  }
  return `${lines.join('\n')}\n`;
}
