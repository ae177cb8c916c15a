/**
 * The reason of a past medication change is past: "torsemide reduced from 40 after AKI", "lisinopril
 * held since AKI last month", "stopped metformin after AKI in October". The change's words are
 * lexicon/context.yaml `medicationChanges`; what follows "after" or "following" in the change's clause
 * happened before the change ("since AKI" is the lexicon's own "since" trigger; "since" also means
 * "because": "held since K is 5.9"). A change made now ("held today after AKI") keeps its reason current,
 * a later clause that states the condition now ("AKI, Cr 2.3 today") is not in the scope, and measured
 * values stay today's ("held after K 5.9 this morning").
 */
import type { Doc } from '../document.ts';
import type { CompiledLexicon } from '../lexicon.ts';
import { PhraseMatcher } from '../matcher.ts';
import { TIME_STOPS, TIME_STOPS_BEFORE, type ExtraTrigger } from './scope.ts';

/** Words that make what follows the reason a change was made for, before it. */
const REASON_WORDS: ReadonlySet<string> = new Set(['after', 'following']);
/** Most tokens between the change's words and its reason ("reduced from 40 to 20 mg after"). */
const CHANGE_REACH = 8;
/** The reason's reach over its clause ("after AKI from contrast in October"). */
const REASON_REACH = 10;

const changesCache = new WeakMap<CompiledLexicon, PhraseMatcher<true>>();

function medicationChanges(lexicon: CompiledLexicon): PhraseMatcher<true> {
  let changes = changesCache.get(lexicon);
  if (!changes) {
    changes = new PhraseMatcher<true>();
    for (const phrase of lexicon.data.context.medicationChanges ?? []) changes.add(phrase, true);
    changesCache.set(lexicon, changes);
  }
  return changes;
}

export function medicationChangeReasons(doc: Doc, lexicon: CompiledLexicon): ExtraTrigger[] {
  const t = doc.tokens;
  const changes = medicationChanges(lexicon);
  const out: ExtraTrigger[] = [];
  for (let i = 1; i < t.length; i++) {
    if (!REASON_WORDS.has(t[i]!.norm) || !changedBefore(doc, changes, i)) continue;
    out.push({ category: 'historical', first: i, last: i, before: 0, after: REASON_REACH, stops: TIME_STOPS_BEFORE, lineBound: true, notForValues: true });
  }
  return out;
}

/**
 * Whether a change's words stand before the reason word at `reason` in its clause and line, with no word
 * of the present between ("held today after AKI" is today's change).
 */
function changedBefore(doc: Doc, changes: PhraseMatcher<true>, reason: number): boolean {
  const t = doc.tokens;
  for (let j = reason - 1; j >= 0 && reason - j <= CHANGE_REACH; j--) {
    const token = t[j]!;
    if (TIME_STOPS.has(token.norm) || TIME_STOPS_BEFORE.has(token.norm) || t[j + 1]!.newlinesBefore > 0) return false;
    const m = changes.matchAt(t, j, reason);
    if (m) return true;
  }
  return false;
}
