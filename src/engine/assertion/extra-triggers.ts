/**
 * Triggers that are not fixed phrases of lexicon/context.yaml, found over the whole note:
 * - a calendar date before the encounter's date (see dates.ts), or "N years/months ago", reports an
 *   earlier time: the words around it are historical ("June 24, 2008, he was seen in the ER with
 *   weakness", "seen in the ED 3 years ago for weakness"), up to a sentence stop or "today/now";
 * - a checklist minus denies its item: "-fever, -chills" anywhere, and in a review of systems also
 *   "MSK: - myalgia - weakness" (a dash after the system's colon or between items; a dash that starts
 *   a line is a bullet and denies nothing).
 * Each is returned by sentence, for scopeSentence.
 */
import type { Doc } from '../document.ts';
import type { Token } from '../../text/tokens.ts';
import { isBeforeEncounter, isEncounterLabelled, noteDates, noteEncounterDate, type NoteDate } from './dates.ts';
import { LABEL_STOPS, TIME_STOPS, TIME_STOPS_BEFORE, type ExtraTrigger } from './scope.ts';
import type { CompiledLexicon } from '../lexicon.ts';
import { endsWithAcuteEvent, yearDatedEvents } from './dated-events.ts';
import { medicationChangeReasons } from './medication-changes.ts';

/** A date's scope: this many tokens each way, up to one of the time stops. */
const DATE_SCOPE = 20;
const DATE_STOPS = TIME_STOPS;
/** A date that labels its line ("... 3/14/2026: ...") reaches the line's end, or one of these. */
const LINE_SCOPE = 40;
/** A date after these words is when something began, and the finding goes on ("weakness since 3/14/2025"). */
const ONSET_WORDS: ReadonlySet<string> = new Set(['since', 'from', 'starting', 'beginning', 'began', 'begun', 'started', 'onset', 'until', 'through']);

/**
 * A date right after a measured value dates that value ("usual 49.5 kg 6/2026", "Cr 1.1 (3/2026)"): its
 * forward scope ends with the value's clause or parenthesis, so what follows ("= 11% loss in 6 months")
 * keeps its own time. A date that leads ("In 6/2026 she had lost 11%") keeps its full scope.
 */
const VALUE_DATE_STOPS: ReadonlySet<string> = new Set([...TIME_STOPS_BEFORE, '=']);
/** Words that may stand between a value and its date ("49.5 kg in 6/2026", "Hgb 12.9 on 11/02/2026"). */
const VALUE_DATE_LINKS: ReadonlySet<string> = new Set(['in', 'on', 'at', 'of', 'dated']);

/** A "-" item's scope: up to the next item, comma or line end. */
const ITEM_SCOPE = 6;
const ITEM_STOPS: ReadonlySet<string> = new Set([',', ';', '.', '+', '-', '/', '(', ')', '|']);
/** What may stand right before a "-" item: a label's colon or the previous item's comma. */
const ITEM_OPENERS: ReadonlySet<string> = new Set([':', ',', ';', '(']);

/** `lexicon`: the admission-date window (context.yaml `encounterDates.maxStayDays`: how long before the visit an
 * admission date still starts this stay) and the threshold orders (`thresholdOrders`). */
export function extraTriggers(doc: Doc, lexicon: CompiledLexicon): Map<number, ExtraTrigger[]> {
  const maxStayDays = lexicon.data.context.encounterDates.maxStayDays;
  const bySentence = new Map<number, ExtraTrigger[]>();
  const push = (t: ExtraTrigger) => {
    const sentence = doc.sentenceOfToken[t.first]!;
    const list = bySentence.get(sentence);
    if (list) list.push(t);
    else bySentence.set(sentence, [t]);
  };
  earlierDates(doc, maxStayDays).forEach(push);
  agoPhrases(doc).forEach(push);
  minusItems(doc).forEach(push);
  pastYears(doc, lexicon, maxStayDays).forEach(push);
  yearDatedEvents(doc, lexicon, maxStayDays).forEach(push);
  medicationChangeReasons(doc, lexicon).forEach(push);
  thresholdConditionals(doc, thresholdOrders(lexicon)).forEach(push);
  return bySentence;
}

/** Words before a bare year that place an event in it ("transfused in 2019", "back in 2015"). */
const YEAR_LEADS: ReadonlySet<string> = new Set(['in', 'during', 'circa']);
const YEAR = /^(?:19|20)\d\d$/;

/**
 * "in 2019": a bare year places what is around it in that year. It is earlier than the encounter
 * when the encounter's date is later, or when the note states no encounter date (a note does not
 * name its own year for what happens today). Not after an onset word ("since 2019": still going), nor
 * after a diagnosis word of a condition that goes on ("DM2 diagnosed in 2010").
 */
/** Words before "in <year>" that make the year a diagnosis's ("DM2 diagnosed in 2010", "HTN dx in 2015"). */
const DIAGNOSIS_WORDS: ReadonlySet<string> = new Set(['diagnosed', 'dx', 'dxd', "dx'd", 'dxed']);

function pastYears(doc: Doc, lexicon: CompiledLexicon, maxStayDays: number): ExtraTrigger[] {
  const t = doc.tokens;
  let encounterYear: number | null | undefined;
  const out: ExtraTrigger[] = [];
  for (let i = 1; i < t.length; i++) {
    if (t[i]!.kind !== 'number' || !YEAR.test(t[i]!.norm) || !YEAR_LEADS.has(t[i - 1]!.norm)) continue;
    // A year inside a date ("in 3/2019", "in March 2019") is the date reader's.
    const next = t[i + 1];
    if (next && next.start === t[i]!.end && next.kind === 'punct' && next.norm !== '.' && next.norm !== ',') continue;
    // "DM2 diagnosed in 2010": the year the condition began, which goes on, unless the condition is an acute
    // event ("stroke diagnosed in 2018", lexicon datedEvents).
    if (i >= 2 && DIAGNOSIS_WORDS.has(t[i - 2]!.norm) && !endsWithAcuteEvent(doc, lexicon, i - 3)) continue;
    if (encounterYear === undefined) encounterYear = noteEncounterDate(t, maxStayDays)?.year ?? null;
    if (encounterYear !== null && Number(t[i]!.norm) >= encounterYear) continue;
    const stops = datesMeasuredValue(t, i) ? VALUE_DATE_STOPS : DATE_STOPS;
    out.push({ category: 'historical', first: i - 1, last: i, before: DATE_SCOPE, after: DATE_SCOPE, stops, stopsBefore: TIME_STOPS_BEFORE, lineBound: false });
  }
  return out;
}

/**
 * Whether the date starting at `first` stands right after a measured value on its line: a number, a
 * number with its unit ("49.5 kg", "11%"; not a duration's unit: "3 days 6/2026" dates an episode), with
 * an optional link word and opening parenthesis between ("kg in 6/2026", "1.1 (3/2026)", "lb (in 3/2026").
 */
function datesMeasuredValue(t: readonly Token[], first: number): boolean {
  let k = first - 1;
  if (VALUE_DATE_LINKS.has(t[k]?.norm ?? '') && t[k + 1]!.newlinesBefore === 0) k--;
  if (t[k]?.norm === '(' && t[k + 1]!.newlinesBefore === 0) k--;
  const end = t[k];
  if (!end || t[k + 1]!.newlinesBefore > 0) return false;
  if (end.kind === 'number') return true;
  const number = t[k - 1];
  if (!number || number.kind !== 'number' || end.newlinesBefore > 0) return false;
  return end.norm === '%' || (end.kind === 'word' && !TIME_UNITS.has(end.norm));
}

/** Words that open a condition on a value: "transfuse if Hgb < 7", "replete K for K < 3.5". */
const CONDITION_WORDS: ReadonlySet<string> = new Set(['if', 'for', 'when', 'once', 'should']);
const SYMBOL_COMPARATORS: ReadonlySet<string> = new Set(['<', '>', '<=', '>=', '≤', '≥']);
const WORD_COMPARATORS: ReadonlySet<string> = new Set(['less', 'greater', 'below', 'above', 'under', 'over', 'drops', 'falls', 'rises']);
const COMPARATORS: ReadonlySet<string> = new Set([...SYMBOL_COMPARATORS, ...WORD_COMPARATORS]);
/** "for" opens a threshold only with a symbol ("for K < 3.5"): "for decline over 6 months" is a time span. */
const SYMBOL_ONLY = new Set(['for']);
/** A value followed by a time unit is a duration, not a threshold ("over 6 months"). */
const TIME_UNITS: ReadonlySet<string> = new Set(['second', 'seconds', 'sec', 'minute', 'minutes', 'min', 'mins', 'hour', 'hours', 'hr', 'hrs', 'h',
  'day', 'days', 'd', 'week', 'weeks', 'wk', 'wks', 'month', 'months', 'mo', 'mos', 'year', 'years', 'yr', 'yrs']);
/** Most words between the condition word and its comparator (the value's name: "Hgb", "serum potassium"). */
const CONDITION_NAME = 3;
/** A threshold condition reaches back over its clause: "transfuse 1 unit PRBC if Hgb < 7". */
const CONDITION_BACK = 8;
const CONDITION_STOPS: ReadonlySet<string> = new Set(['.', ';', ',', ':', '(', ')', 'but', 'however']);
/** Looking back, an action marked as done now ends the condition: "KCl 40 mEq PO now and repeat if K < 3.5". */
const CONDITION_STOPS_BEFORE: ReadonlySet<string> = new Set([...CONDITION_STOPS, 'now', 'stat', 'today', 'tonight']);
/** "given for K > 6": after a done action, "for" gives the reason, not a condition. */
const DONE_BEFORE_FOR: ReadonlySet<string> = new Set(['given', 'received', 'administered', 'started', 'was', 'were', 'required', 'needed']);

/**
 * A threshold condition ("if Hgb < 7", "for K < 3.5", "when Na > 145") makes what stands before it
 * in its clause and the value after it conditional: an order that applies only if the value is
 * reached, not something done. "if" alone is already a forward trigger in lexicon/context.yaml.
 */
const ordersCache = new WeakMap<CompiledLexicon, ReadonlySet<string>>();

/** lexicon/context.yaml thresholdOrders: orders that name their threshold ("transfuse Hgb < 7", "goal K > 4"). */
function thresholdOrders(lexicon: CompiledLexicon): ReadonlySet<string> {
  let orders = ordersCache.get(lexicon);
  if (!orders) ordersCache.set(lexicon, (orders = new Set((lexicon.data.context.thresholdOrders ?? []).map((w) => w.toLowerCase()))));
  return orders;
}

function thresholdConditionals(doc: Doc, orders: ReadonlySet<string>): ExtraTrigger[] {
  const t = doc.tokens;
  const out: ExtraTrigger[] = [];
  const opens = (norm: string) => CONDITION_WORDS.has(norm) || orders.has(norm);
  for (let i = 0; i < t.length; i++) {
    if (!opens(t[i]!.norm)) continue;
    if (t[i]!.norm === 'for' && DONE_BEFORE_FOR.has(t[i - 1]?.norm ?? '')) continue;
    let j = i + 1;
    let words = 0;
    let activity = false;
    // A later condition word opens the condition itself ("transfuse when Hgb < 7"): it is the trigger.
    while (j < t.length && words < CONDITION_NAME && t[j]!.kind === 'word' && !COMPARATORS.has(t[j]!.norm) && !opens(t[j]!.norm) && t[j]!.newlinesBefore === 0) {
      // "when walking over 2 blocks": an activity's extent, not a measured value's threshold.
      if (t[j]!.norm.endsWith('ing')) activity = true;
      j++;
      words++;
    }
    if (activity) continue;
    // "drops below", "falls under": a verb before the comparator word.
    if (WORD_COMPARATORS.has(t[j]?.norm ?? '') && WORD_COMPARATORS.has(t[j + 1]?.norm ?? '')) j++;
    const cmp = t[j];
    if (words === 0 || !cmp || cmp.newlinesBefore > 0 || !COMPARATORS.has(cmp.norm)) continue;
    if (SYMBOL_ONLY.has(t[i]!.norm) && !SYMBOL_COMPARATORS.has(cmp.norm)) continue;
    // The value after the comparator ("than" may stand between): a number that is no duration.
    let v = j + 1;
    if (t[v]?.norm === 'than' || t[v]?.norm === 'to') v++;
    if (t[v]?.kind !== 'number' || TIME_UNITS.has(t[v + 1]?.norm ?? '')) continue;
    out.push({ category: 'hypothetical', first: i, last: j, before: CONDITION_BACK, after: 4, stops: CONDITION_STOPS, stopsBefore: CONDITION_STOPS_BEFORE, lineBound: true });
    i = j;
  }
  return out;
}

/**
 * Dates before the encounter's. With no encounter date, a month and year ("3/2019", "9/92", "March
 * 2019") is earlier all the same, like a bare year (pastYears): a note dates what happens today to the day.
 */
function earlierDates(doc: Doc, maxStayDays: number): ExtraTrigger[] {
  const dates = noteDates(doc.tokens);
  const encounter = noteEncounterDate(doc.tokens, maxStayDays);
  const t = doc.tokens;
  const earlier = (d: NoteDate) => (encounter ? isBeforeEncounter(d, encounter) : d.day === 0 && d.year !== null);
  return dates
    .filter((d) => earlier(d) && !ONSET_WORDS.has(t[d.first - 1]?.norm ?? '') && !isEncounterLabelled(t, d))
    .map((d): ExtraTrigger => {
      // "Initial evaluation 3/14/2026: MMT hip flexion 3+/5, abduction 3/5": the date labels its line.
      const after = t[d.last + 1]?.norm === ')' ? d.last + 2 : d.last + 1;
      if (t[after]?.norm === ':' && t[after]!.newlinesBefore === 0) {
        return { category: 'historical', first: d.first, last: d.last, before: DATE_SCOPE, after: LINE_SCOPE, stops: LABEL_STOPS, stopsBefore: TIME_STOPS_BEFORE, lineBound: true, label: true };
      }
      const stops = datesMeasuredValue(t, d.first) ? VALUE_DATE_STOPS : DATE_STOPS;
      return { category: 'historical', first: d.first, last: d.last, before: DATE_SCOPE, after: DATE_SCOPE, stops, stopsBefore: TIME_STOPS_BEFORE, lineBound: false };
    });
}

/** "2 years ago", "months ago", "a while ago": units long enough to be another encounter (not "2 weeks ago"). */
const AGO_UNITS: ReadonlySet<string> = new Set(['year', 'years', 'yr', 'yrs', 'month', 'months', 'mo', 'mos', 'decade', 'decades', 'while', 'long']);

function agoPhrases(doc: Doc): ExtraTrigger[] {
  const out: ExtraTrigger[] = [];
  const t = doc.tokens;
  for (let i = 1; i < t.length; i++) {
    if (t[i]!.norm !== 'ago' || !AGO_UNITS.has(t[i - 1]!.norm)) continue;
    // The number or article before the unit belongs to the phrase ("2 years ago", "a while ago").
    const first = i >= 2 && (t[i - 2]!.kind === 'number' || /^(?:a|an|many|several|few|some|two|three|four|five|ten)$/.test(t[i - 2]!.norm)) ? i - 2 : i - 1;
    out.push({ category: 'historical', first, last: i, before: DATE_SCOPE, after: DATE_SCOPE, stops: DATE_STOPS, stopsBefore: TIME_STOPS_BEFORE, lineBound: false });
  }
  return out;
}

function minusItems(doc: Doc): ExtraTrigger[] {
  const out: ExtraTrigger[] = [];
  const { tokens } = doc;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.norm !== '-') continue;
    const next = tokens[i + 1]!;
    if (next.kind !== 'word' || next.newlinesBefore > 0) continue;
    const prev = tokens[i - 1];
    const lineStart = prev === undefined || t.newlinesBefore > 0;
    const ros = doc.sectionDefs[doc.sentences[doc.sentenceOfToken[i]!]?.sectionIndex ?? -1]?.role === 'ros';
    let item: boolean;
    if (lineStart) {
      // A line's first dash is a bullet, unless glued to its word in a review of systems ("-fever").
      item = ros && !next.spaceBefore;
    } else if (!next.spaceBefore) {
      // "-fever": a minus glued to its word, after a space or a list mark (not "non-tender").
      item = t.spaceBefore || ITEM_OPENERS.has(prev.norm);
    } else {
      // Spaced, in a review of systems: after the system's colon or between items.
      item = ros && t.spaceBefore && (ITEM_OPENERS.has(prev.norm) || afterItem(tokens, i));
    }
    if (item) out.push({ category: 'negated', first: i, last: i, before: 0, after: ITEM_SCOPE, stops: ITEM_STOPS, lineBound: true });
  }
  return out;
}

/** Whether an earlier spaced "-" of the same line opened an item ("MSK: - myalgia - weakness"). */
function afterItem(tokens: readonly Token[], dash: number): boolean {
  for (let j = dash - 1; j >= 0 && dash - j <= ITEM_SCOPE + 1; j--) {
    const t = tokens[j]!;
    if (t.norm === '-' && t.spaceBefore) return true;
    if (t.newlinesBefore > 0 || ITEM_STOPS.has(t.norm)) return false;
  }
  return false;
}
