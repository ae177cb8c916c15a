/**
 * ConText over one sentence's tokens: finds triggers, pseudo-triggers and terminations with the
 * lexicon's context matcher, turns every trigger into a token scope (forward, backward or both,
 * ended by a termination for its category, the sentence edge or the trigger's maxScope) and reports
 * which categories' scopes cover each target.
 *
 * Linear in the sentence's tokens (one matcher pass), then O((triggers + targets) log) with no
 * per-token arrays: terminations are kept as sorted lists and each trigger's scope end is found by
 * binary search, so a run of thousands of triggers ("no no no ...") stays cheap.
 */
import type { ContextCategory, ContextTriggerDef } from '../../lexicon/types.ts';
import type { CompiledLexicon } from '../lexicon.ts';
import { writtenIcd10cmCodeAt } from '../../codes/icd10cm.ts';
import { boxesLeadItems } from './checkboxes.ts';
import type { Token } from '../../text/tokens.ts';

const CONTEXT_CATEGORIES: readonly ContextCategory[] = ['negated', 'uncertain', 'historical', 'hypothetical', 'family', 'chronic', 'current', 'recent'];
const CATEGORY_COUNT = CONTEXT_CATEGORIES.length;
const CATEGORY_INDEX = new Map(CONTEXT_CATEGORIES.map((c, i) => [c, i]));
const ALL_CATEGORIES_MASK = (1 << CATEGORY_COUNT) - 1;
/**
 * Categories a finding's own words may carry: "residual hemiparesis" is current, "chronic kidney
 * disease" chronic, "new-onset atrial fibrillation" recent.
 */
const SELF_DESCRIBING = (['current', 'chronic', 'recent'] as const).reduce((mask, c) => mask | (1 << CATEGORY_INDEX.get(c)!), 0);
/** Punctuation that closes a clause, for clause-final triggers ("Fever: no, chills: yes"). */
const CLAUSE_END = new Set([',', ';', '.', ')', ']', '!', '?', '/', '|']);
/** Where the scope of a time anchor (a date, "last admission", "2 years ago") ends: the present again, or a contrast. */
export const TIME_STOPS: ReadonlySet<string> = new Set(['.', ';', 'today', 'now', 'currently', 'presently', 'but', 'however', 'although', 'whereas', 'since']);
/** A time anchor looks back only within its clause ("COPD, hospitalized 1 month ago" keeps COPD current). */
export const TIME_STOPS_BEFORE: ReadonlySet<string> = new Set([...TIME_STOPS, ',', '(', ')', ':']);
/** A label's scope ends only at these words (or its line's end): "Labs at that admission: ... today ...". */
export const LABEL_STOPS: ReadonlySet<string> = new Set(['today', 'now', 'currently', 'presently']);
/** A label reaches its line's end, up to this many tokens (as a date that labels its line does). */
const LABEL_REACH = 40;
/** Most tokens between a time anchor and the colon that makes it a label ("at her last admission (08/2026):"). */
const LABEL_COLON_REACH = 6;
/** What stands between a checklist label and its answer ("Fever: no", "Edema - none"). */
const ANSWER_MARKS = new Set([':', '-', '=']);
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
  /** The finding's type, for triggers that apply only to some types (`onlyFor`). */
  type?: string;
  /**
   * A date or "N months ago" inside it dates a point it compares with, not the finding itself: in
   * "weight 61.2 kg, usual 68 kg one month ago" the change is current. Such time triggers inside the
   * target do not apply to it (they still apply to every other finding).
   */
  ownsTimes?: boolean;
}

interface FoundTrigger {
  def: ContextTriggerDef;
  category: number;
  /** Sentence-relative token range [first, last]. */
  first: number;
  last: number;
}

/** Where terminations of one category start and end (sentence-relative, ascending). */
interface Boundaries {
  starts: number[];
  ends: number[];
}

const NO_TRIGGERS: readonly FoundTrigger[] = Object.freeze([]);

/** A sentence without terminations: shared, never written (scopeSentence makes its own at the first). */
const NO_TERMINATIONS: readonly Boundaries[] = Object.freeze(CONTEXT_CATEGORIES.map(() => Object.freeze({ starts: [], ends: [] }) as Boundaries));

/**
 * For each target (clipped to the sentence [from, to)), a bit mask of the categories whose scope
 * covers at least one of its tokens (see categoryBit).
 */
/**
 * A trigger found outside the lexicon's phrases (a date before the encounter, a "-" item of a review
 * of systems), in absolute token indexes. Its scope runs up to `before` tokens back and `after`
 * tokens on, and stops only at one of `stops` (token norms), at a line break when `lineBound`, or at
 * the clause's edge, not at the lexicon's terminations: "On 6/24/2008 he was seen in the ER with
 * weakness" keeps "with weakness" in the past.
 */
export interface ExtraTrigger {
  category: ContextCategory;
  first: number;
  last: number;
  before: number;
  after: number;
  stops: ReadonlySet<string>;
  /** Stops of the backward scope when they differ ("HFrEF, last admission for ...": the comma). */
  stopsBefore?: ReadonlySet<string>;
  lineBound: boolean;
  /** A label for the rest of its line ("Initial evaluation 3/14/2026: MMT ..."): clause punctuation does not end it. */
  label?: boolean;
  /**
   * Dates events, not measured values (clause-bound targets): "lisinopril held after K 5.9 this morning"
   * keeps the value today's while "held after AKI" puts the AKI before the change.
   */
  notForValues?: boolean;
}

export function scopeSentence(
  tokens: readonly Token[],
  from: number,
  to: number,
  targets: readonly ScopeTarget[],
  lexicon: CompiledLexicon,
  extraFound: readonly ExtraTrigger[] = [],
): number[] {
  // Copied only when this sentence adds a time anchor of its own (most sentences add none).
  let extra: readonly ExtraTrigger[] = extraFound;
  const n = to - from;
  const result = new Array<number>(targets.length).fill(0);
  if (n <= 0) return result;

  const masked = maskedRuns(targets, from, to);
  const triggers: FoundTrigger[] = [];
  /** Triggers for some finding types only (`onlyFor`), scoped within their clause. */
  const typed: FoundTrigger[] = [];
  // Each category's terminations, made when the sentence has its first one.
  let terms: readonly Boundaries[] = NO_TERMINATIONS;
  // End of the latest companion cue: a relative right after it is not the experiencer.
  let companionEnd = -1;

  let run = 0;
  let i = 0;
  while (i < n) {
    while (run < masked.length && masked[run + 1]! <= i) run += 2;
    const inTarget = run < masked.length && masked[run]! <= i;
    // Matches never cross a target's edge; inside a target only terminations and self-describing
    // triggers count ("residual hemiparesis" is current, "COPD" chronic; the "no" of "no energy"
    // negates nothing).
    const limit = run < masked.length ? (inTarget ? masked[run + 1]! : masked[run]!) : n;
    const m = lexicon.context.matchAt(tokens, from + i, from + limit);
    if (!m) {
      i++;
      continue;
    }
    const first = m.first - from;
    const last = m.last - from;
    i = last + 1;
    // A pseudo-trigger is not the trigger its words suggest ("no change" negates nothing), but the
    // same phrase may be listed as a trigger of its real meaning ("no change": seen before, chronic).
    const pseudo = m.payloads.some((p) => p.kind === 'pseudo');
    const nextToken = last + 1 < n ? tokens[from + last + 1]! : null;
    // A line break ends a clause too ("weakness: neg" on its own line of a template).
    const atClauseEnd = nextToken === null || CLAUSE_END.has(nextToken.norm) || nextToken.newlinesBefore > 0;
    for (const p of m.payloads) {
      if (pseudo && p.kind !== 'trigger') continue;
      if (p.kind === 'trigger') {
        const category = CATEGORY_INDEX.get(p.trigger.category)!;
        if (inTarget && (SELF_DESCRIBING & (1 << category)) === 0) continue;
        if (p.trigger.clauseFinal && !atClauseEnd) continue;
        // A template answer ("Fever: no, fatigue: yes") denies its label, not the next item.
        if (p.trigger.direction === 'forward' && atClauseEnd && first > 0 && ANSWER_MARKS.has(tokens[from + first - 1]!.norm)) continue;
        if (p.trigger.category === 'family' && followsCompanion(tokens, from, companionEnd, first)) continue;
        if (p.trigger.leadsOrder === true && !startsClause(tokens, from, first)) continue;
        if (p.trigger.timeAnchor) {
          const reach = p.trigger.maxScope ?? n;
          if (p.trigger.direction !== 'backward' && (p.trigger.labelsSentence === true || labelsItsLine(tokens, from + last, from + n))) {
            // "Labs at that admission: Na 126, K 3.2, Hgb 7.9": the anchor labels the list after its colon.
            extra = [...extra, { category: p.trigger.category, first: from + first, last: from + last, before: 0, after: LABEL_REACH, stops: LABEL_STOPS, stopsBefore: TIME_STOPS_BEFORE, lineBound: true, label: true }];
            continue;
          }
          extra = [...extra, { category: p.trigger.category, first: from + first, last: from + last, before: p.trigger.direction === 'forward' ? 0 : reach, after: p.trigger.direction === 'backward' ? 0 : reach, stops: TIME_STOPS, stopsBefore: TIME_STOPS_BEFORE, lineBound: false }];
          continue;
        }
        // An unchecked box denies the item on its layout's side ("[ ] fever" vs "fever [ ]").
        const def = p.trigger.checkbox && boxesLeadItems(tokens, from + first) ? forwardOf(p.trigger) : p.trigger;
        (def.onlyFor ? typed : triggers).push({ def, category, first, last });
      } else if (p.kind === 'companion') {
        if (!inTarget) companionEnd = last + 1;
      } else if (p.kind === 'termination') {
        if (p.termination.afterComma === true && (first === 0 || tokens[from + first - 1]!.norm !== ',')) continue;
        const mask = p.termination.categories
          ? p.termination.categories.reduce((acc, c) => acc | categoryBit(c), 0)
          : ALL_CATEGORIES_MASK;
        if (terms === NO_TERMINATIONS) terms = CONTEXT_CATEGORIES.map(() => ({ starts: [], ends: [] }));
        for (let c = 0; c < CATEGORY_COUNT; c++) {
          if (mask & (1 << c)) {
            terms[c]!.starts.push(first);
            terms[c]!.ends.push(last + 1);
          }
        }
      }
    }
  }
  const extraIntervals: [number, number, number, boolean, boolean, boolean][] = [];
  /** The trigger tokens [first, last] of each extra interval, for targets that own their times. */
  const extraTokens: [number, number][] = [];
  for (const e of extra) {
    if (e.first < from || e.last >= to) continue;
    const c = CATEGORY_INDEX.get(e.category)!;
    const first = e.first - from;
    const last = e.last - from;
    const stopsAt = (j: number) => e.stops.has(tokens[from + j]!.norm);
    let end = last + 1;
    while (end < n && end - last <= e.after && !stopsAt(end) && !(e.lineBound && tokens[from + end]!.newlinesBefore > 0)) end++;
    let start = first;
    const stopsBefore = e.stopsBefore ?? e.stops;
    while (start > 0 && first - start < e.before && !stopsBefore.has(tokens[from + start - 1]!.norm) && !(e.lineBound && tokens[from + start]!.newlinesBefore > 0)) start--;
    const label = e.label === true;
    const notForValues = e.notForValues === true;
    if (end > last + 1) {
      extraIntervals.push([c, last + 1, end, true, label, notForValues]);
      extraTokens.push([first, last]);
    }
    if (start < first) {
      extraIntervals.push([c, start, first, false, label, notForValues]);
      extraTokens.push([first, last]);
    }
  }
  // Each finding type's typed triggers, filtered once per type: filtering them again for every target of
  // a long sentence of both grew with its square.
  // Made at the first typed trigger: most sentences have none.
  let typedByType: Map<string, FoundTrigger[]> | null = null;
  const typedFor = (type: string | undefined): readonly FoundTrigger[] => {
    if (type === undefined || typed.length === 0) return NO_TRIGGERS;
    typedByType ??= new Map();
    let own = typedByType.get(type);
    if (!own) typedByType.set(type, (own = typed.filter((t) => t.def.onlyFor!.includes(type as never))));
    return own;
  };
  const typedTargets = typed.length > 0 && targets.some((t) => typedFor(t.type).length > 0);
  if (triggers.length === 0 && extraIntervals.length === 0 && !typedTargets) return result;

  const width = tokenWidths(tokens, from, n);
  const sentenceScopes = scopesOf(triggers, terms, null, n, extraIntervals, width);
  // Measured values ("strength 5/5", "CK 1,200") are bound to their clause: "denies weakness,
  // strength 5/5 throughout" reports a normal grade, not a negated one.
  let clauseScopes: (readonly number[])[] | null = null;
  let breaks: number[] | null = null;
  if (targets.some((t) => t.clauseBound) || typedTargets) {
    breaks = [];
    for (let j = 0; j < n; j++) if (CLAUSE_BREAK.has(tokens[from + j]!.norm)) breaks.push(j);
    clauseScopes = scopesOf(triggers, terms, breaks, n, extraIntervals, width);
  }
  const typedScopes = new Map<string, (readonly number[])[]>();

  for (let k = 0; k < targets.length; k++) {
    const t = targets[k]!;
    const a = Math.max(t.first, from) - from;
    const b = Math.min(t.end, to) - from;
    if (b <= a) continue;
    let scopes = t.clauseBound && clauseScopes ? clauseScopes : sentenceScopes;
    if (t.ownsTimes && extraTokens.some(([f, l]) => f >= a && l < b)) {
      const others = extraIntervals.filter((_, j) => !(extraTokens[j]![0] >= a && extraTokens[j]![1] < b));
      const breaks: number[] = [];
      if (t.clauseBound) for (let j = 0; j < n; j++) if (CLAUSE_BREAK.has(tokens[from + j]!.norm)) breaks.push(j);
      scopes = scopesOf(triggers, terms, t.clauseBound ? breaks : null, n, others, width);
    }
    let bits = 0;
    for (let c = 0; c < CATEGORY_COUNT; c++) if (overlaps(scopes[c]!, a, b)) bits |= 1 << c;
    const own = typedTargets ? typedFor(t.type) : NO_TRIGGERS;
    if (own.length > 0) {
      let typedScope = typedScopes.get(t.type!);
      if (!typedScope) typedScopes.set(t.type!, (typedScope = scopesOf(own, terms, breaks, n, [], width)));
      for (let c = 0; c < CATEGORY_COUNT; c++) if (overlaps(typedScope[c]!, a, b)) bits |= 1 << c;
    }
    result[k] = bits;
  }
  return result;
}

const forwardDefs = new WeakMap<ContextTriggerDef, ContextTriggerDef>();

/** The same trigger scoped forward (one copy per lexicon entry). */
function forwardOf(def: ContextTriggerDef): ContextTriggerDef {
  let forward = forwardDefs.get(def);
  if (!forward) forwardDefs.set(def, (forward = { ...def, direction: 'forward' }));
  return forward;
}

/** The targets' masking token ranges, sentence-relative, sorted and merged, as flat [start, end) pairs. */
function maskedRuns(targets: readonly ScopeTarget[], from: number, to: number): number[] {
  // Targets usually come in text order and merge in one pass; out of order (rare), they are sorted first.
  return mergedRuns(targets, from, to) ?? mergedRuns([...targets].sort((x, y) => Math.max(x.first, from) - Math.max(y.first, from)), from, to)!;
}

/** The masking runs of targets in text order, merged; null when a target starts before the one before it. */
function mergedRuns(targets: readonly ScopeTarget[], from: number, to: number): number[] | null {
  const merged: number[] = [];
  let lastStart = -1;
  for (const t of targets) {
    const a = Math.max(t.first, from) - from;
    const b = Math.min(t.end, to) - from;
    if (!t.masksTriggers || b <= a) continue;
    if (a < lastStart) return null;
    lastStart = a;
    if (merged.length > 0 && a <= merged[merged.length - 1]!) merged[merged.length - 1] = Math.max(merged[merged.length - 1]!, b);
    else merged.push(a, b);
  }
  return merged;
}

/** What may stand right before a clause's first word: a label's colon or a list's punctuation. */
const CLAUSE_OPENERS = new Set([':', ';', ',', '.', ')', '-', '*', '•']);

/** Whether the token at sentence-relative `first` starts a clause (sentence or line start, or after CLAUSE_OPENERS). */
function startsClause(tokens: readonly Token[], from: number, first: number): boolean {
  return first === 0 || tokens[from + first]!.newlinesBefore > 0 || CLAUSE_OPENERS.has(tokens[from + first - 1]!.norm);
}

function followsCompanion(tokens: readonly Token[], from: number, companionEnd: number, first: number): boolean {
  if (companionEnd < 0 || first < companionEnd || first - companionEnd > MAX_DETERMINERS) return false;
  for (let j = companionEnd; j < first; j++) if (!DETERMINERS.has(tokens[from + j]!.norm)) return false;
  return true;
}

/** Index of the first value >= x in an ascending array (its length when none). */
function lowerBound(values: readonly number[], x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Each category's scopes as sorted, merged [start, end) intervals (flattened pairs). With `breaks`
 * (ascending token positions of clause punctuation), scopes also stop at the clause edge.
 */
function scopesOf(
  triggers: readonly FoundTrigger[],
  terms: readonly Boundaries[],
  breaks: readonly number[] | null,
  n: number,
  extra: readonly (readonly [category: number, start: number, end: number, forward: boolean, label: boolean, notForValues: boolean])[],
  width: Uint8Array,
): (readonly number[])[] {
  // Each category's intervals, made at its first (most categories have none in a sentence).
  const raw: ([number, number][] | undefined)[] = new Array(CATEGORY_COUNT).fill(undefined);
  for (const [c, start, end, forward, label, notForValues] of extra) {
    // Clause-bound targets (measured values) are asked with `breaks`: a trigger that dates no value skips them.
    if (breaks && notForValues) continue;
    let [a, b] = [start, end];
    if (breaks && label) {
      // A label's scope is its line, whatever the clauses.
    } else if (breaks && forward) {
      // Clause-bound targets: only the trigger's own clause, which the scope touches at one end.
      const next = lowerBound(breaks, a);
      if (next < breaks.length) b = Math.min(b, breaks[next]!);
    } else if (breaks) {
      const previous = lowerBound(breaks, b) - 1;
      if (previous >= 0) a = Math.max(a, breaks[previous]! + 1);
    }
    if (b > a) (raw[c] ??= []).push([a, b]);
  }
  for (const t of triggers) {
    const c = t.category;
    const cap = t.def.maxScope ?? n;
    const { starts, ends } = terms[c]!;
    // A finding that itself says "residual" (current) or "chronic" (chronic) carries the category.
    if ((SELF_DESCRIBING & (1 << c)) !== 0) (raw[c] ??= []).push([t.first, t.last + 1]);
    if (t.def.direction === 'self') continue;
    // The termination or clause break that ends the scope is found first and the words are counted up
    // to it only: a trigger with no maxScope ("no") must not walk the rest of a long sentence each time.
    if (t.def.direction !== 'backward') {
      const start = t.last + 1;
      let limit = n;
      const term = lowerBound(starts, start);
      if (term < starts.length) limit = Math.min(limit, starts[term]!);
      if (breaks) {
        const b = lowerBound(breaks, start);
        const own = b < breaks.length ? breaks[b]! : n;
        if (t.def.leadsOrder === true) {
          // A condition before its order reaches over its own clause into the order's ("Once ferritin results, start
          // IV iron"), unless a termination there says the order is done or goes on ("Pending ferritin, IV iron given today").
          // A condition that names nothing is a status ("Blood cultures: pending, on vancomycin").
          const next = b + 1 < breaks.length ? breaks[b + 1]! : n;
          limit = own === start || (limit > own && limit < next) ? own : Math.min(limit, next);
        } else limit = Math.min(limit, own);
      }
      // Without a maxScope the words never run out: the scope is everything up to the limit.
      let end = t.def.maxScope === undefined ? limit : start;
      for (let words = 0; end < limit && (words < cap || width[end] === 0); end++) words += width[end]!;
      if (end > start) (raw[c] ??= []).push([start, end]);
    }
    if (t.def.direction !== 'forward') {
      const end = t.first;
      let limit = 0;
      // Terminations are found left to right, so their ends ascend too.
      const term = lowerBound(ends, end + 1) - 1;
      if (term >= 0) limit = Math.max(limit, ends[term]!);
      if (breaks) {
        const b = lowerBound(breaks, end) - 1;
        if (b >= 0) limit = Math.max(limit, breaks[b]! + 1);
      }
      let start = t.def.maxScope === undefined ? limit : end;
      for (let words = 0; start > limit && (words < cap || width[start] === 0); start--) words += width[start - 1]!;
      if (end > start) (raw[c] ??= []).push([start, end]);
    }
  }
  return raw.map((intervals) => {
    if (intervals === undefined) return NO_INTERVALS;
    if (intervals.length > 1) intervals.sort((x, y) => x[0] - y[0]);
    const flat: number[] = [];
    for (const [s, e] of intervals) {
      if (flat.length > 0 && s <= flat[flat.length - 1]!) flat[flat.length - 1] = Math.max(flat[flat.length - 1]!, e);
      else flat.push(s, e);
    }
    return flat;
  });
}

const NO_INTERVALS: readonly number[] = Object.freeze([]);

/** Whether [a, b) overlaps one of the merged intervals (flattened start/end pairs). */
function overlaps(flat: readonly number[], a: number, b: number): boolean {
  // The first interval whose end is after a.
  let lo = 0;
  let hi = flat.length / 2;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (flat[2 * mid + 1]! <= a) lo = mid + 1;
    else hi = mid;
  }
  return lo < flat.length / 2 && flat[2 * lo]! < b;
}

/**
 * Whether the time anchor ending at token `last` heads a label: a colon follows it on its line within a
 * few tokens, with no value before the colon ("Labs at that admission:", "On last admission (8/2026):").
 */
function labelsItsLine(tokens: readonly Token[], last: number, to: number): boolean {
  for (let j = last + 1; j < to && j - last <= LABEL_COLON_REACH; j++) {
    const t = tokens[j]!;
    if (t.newlinesBefore > 0) return false;
    if (t.norm === ':') return j + 1 < to && tokens[j + 1]!.newlinesBefore === 0;
    if (t.kind === 'number' && tokens[j + 1]?.norm !== '/' && tokens[j - 1]?.norm !== '/') return false;
    if (t.norm === '.' || t.norm === ';') return false;
  }
  return false;
}

/**
 * How many words each token of the sentence counts for a trigger's reach: one, but the "." and the
 * subcategory of a written ICD-10-CM code count for nothing ("Anemia (D64.9) - resolved": the code is
 * one word, as "Anemia (D64) - resolved" would be).
 */
function tokenWidths(tokens: readonly Token[], from: number, n: number): Uint8Array {
  // Most sentences hold no written code: every token counts one, one shared table says so.
  let width: Uint8Array | null = null;
  for (let j = 0; j + 2 < n; j++) {
    if (writtenIcd10cmCodeAt(tokens, from + j, from + n)?.form !== 'dotted') continue;
    width ??= new Uint8Array(n).fill(1);
    width[j + 1] = 0;
    width[j + 2] = 0;
  }
  return width ?? onesOf(n);
}

/** A read-only table of n ones (grown as needed, shared by every sentence without a written code). */
let ONES = new Uint8Array(256).fill(1);
function onesOf(n: number): Uint8Array {
  if (ONES.length < n) ONES = new Uint8Array(Math.max(n, 2 * ONES.length)).fill(1);
  return ONES;
}
