/**
 * An acute event with a bare year right after it ("L MCA infarct 2018", "NSTEMI 2021", "AKI 2019 after
 * contrast") happened in that year: the year is a time anchor over the event and its clause. The events
 * are lexicon/context.yaml `datedEvents`; a chronic condition with a year ("DM2 2010", "HTN dx 2015")
 * names its diagnosis year and is not one of them, so it stays current.
 */
import type { Doc } from '../document.ts';
import type { CompiledLexicon } from '../lexicon.ts';
import { PhraseMatcher } from '../matcher.ts';
import { noteEncounterDate } from './dates.ts';
import { TIME_STOPS_BEFORE, type ExtraTrigger } from './scope.ts';

const YEAR = /^(?:19|20)\d\d$/;
/** Most tokens of an event's name before its year ("acute kidney injury", "C. diff"). */
const NAME_REACH = 4;
/** The year's reach forward over the rest of its clause ("AKI 2019 after contrast exposure"). */
const CLAUSE_REACH = 12;

const eventsCache = new WeakMap<CompiledLexicon, PhraseMatcher<true>>();

function datedEvents(lexicon: CompiledLexicon): PhraseMatcher<true> {
  let events = eventsCache.get(lexicon);
  if (!events) {
    events = new PhraseMatcher<true>();
    for (const phrase of lexicon.data.context.datedEvents ?? []) events.add(phrase, true);
    eventsCache.set(lexicon, events);
  }
  return events;
}

/**
 * Historical anchors at the bare years that follow an acute event's name, directly or in parentheses
 * ("NSTEMI (2021)"). A year of the encounter or later is today's; with no encounter date a note does
 * not name its own year for what happens today, so the year is earlier.
 */
export function yearDatedEvents(doc: Doc, lexicon: CompiledLexicon, maxStayDays: number): ExtraTrigger[] {
  const t = doc.tokens;
  const events = datedEvents(lexicon);
  let encounterYear: number | null | undefined;
  const out: ExtraTrigger[] = [];
  for (let i = 1; i < t.length; i++) {
    const year = t[i]!;
    if (year.kind !== 'number' || !YEAR.test(year.norm) || year.newlinesBefore > 0) continue;
    // A year inside a date ("3/2019", "2019-03-01") is the date reader's.
    const next = t[i + 1];
    if (next && next.start === year.end && next.kind === 'punct' && next.norm !== '.' && next.norm !== ',' && next.norm !== ')') continue;
    if (!year.spaceBefore && t[i - 1]!.kind === 'punct' && t[i - 1]!.norm !== '(') continue;
    const nameEnd = t[i - 1]!.norm === '(' ? i - 2 : i - 1;
    const nameFirst = eventNameEnding(doc, events, nameEnd);
    if (nameFirst < 0 || afterHistoryWord(doc, lexicon, nameFirst)) continue;
    if (encounterYear === undefined) encounterYear = noteEncounterDate(t, maxStayDays)?.year ?? null;
    if (encounterYear !== null && Number(year.norm) >= encounterYear) continue;
    // "NSTEMI (2021)": the parentheses are the anchor's, so its scope steps over them.
    const first = nameEnd + 1;
    const last = next?.norm === ')' && first < i ? i + 1 : i;
    out.push({ category: 'historical', first, last, before: first - nameFirst, after: CLAUSE_REACH, stops: TIME_STOPS_BEFORE, stopsBefore: TIME_STOPS_BEFORE, lineBound: true });
  }
  return out;
}

/** Whether an acute event's name (lexicon `datedEvents`) ends at token `end`: "stroke" of "stroke diagnosed in 2018". */
export function endsWithAcuteEvent(doc: Doc, lexicon: CompiledLexicon, end: number): boolean {
  return end >= 0 && eventNameEnding(doc, datedEvents(lexicon), end) >= 0;
}

/** The first token of an event name that ends at token `end` on the same line, or -1. */
function eventNameEnding(doc: Doc, events: PhraseMatcher<true>, end: number): number {
  const t = doc.tokens;
  for (let start = Math.max(0, end - NAME_REACH + 1); start <= end; start++) {
    if (start < end && t[end]!.newlinesBefore > 0) continue;
    if (events.matchesAt(t, start, end + 1).some((m) => m.last === end)) return start;
  }
  return -1;
}

/** Most tokens of a historical trigger before an event's name ("status post", "history of"). */
const TRIGGER_REACH = 3;

/**
 * Whether a historical trigger of lexicon/context.yaml ends right before the event's name: the note already
 * placed it in the past ("h/o NSTEMI 2021"), or named its late effect ("old CVA 2017", "prior CVA 2017": a
 * stroke's sequelae, current by the diagnosis lexicon), and the year adds nothing.
 */
function afterHistoryWord(doc: Doc, lexicon: CompiledLexicon, nameFirst: number): boolean {
  const t = doc.tokens;
  for (let start = Math.max(0, nameFirst - TRIGGER_REACH); start < nameFirst; start++) {
    const m = lexicon.context.matchAt(t, start, nameFirst);
    if (m && m.last === nameFirst - 1 && m.payloads.some((p) => p.kind === 'trigger' && p.trigger.category === 'historical')) return true;
  }
  return false;
}
