/**
 * ConText over one sentence's tokens: finds triggers, pseudo-triggers and terminations with the
 * lexicon's context matcher, turns every trigger into a token scope (forward, backward or both,
 * ended by a termination for its category, the sentence edge or the trigger's maxScope) and reports
 * which categories' scopes cover each target.
 *
 * Linear in the sentence's tokens: the next/previous termination of every category is precomputed,
 * each trigger's scope is O(1), and coverage is summed with difference arrays, so a run of thousands
 * of triggers ("no no no ...") costs no more than one pass.
 */
import type { ContextCategory, ContextTriggerDef } from '../../lexicon/types.ts';
import type { CompiledLexicon } from '../lexicon.ts';
import type { Token } from '../tokens.ts';

export const CONTEXT_CATEGORIES: readonly ContextCategory[] = [
  'negated',
  'uncertain',
  'historical',
  'hypothetical',
  'family',
  'current',
];
const CATEGORY_COUNT = CONTEXT_CATEGORIES.length;
const CATEGORY_INDEX = new Map(CONTEXT_CATEGORIES.map((c, i) => [c, i]));
const ALL_CATEGORIES_MASK = (1 << CATEGORY_COUNT) - 1;
const CURRENT_INDEX = CATEGORY_INDEX.get('current')!;
/** Punctuation that closes a clause, for clause-final triggers ("Fever: no, chills: yes"). */
const CLAUSE_END = new Set([',', ';', '.', ')', ']', '!', '?', '/', '|']);
/** Punctuation that ends the clause of a clause-bound target. */
const CLAUSE_BREAK = new Set([',', ';', ':', '(', ')']);
/** Determiners allowed between a companion cue and the relative ("brought in by her daughter"). */
const DETERMINERS = new Set(['her', 'his', 'their', 'the', 'a', 'an', 'my', 'our', 'your', "patient's", "pt's", 'patients']);
const MAX_DETERMINERS = 3;

/** Bit of a category in the masks scopeSentence returns. */
export function categoryBit(category: ContextCategory): number {
  return 1 << CATEGORY_INDEX.get(category)!;
}

/** A token range [first, end) whose assertion is wanted. */
export interface ScopeTarget {
  first: number;
  end: number;
  /** Its words cannot be triggers (a finding's own words; false for connectives like "due to"). */
  masksTriggers: boolean;
  /** Only triggers in its own clause count (measured values: strength grades, labs). */
  clauseBound: boolean;
}

interface FoundTrigger {
  def: ContextTriggerDef;
  /** Sentence-relative token range [first, last]. */
  first: number;
  last: number;
}

/**
 * For each target (clipped to the sentence [from, to)), a bit mask of the categories whose scope
 * covers at least one of its tokens (see categoryBit).
 */
export function scopeSentence(
  tokens: readonly Token[],
  from: number,
  to: number,
  targets: readonly ScopeTarget[],
  lexicon: CompiledLexicon,
): number[] {
  const n = to - from;
  if (n <= 0) return targets.map(() => 0);

  // Tokens that belong to a target. Matches never cross a target's edge; inside a target only
  // terminations and `current` triggers count ("residual hemiparesis" is current, but the "no" of
  // the fatigue term "no energy" does not negate it).
  const masked = new Uint8Array(n);
  for (const t of targets) {
    if (!t.masksTriggers) continue;
    for (let i = Math.max(t.first, from); i < Math.min(t.end, to); i++) masked[i - from] = 1;
  }
  const runEnd = new Int32Array(n + 1);
  runEnd[n] = n;
  for (let i = n - 1; i >= 0; i--) runEnd[i] = i + 1 < n && masked[i + 1] === masked[i] ? runEnd[i + 1]! : i + 1;

  // Terminations by category: termStart[c][i] = 1 where a termination for c starts at i;
  // termEnd[c][i] = 1 where one ends just before i.
  const termStart = new Uint8Array(n * CATEGORY_COUNT);
  const termEnd = new Uint8Array((n + 1) * CATEGORY_COUNT);
  const triggers: FoundTrigger[] = [];
  // End of the latest companion cue: a relative right after it is not the experiencer.
  let companionEnd = -1;
  const afterCompanion = (first: number): boolean => {
    if (companionEnd < 0 || first - companionEnd > MAX_DETERMINERS) return false;
    for (let j = companionEnd; j < first; j++) if (!DETERMINERS.has(tokens[from + j]!.norm)) return false;
    return true;
  };

  let i = 0;
  while (i < n) {
    const inTarget = masked[i] === 1;
    const m = lexicon.context.matchAt(tokens, from + i, from + runEnd[i]!);
    if (!m) {
      i++;
      continue;
    }
    const first = m.first - from;
    const last = m.last - from;
    if (!m.payloads.some((p) => p.kind === 'pseudo')) {
      const next = last + 1 < n ? tokens[from + last + 1]! : null;
      const atClauseEnd = next === null || CLAUSE_END.has(next.norm);
      for (const p of m.payloads) {
        if (p.kind === 'trigger') {
          if (inTarget && p.trigger.category !== 'current') continue;
          if (p.trigger.category === 'family' && afterCompanion(first)) continue;
          if (!p.trigger.clauseFinal || atClauseEnd) triggers.push({ def: p.trigger, first, last });
        } else if (p.kind === 'companion') {
          if (!inTarget) companionEnd = last + 1;
        } else if (p.kind === 'termination') {
          const mask = p.termination.categories
            ? p.termination.categories.reduce((acc, c) => acc | categoryBit(c), 0)
            : ALL_CATEGORIES_MASK;
          for (let c = 0; c < CATEGORY_COUNT; c++) {
            if (mask & (1 << c)) {
              termStart[first * CATEGORY_COUNT + c] = 1;
              termEnd[(last + 1) * CATEGORY_COUNT + c] = 1;
            }
          }
        }
      }
    }
    i = last + 1;
  }
  if (triggers.length === 0) return targets.map(() => 0);

  const sentenceCover = coverage(triggers, termStart, termEnd, n);
  // Measured values ("strength 5/5", "CK 1,200") are bound to their clause: "denies weakness,
  // strength 5/5 throughout" reports a normal grade, not a negated one.
  let clauseCover: Int32Array | null = null;
  if (targets.some((t) => t.clauseBound)) {
    const clauseStart = termStart.slice();
    const clauseEnd = termEnd.slice();
    for (let j = 0; j < n; j++) {
      if (!CLAUSE_BREAK.has(tokens[from + j]!.norm)) continue;
      clauseStart.fill(1, j * CATEGORY_COUNT, (j + 1) * CATEGORY_COUNT);
      clauseEnd.fill(1, (j + 1) * CATEGORY_COUNT, (j + 2) * CATEGORY_COUNT);
    }
    clauseCover = coverage(triggers, clauseStart, clauseEnd, n);
  }

  return targets.map((t) => {
    const a = Math.max(t.first, from) - from;
    const b = Math.min(t.end, to) - from;
    if (b <= a) return 0;
    const covered = t.clauseBound && clauseCover ? clauseCover : sentenceCover;
    let bits = 0;
    for (let c = 0; c < CATEGORY_COUNT; c++) {
      if (covered[b * CATEGORY_COUNT + c]! > covered[a * CATEGORY_COUNT + c]!) bits |= 1 << c;
    }
    return bits;
  });
}

/**
 * Scope coverage of the triggers given where terminations start and end, as prefix sums per
 * category: result[i * CATEGORY_COUNT + c] = how many tokens before i lie in some scope of c.
 */
function coverage(triggers: readonly FoundTrigger[], termStart: Uint8Array, termEnd: Uint8Array, n: number): Int32Array {
  // nextTerm[c][i]: first termination start >= i; prevTerm[c][i]: last termination end <= i.
  const nextTerm = new Int32Array((n + 1) * CATEGORY_COUNT);
  const prevTerm = new Int32Array((n + 1) * CATEGORY_COUNT);
  for (let c = 0; c < CATEGORY_COUNT; c++) {
    nextTerm[n * CATEGORY_COUNT + c] = n;
    for (let j = n - 1; j >= 0; j--) {
      nextTerm[j * CATEGORY_COUNT + c] = termStart[j * CATEGORY_COUNT + c] ? j : nextTerm[(j + 1) * CATEGORY_COUNT + c]!;
    }
    prevTerm[c] = 0;
    for (let j = 1; j <= n; j++) {
      prevTerm[j * CATEGORY_COUNT + c] = termEnd[j * CATEGORY_COUNT + c] ? j : prevTerm[(j - 1) * CATEGORY_COUNT + c]!;
    }
  }

  // Difference arrays of scope coverage per category.
  const diff = new Int32Array((n + 1) * CATEGORY_COUNT);
  const addScope = (c: number, start: number, end: number) => {
    if (end <= start) return;
    const s = start * CATEGORY_COUNT + c;
    const e = end * CATEGORY_COUNT + c;
    diff[s] = diff[s]! + 1;
    diff[e] = diff[e]! - 1;
  };
  for (const t of triggers) {
    const c = CATEGORY_INDEX.get(t.def.category)!;
    const cap = t.def.maxScope ?? n;
    // A finding that itself says "residual" or "persistent" is current.
    if (c === CURRENT_INDEX) addScope(c, t.first, t.last + 1);
    if (t.def.direction !== 'backward') {
      const start = t.last + 1;
      addScope(c, start, Math.min(n, start + cap, nextTerm[start * CATEGORY_COUNT + c]!));
    }
    if (t.def.direction !== 'forward') {
      const end = t.first;
      addScope(c, Math.max(0, end - cap, prevTerm[end * CATEGORY_COUNT + c]!), end);
    }
  }

  const coveredBefore = new Int32Array((n + 1) * CATEGORY_COUNT);
  for (let c = 0; c < CATEGORY_COUNT; c++) {
    let depth = 0;
    for (let j = 0; j < n; j++) {
      depth += diff[j * CATEGORY_COUNT + c]!;
      coveredBefore[(j + 1) * CATEGORY_COUNT + c] = coveredBefore[j * CATEGORY_COUNT + c]! + (depth > 0 ? 1 : 0);
    }
  }
  return coveredBefore;
}
