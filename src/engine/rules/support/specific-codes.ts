/**
 * The most specific code the documentation supports for a documented condition, read from the code
 * and diagnosis lexicons only:
 * - a condition that follows a past occurrence of another (hemiplegia after a past cerebral
 *   infarction) takes the diagnosis's `sequelaOf` code (I69.35-), while an acute event of this
 *   encounter keeps the acute codes (Guideline I.C.9.d);
 * - a family whose children name the side and dominance (G81.9-, I69.35-, G83.3-) resolves to the
 *   side the note gives, with the stated handedness or the defaults of Guideline I.C.6.a (right:
 *   dominant, left: non-dominant, ambidextrous: dominant);
 * - otherwise the family's default (billableCodesFor).
 */
import type { CodeDef, DiagnosisDef } from '../../../lexicon/types.ts';
import { diagnosisCodes, diagnosisDef, findingsOf, isAffirmed, isPatientFact } from '../../evidence/index.ts';
import type { RuleInput } from '../../rule-input.ts';
import type { Finding, FindingOf, Laterality, SuggestedCode } from '../../types.ts';
import { billableCodesFor, isBillable, knownDescendants, suggestion } from './codes.ts';
import { firstIndexReaching } from '../../sorted.ts';
import { historyWording, perNote, sentenceMatches } from './per-note.ts';

type Side = 'left' | 'right';

/** Characters between a finding and the side written next to it. */
const SIDE_REACH = 24;

/** The side written next to a finding in its sentence ("left hemiparesis", "hemiparesis, right"), nearest first. */
function sideNear(input: RuleInput, f: Finding): Side | null {
  const s = input.doc.sentences[f.sentence];
  if (!s) return null;
  let best: { side: Side; distance: number } | null = null;
  const tokens = input.doc.tokens;
  const matches = sentenceMatches(input.doc, input.lexicon.laterality, f.sentence);
  // The sentence's matches are in text order without overlaps: only those from the first that ends
  // within reach to the last that starts within reach can be near, not every side word of a long sentence.
  const first = firstIndexReaching(matches, (m) => tokens[m.last]!.end >= f.start - SIDE_REACH);
  for (let k = first; k < matches.length && tokens[matches[k]!.first]!.start <= f.end + SIDE_REACH; k++) {
    const m = matches[k]!;
    const value = m.payloads[0];
    if (value !== 'left' && value !== 'right') continue;
    const start = tokens[m.first]!.start;
    const end = tokens[m.last]!.end;
    const distance = end <= f.start ? f.start - end : start >= f.end ? start - f.end : 0;
    if (distance <= SIDE_REACH && (!best || distance < best.distance)) best = { side: value, distance };
  }
  return best?.side ?? null;
}

const isDeficit = (input: RuleInput, d: FindingOf<'diagnosis'>) => diagnosisDef(input, d)?.deficit === true;

/**
 * The side of a one-sided condition: next to the finding, else next to another current mention of the
 * same concept, else the side every one-sided weakness of the note names. Conflicting sides give none.
 */
export function sideOf(input: RuleInput, f: FindingOf<'diagnosis'>): Side | null {
  // Only a deficit term's neighbour is the affected side: in "R MCA infarct" the side is the lesion's.
  const near = isDeficit(input, f) ? sideNear(input, f) : null;
  return near ?? noteSide(input);
}

/**
 * The side every current one-sided deficit of the note names (or, failing any, every one-sided
 * weakness), or null; the same for every finding, so worked out once per note.
 */
const noteSide = perNote((input: RuleInput): Side | null => {
  const sides = new Set<Side>();
  for (const other of findingsOf(input.findings, 'diagnosis')) {
    if (!isDeficit(input, other) || other.assertion.negated || !isPatientFact(other)) continue;
    const s = sideNear(input, other);
    if (s) sides.add(s);
  }
  if (sides.size === 0) {
    // One-sided weakness elsewhere in the note ("left-sided weakness", "right facial weakness", "weakness in
    // RUE"): when every such mention names the same side, it is the side of the hemiparesis.
    for (const w of findingsOf(input.findings, 'weakness')) {
      const l: Laterality | undefined = w.attributes.laterality;
      if (isAffirmed(w) && w.attributes.distribution === 'focal' && (l === 'left' || l === 'right')) sides.add(l);
    }
  }
  return sides.size === 1 ? [...sides][0]! : null;
});

/** The patient's handedness as the note states it, or null (the whole note is scanned once). */
export const handOf = perNote((input: RuleInput): 'right' | 'left' | 'ambidextrous' | null => {
  const hands = new Set(input.lexicon.handedness.findAll(input.doc.tokens).map((m) => m.payloads[0]!));
  return hands.size === 1 ? [...hands][0]! : null;
});

const SIDE_WORD: Record<Side, RegExp> = { left: /\bleft\b/i, right: /\bright\b/i };
const NON_DOMINANT = /\bnon-?dominant\b/i;
const DOMINANT = /(?<!non-?)\bdominant\b/i;

/** The child of a sided family for this side and dominance, or null when the family does not name sides. */
function sidedChild(input: RuleInput, family: string, side: Side): CodeDef | null {
  const base = family.replace(/\.?-$/, '');
  const children = knownDescendants(input.lexicon, base).filter(isBillable);
  if (!children.some((c) => SIDE_WORD.right.test(c.title) || SIDE_WORD.left.test(c.title))) return null;
  const hand = handOf(input);
  const dominance = hand === null ? input.lexicon.data.coding.dominanceDefaults[side] : hand === 'ambidextrous' || hand === side ? 'dominant' : 'non-dominant';
  const fits = children.filter(
    (c) => SIDE_WORD[side].test(c.title) && (dominance === 'dominant' ? DOMINANT.test(c.title) : NON_DOMINANT.test(c.title)),
  );
  return fits.length === 1 ? fits[0]! : null;
}

/** Concepts documented as a past event or a late effect (a stroke "history of", "late effect of CVA", "2 years ago"). */
const pastConcepts = perNote((input: RuleInput): Set<string> => {
  const past = new Set<string>();
  for (const f of findingsOf(input.findings, 'diagnosis')) {
    if (!isPatientFact(f) || f.assertion.negated) continue;
    const def = diagnosisDef(input, f);
    if (writtenAsPast(input, f) || def?.sequela === true) past.add(f.attributes.concept);
  }
  return past;
});

/** Concepts documented as a current, acute event of this encounter. */
const currentConcepts = perNote(
  (input: RuleInput): Set<string> =>
    new Set(
    findingsOf(input.findings, 'diagnosis')
      .filter((f) => isAffirmed(f) && !isPast(input, f))
      .map((f) => f.attributes.concept),
    ),
);

/** Whether a finding stands in the assessment or plan, where the provider states the encounter's conditions. */
function inAssessment(input: RuleInput, f: Finding): boolean {
  const role = f.section ? input.lexicon.sections.get(f.section)?.role : undefined;
  return role === 'assessment' || role === 'plan';
}

/**
 * Concepts the assessment and plan name only as past ("residual from prior R MCA stroke"): the
 * provider's word on the encounter, so a history that narrates the event with no time cue the note
 * can place ("R MCA ischemic stroke 3/2025 -> acute rehab", no visit date) does not make it acute today.
 */
const assessedOnlyAsPast = perNote((input: RuleInput): Set<string> => {
  const past = new Set<string>();
  const current = new Set<string>();
  for (const f of findingsOf(input.findings, 'diagnosis')) {
    if (!isPatientFact(f) || f.assertion.negated || !inAssessment(input, f)) continue;
    (writtenAsPast(input, f) ? past : current).add(f.attributes.concept);
  }
  for (const c of current) past.delete(c);
  return past;
});

/** Historical, a late effect, or with history wording ("2 years ago", "s/p") in its own sentence. */
function writtenAsPast(input: RuleInput, f: FindingOf<'diagnosis'>): boolean {
  return f.assertion.historical || diagnosisDef(input, f)?.sequela === true || historyWording(input, f);
}

/** A past mention: written as past, or outside the assessment of a concept the assessment names only as past. */
function isPast(input: RuleInput, f: FindingOf<'diagnosis'>): boolean {
  return writtenAsPast(input, f) || (!inAssessment(input, f) && assessedOnlyAsPast(input).has(f.attributes.concept));
}

/**
 * The sequela code that replaces the codes of `def` (lexicon `sequelaOf`): the finding is itself a past
 * occurrence of a listed concept ("left pontine infarct 2 years ago": I69.3-), or it follows a past one
 * while no other listed concept is an acute event of this encounter (hemiparesis after an old stroke:
 * I69.35-; with an acute stroke today it stays G81.9-).
 */
function sequelaFor(input: RuleInput, def: DiagnosisDef | undefined, f?: FindingOf<'diagnosis'>): { code: string; after: string } | null {
  const past = pastConcepts(input);
  const current = currentConcepts(input);
  const self = f?.attributes.concept;
  for (const rule of def?.sequelaOf ?? []) {
    if (f && self !== undefined && rule.concepts.includes(self) && isPast(input, f)) return { code: rule.code, after: self };
    const others = rule.concepts.filter((c) => c !== self);
    if (others.some((c) => current.has(c) && input.lexicon.diagnoses.get(c)?.sequela !== true)) continue;
    const after = others.find((c) => past.has(c));
    if (after) return { code: rule.code, after };
  }
  return null;
}

/** The code family a documented condition is coded with here: its sequela code after a past event, else its own. */
export function codesOf(input: RuleInput, f: FindingOf<'diagnosis'>): { codes: string[]; sequelaOf: string | null } {
  const sequela = sequelaFor(input, diagnosisDef(input, f), f);
  return sequela ? { codes: [sequela.code], sequelaOf: sequela.after } : { codes: diagnosisCodes(input, f), sequelaOf: null };
}

function resolve(input: RuleInput, codes: readonly string[], side: Side | null, sequelaOf: string | null, reason: string): SuggestedCode[] {
  const why = sequelaOf ? `${reason}; a sequela of the documented past ${sequelaOf.replace(/-/g, ' ')}` : reason;
  return codes.flatMap((code) => {
    const sided = side ? sidedChild(input, code, side) : null;
    if (sided) return [suggestion(input.lexicon, sided.code, `${why}; ${side} side${handOf(input) ? '' : ' (dominance not stated: Guideline I.C.6.a default)'}`)];
    const billable = billableCodesFor(input.lexicon, code);
    return billable.length > 0 ? billable.map((c) => suggestion(input.lexicon, c.code, why)) : [suggestion(input.lexicon, code, why)];
  });
}

/**
 * Suggestions for a code family named by a rule (a one-sided weakness: the hemiplegia family), with
 * the side the rule found and the sequela the lexicon gives the family's diagnosis after a past event.
 */
export function suggestionsForFamily(input: RuleInput, family: string, side: Side | null, reason: string): SuggestedCode[] {
  const def = input.lexicon.data.diagnoses.diagnoses.find((d) => d.codes.includes(family) || d.codes.includes(`${family}-`));
  const sequela = sequelaFor(input, def);
  return resolve(input, [sequela?.code ?? family], side, sequela?.after ?? null, reason);
}

/** Suggestions for a documented condition: sequela, side and dominance applied, resolved to billable codes. */
export function suggestionsForFinding(input: RuleInput, f: FindingOf<'diagnosis'>, reason: string): SuggestedCode[] {
  const { codes, sequelaOf } = codesOf(input, f);
  return resolve(input, codes, sideOf(input, f), sequelaOf, reason);
}
