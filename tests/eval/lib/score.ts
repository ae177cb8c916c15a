/**
 * Scoring of eval cases against what the engine fired.
 *
 * A fired unit is one distinct (rule id, code) pair of the diagnostics. Each `expect` entry is a true
 * positive when some fired unit matches it (same rule; same code when the entry pins one), else a
 * false negative. A fired unit that matches no `expect` and no `allow` entry is a false positive;
 * one matched only by `allow` counts neither way. Suggestions: every `suggest` pattern must match a
 * suggested code of some diagnostic; no `neverSuggest` pattern may. A case is fully right when it has
 * no false negative, no false positive and no suggestion error.
 */
import { codeMatches, type EvalCase, type RuleRef } from './case-file.ts';

export interface FiredDiagnostic {
  ruleId: string;
  code: string | null;
  suggestedCodes: readonly { code: string }[];
  message?: string;
}

/** What fired on a note, kept for the verbose report. */
export interface FiredDetail extends FiredUnit {
  message: string;
  suggested: string[];
}

export interface FiredUnit {
  rule: string;
  code: string | null;
}

export interface CaseScore {
  file: string;
  category: string;
  pack?: string;
  truePositives: RuleRef[];
  /** Expected but not fired. */
  missing: RuleRef[];
  /** Fired, neither expected nor allowed. */
  unexpected: FiredUnit[];
  /** Fired and only allowed. */
  allowed: FiredUnit[];
  suggestFound: string[];
  suggestMissing: string[];
  /** neverSuggest patterns with the offending suggested codes. */
  neverSuggested: { pattern: string; codes: string[] }[];
  fullyRight: boolean;
  /** The engine threw on this note: nothing fired, and the case is wrong. */
  engineError?: string;
  why?: string;
  fired: FiredDetail[];
}

const covers = (ref: RuleRef, unit: FiredUnit) => ref.rule === unit.rule && (ref.code === undefined || ref.code === unit.code);

export function firedUnits(diagnostics: readonly FiredDiagnostic[]): FiredUnit[] {
  const seen = new Set<string>();
  const out: FiredUnit[] = [];
  for (const d of diagnostics) {
    const key = `${d.ruleId}\u0000${d.code ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ rule: d.ruleId, code: d.code });
  }
  return out;
}

export function scoreCase(
  c: Pick<EvalCase, 'file' | 'category' | 'pack' | 'expect' | 'allow' | 'suggest' | 'neverSuggest'> & { why?: string },
  diagnostics: readonly FiredDiagnostic[],
  engineError?: string,
): CaseScore {
  const units = firedUnits(diagnostics);
  const truePositives = c.expect.filter((e) => units.some((u) => covers(e, u)));
  const missing = c.expect.filter((e) => !units.some((u) => covers(e, u)));
  const unmatched = units.filter((u) => !c.expect.some((e) => covers(e, u)));
  const allowed = unmatched.filter((u) => c.allow.some((a) => covers(a, u)));
  const unexpected = unmatched.filter((u) => !c.allow.some((a) => covers(a, u)));
  const suggested = [...new Set(diagnostics.flatMap((d) => d.suggestedCodes.map((s) => s.code)))];
  const suggestFound = c.suggest.filter((p) => suggested.some((s) => codeMatches(p, s)));
  const suggestMissing = c.suggest.filter((p) => !suggested.some((s) => codeMatches(p, s)));
  const neverSuggested = c.neverSuggest
    .map((pattern) => ({ pattern, codes: suggested.filter((s) => codeMatches(pattern, s)) }))
    .filter((v) => v.codes.length > 0);
  const score: CaseScore = {
    file: c.file,
    category: c.category,
    truePositives,
    missing,
    unexpected,
    allowed,
    suggestFound,
    suggestMissing,
    neverSuggested,
    fired: diagnostics.map((d) => ({ rule: d.ruleId, code: d.code, message: d.message ?? '', suggested: d.suggestedCodes.map((s) => s.code) })),
    fullyRight: engineError === undefined && missing.length === 0 && unexpected.length === 0 && suggestMissing.length === 0 && neverSuggested.length === 0,
  };
  if (c.pack !== undefined) score.pack = c.pack;
  if (engineError !== undefined) score.engineError = engineError;
  if (c.why !== undefined) score.why = c.why;
  return score;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  /** null when nothing fired (precision), nothing was expected (recall), or neither (F1). */
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

export function counts(tp: number, fp: number, fn: number): Counts {
  const precision = tp + fp === 0 ? null : tp / (tp + fp);
  const recall = tp + fn === 0 ? null : tp / (tp + fn);
  // 2TP / (2TP + FP + FN): the harmonic mean of precision and recall, 0 when nothing is right.
  const f1 = tp + fp + fn === 0 ? null : (2 * tp) / (2 * tp + fp + fn);
  return { tp, fp, fn, precision, recall, f1 };
}

export interface GroupFigures extends Counts {
  cases: number;
  fullyRight: number;
  /** fullyRight / cases. */
  fullyRightShare: number;
}

function group(scores: readonly CaseScore[]): GroupFigures {
  const tp = scores.reduce((n, s) => n + s.truePositives.length, 0);
  const fp = scores.reduce((n, s) => n + s.unexpected.length, 0);
  const fn = scores.reduce((n, s) => n + s.missing.length, 0);
  const fullyRight = scores.filter((s) => s.fullyRight).length;
  return { cases: scores.length, fullyRight, fullyRightShare: scores.length === 0 ? 0 : fullyRight / scores.length, ...counts(tp, fp, fn) };
}

/** Figures per value of a grouping key (category, pack ...); cases without a key are left out. */
export function groupBy(scores: readonly CaseScore[], key: (s: CaseScore) => string | undefined): Record<string, GroupFigures> {
  const buckets = new Map<string, CaseScore[]>();
  for (const s of scores) {
    const k = key(s);
    if (k === undefined) continue;
    buckets.set(k, [...(buckets.get(k) ?? []), s]);
  }
  return Object.fromEntries([...buckets.keys()].sort().map((k) => [k, group(buckets.get(k)!)]));
}

export function perRule(scores: readonly CaseScore[]): Record<string, Counts> {
  const tally = new Map<string, { tp: number; fp: number; fn: number }>();
  const at = (rule: string) => {
    let t = tally.get(rule);
    if (!t) tally.set(rule, (t = { tp: 0, fp: 0, fn: 0 }));
    return t;
  };
  for (const s of scores) {
    for (const r of s.truePositives) at(r.rule).tp++;
    for (const r of s.missing) at(r.rule).fn++;
    for (const u of s.unexpected) at(u.rule).fp++;
  }
  return Object.fromEntries([...tally.keys()].sort().map((rule) => {
    const t = tally.get(rule)!;
    return [rule, counts(t.tp, t.fp, t.fn)];
  }));
}

export interface SuggestionFigures {
  /** suggest entries over all cases, and how many were found. */
  expected: number;
  found: number;
  recall: number | null;
  /** neverSuggest patterns that were suggested, and the cases with at least one. */
  neverViolations: number;
  casesWithNeverViolation: number;
}

export interface EvalSummary {
  cases: number;
  overall: GroupFigures;
  rules: Record<string, Counts>;
  categories: Record<string, GroupFigures>;
  /** Only cases that name a pack. */
  packs: Record<string, GroupFigures>;
  suggestions: SuggestionFigures;
  wrong: CaseScore[];
}

export function summarize(scores: readonly CaseScore[]): EvalSummary {
  const expected = scores.reduce((n, s) => n + s.suggestFound.length + s.suggestMissing.length, 0);
  const found = scores.reduce((n, s) => n + s.suggestFound.length, 0);
  return {
    cases: scores.length,
    overall: group(scores),
    rules: perRule(scores),
    categories: groupBy(scores, (s) => s.category),
    packs: groupBy(scores, (s) => s.pack),
    suggestions: {
      expected,
      found,
      recall: expected === 0 ? null : found / expected,
      neverViolations: scores.reduce((n, s) => n + s.neverSuggested.length, 0),
      casesWithNeverViolation: scores.filter((s) => s.neverSuggested.length > 0).length,
    },
    wrong: scores.filter((s) => !s.fullyRight),
  };
}
