/**
 * Generic rule kind possible-dx-from-values: a clinically significant abnormal lab with no diagnosis
 * that answers it, a query opportunity. Quiet unless right: the rule's triggers (pack data) ask for a clearly abnormal value, or
 * an abnormal value the team acted on (treatment, work-up, a recheck order, the value cited in the
 * assessment); one borderline value, a normal, historical, hemolyzed or to-be-confirmed value, a
 * documented diagnosis or a documented decision not to work up give nothing.
 */
import type { LabThresholdDef, LabTriggerDef } from '../../../lexicon/types.ts';
import { findingsOf, isConfirmedInSetting, isCurrentMention, isEvidenceId, isPatientFact, toRef } from '../../evidence/index.ts';
import { patientSex, pregnancyStatus } from '../../evidence/demographics.ts';
import { labSeries } from '../../evidence/lab-series.ts';
import { conditionHolds } from '../../queries.ts';
import { affirmedTermSetHits, isTermSet, termSetHits, termSetRef, type TermSetHit } from '../../evidence/term-sets.ts';
import type { EvidenceRef, Finding, FindingOf } from '../../types.ts';
import { refCovers, suggestionsFor } from '../support/codes.ts';
import { defineKind, type RuleContext } from '../support/define-rule.ts';
import { optionalHint } from '../support/params.ts';
import { NoteMemo } from '../../note-memo.ts';

type Lab = FindingOf<'lab'>;

interface Result {
  lab: Lab;
  /** The value in the analyte's conventional unit (lexicon/labs.yaml `unit`). */
  value: number;
}

/** The value in the conventional unit, or null when its unit cannot be converted. */
function conventionalValue(ctx: RuleContext, trigger: LabTriggerDef, lab: Lab): number | null {
  const { value, unit } = lab.attributes;
  if (value === null) return null;
  if (unit === undefined) return value;
  const written = unit.toLowerCase().replace(/μ/g, 'µ');
  const def = ctx.lexicon.analytes.get(trigger.analyte);
  if (def?.units.includes(written)) return value;
  const factor = trigger.conversions?.find((c) => c.unit === written)?.factor;
  return factor === undefined ? null : value * factor;
}

function compare(op: LabThresholdDef['op'], a: number, b: number): boolean {
  switch (op) {
    case 'lt':
      return a < b;
    case 'le':
      return a <= b;
    case 'gt':
      return a > b;
    case 'ge':
      return a >= b;
  }
}

/** Reference limits as the finding carries them (note, then user setting, then lexicon), in the unit written. */
function limitOf(ctx: RuleContext, lab: Lab, side: 'low' | 'high'): number | undefined {
  const own = side === 'low' ? lab.attributes.refLow : lab.attributes.refHigh;
  if (own !== undefined) return own;
  const range = ctx.options.labRanges?.[lab.attributes.analyte];
  const def = ctx.lexicon.analytes.get(lab.attributes.analyte);
  return side === 'low' ? (range?.low ?? def?.refLow) : (range?.high ?? def?.refHigh);
}

/**
 * The fixed limit for this patient: the pregnant, female or male limit when the note states pregnancy
 * or sex (`bySex`), else `value` (the pack's limit for an unknown sex).
 */
function fixedLimit(ctx: RuleContext, t: LabThresholdDef): number | undefined {
  if (t.value === undefined || t.bySex === undefined) return t.value;
  const pregnant = pregnancyStatus(ctx.findings);
  if (pregnant && !pregnant.postpartum && t.bySex.pregnant !== undefined) return t.bySex.pregnant;
  const sex = patientSex(ctx.findings);
  return (sex === null ? undefined : t.bySex[sex]) ?? t.value;
}

function meets(ctx: RuleContext, t: LabThresholdDef, direction: LabTriggerDef['direction'], r: Result): boolean {
  const fixed = fixedLimit(ctx, t);
  if (fixed !== undefined) return compare(t.op, r.value, fixed);
  // Range-based limits are in the unit the finding's range is in: compare the value as written.
  const raw = r.lab.attributes.value!;
  const limit = limitOf(ctx, r.lab, t.timesUpperLimit !== undefined ? 'high' : direction);
  if (limit === undefined) return false;
  return compare(t.op, raw, t.timesUpperLimit !== undefined ? t.timesUpperLimit * limit : limit);
}

/** Mentions that count as said about this patient now: not negated, not hypothetical, not family. */
function stated(hits: readonly TermSetHit[]): TermSetHit[] {
  return hits.filter((h) => !h.assertion.negated && !h.assertion.hypothetical && !h.assertion.family);
}

const statedSentences = new NoteMemo<readonly TermSetHit[], Set<number>>('stated sentences');

/** Whether a sentence states a mention of one of the sets (indexed once per set and note). */
function inSentenceWith(ctx: RuleContext, sets: readonly string[], sentence: number): boolean {
  return sets.some((id) => {
    const hits = termSetHits(ctx, id);
    let sentences = statedSentences.get(hits);
    if (!sentences) statedSentences.set(hits, (sentences = new Set(stated(hits).map((h) => h.sentence))));
    return sentences.has(sentence);
  });
}

/** Worst first: lowest for a low trigger, highest for a high one. */
function worstFirst(direction: LabTriggerDef['direction'], results: readonly Result[]): Result[] {
  return [...results].sort((a, b) => (direction === 'low' ? a.value - b.value : b.value - a.value) || a.lab.start - b.lab.start);
}

/** Distinct results: the same value written again (HPI, labs, A/P) is one result. */
function distinctValues(results: readonly Result[]): number {
  return new Set(results.map((r) => r.value)).size;
}

/**
 * The most distinct results whose written times prove they lie within `hours` of each other (the
 * widest span their times allow: a date without a clock spans its day). Undated results, and labels
 * such as "pre-op" that place a value on no clock, prove no window (packs README "Series").
 */
function resultsWithin(results: readonly Result[], hours: number): number {
  const timed = results.filter((r) => r.lab.attributes.at !== undefined).sort((a, b) => a.lab.attributes.at! - b.lab.attributes.at!);
  let best = 0;
  for (let i = 0; i < timed.length; i++) {
    const start = timed[i]!.lab.attributes.at!;
    const seen = new Set<string>();
    for (let j = i; j < timed.length; j++) {
      const at = timed[j]!.lab.attributes;
      if (at.at! + (at.atWindow ?? 0) - start > hours * 60) break;
      seen.add(`${at.at}|${timed[j]!.value}`);
    }
    best = Math.max(best, seen.size);
  }
  return best;
}

/**
 * The question is answered: the condition asked about is documented (affirmed; uncertain only
 * inpatient, II.H vs IV.H, where outpatient the query asks to confirm it), another explanation of the
 * value is documented even as probable (the provider has attributed the value), or a code of one of
 * them is chosen or written in the note ("Hypokalemia E87.6 - resolved": documented for this stay).
 */
function isDocumented(ctx: RuleContext, trigger: LabTriggerDef): boolean {
  const concepts = new Set(trigger.documentedBy);
  const defs = trigger.documentedBy.map((c) => ctx.lexicon.diagnoses.get(c)).filter((d) => d !== undefined);
  const mentioned = findingsOf(ctx.findings, 'diagnosis').some(
    (f) =>
      concepts.has(f.attributes.concept) &&
      (f.attributes.concept === trigger.suggests ? isConfirmedInSetting(f, ctx.options) : isCurrentMention(f)),
  );
  const covered = (code: string) => defs.some((d) => d.codes.some((dc) => refCovers(dc, code)));
  const chosen = ctx.codes.some((c) => covered(c.code));
  const written = findingsOf(ctx.findings, 'icd10-code').some((f) => isPatientFact(f) && covered(f.attributes.code));
  return mentioned || chosen || written;
}

function isExcluded(ctx: RuleContext, trigger: LabTriggerDef): boolean {
  const by = trigger.excludedBy;
  const concepts = new Set(by?.concepts ?? []);
  if (findingsOf(ctx.findings, 'diagnosis').some((f) => concepts.has(f.attributes.concept) && isCurrentMention(f))) return true;
  if ((by?.evidence ?? []).some((id) => ctx.evidence(id).met)) return true;
  if (ctx.codes.some((c) => (by?.codes ?? []).some((r) => refCovers(r, c.code)))) return true;
  return (by?.termSets ?? []).some((id) => stated(termSetHits(ctx, id)).length > 0);
}

/**
 * The current patient values that may correct another result, by analyte and section, in findings order:
 * gathered once per note, since reading every lab for each of thousands of results grew with the square
 * of the note.
 */
const correctingByNote = new NoteMemo<readonly Finding[], Map<string, Lab[]>>('correcting values');

function correctingCandidates(findings: readonly Finding[]): Map<string, Lab[]> {
  let index = correctingByNote.get(findings);
  if (index) return index;
  index = new Map();
  for (const l of findingsOf(findings, 'lab')) {
    if (l.attributes.value === null || !isPatientFact(l) || l.assertion.negated || l.assertion.historical) continue;
    const key = JSON.stringify([l.attributes.analyte, l.section]);
    const list = index.get(key);
    if (list) list.push(l);
    else index.set(key, [l]);
  }
  correctingByNote.set(findings, index);
  return index;
}

/** The other analyte's value a correction reads: the one in the result's sentence, else the nearest in its section. */
function correctingValue(ctx: RuleContext, lab: Lab, analyte: string): number | null {
  const candidates = correctingCandidates(ctx.findings).get(JSON.stringify([analyte, lab.section])) ?? [];
  const same = candidates.filter((l) => l.sentence === lab.sentence);
  const pool = same.length > 0 ? same : candidates;
  const nearest = [...pool].sort((a, b) => Math.abs(a.start - lab.start) - Math.abs(b.start - lab.start))[0];
  if (!nearest) return null;
  const def = ctx.lexicon.analytes.get(analyte);
  const unit = nearest.attributes.unit?.toLowerCase();
  // Another scale (glucose in mmol/L) without a canonical value from the lab parser: no correction.
  const canonical = (nearest.attributes as { canonicalValue?: number }).canonicalValue;
  if (canonical !== undefined) return canonical;
  return unit === undefined || def?.units.includes(unit) ? nearest.attributes.value : null;
}

/** Whether the result is still abnormal once corrected for another analyte (sodium for glucose). */
function abnormalWhenCorrected(ctx: RuleContext, trigger: LabTriggerDef, r: Result): boolean {
  for (const c of trigger.correctedFor ?? []) {
    const other = correctingValue(ctx, r.lab, c.analyte);
    if (other === null || !compare(c.when.op, other, c.when.value)) continue;
    const corrected = r.value + c.factor * (other - c.base);
    if (!meets(ctx, trigger.abnormal, trigger.direction, { lab: r.lab, value: corrected })) return false;
  }
  return true;
}

/** The grade band the worst result falls in (message only), or the trigger's ungraded wording. */
function gradeOf(trigger: LabTriggerDef, value: number): string {
  if (!trigger.grades) return '';
  return trigger.grades.bands.find((b) => compare(b.op, value, b.value))?.label ?? trigger.grades.ungraded;
}

interface Significance {
  /** Why the value is worth a query, for the message. */
  why: string;
  evidence: EvidenceRef[];
}

/**
 * What makes an abnormal value clinically significant (the first reason names it in the message; the
 * evidence of every reason becomes a query indicator), or null when nothing does.
 */
function significance(ctx: RuleContext, trigger: LabTriggerDef, all: readonly Result[], abnormal: readonly Result[], unit: string): Significance | null {
  const reasons: Significance[] = [];
  const alone = trigger.significantAlone;
  if (alone && abnormal.some((r) => meets(ctx, alone, trigger.direction, r))) {
    const fixed = fixedLimit(ctx, alone);
    const limit = fixed !== undefined ? `${fixed} ${unit}` : 'the clinically significant limit';
    reasons.push({ why: `${trigger.direction === 'low' ? 'below' : 'above'} ${limit}`, evidence: [] });
  }
  const s = trigger.significance;
  const acted = affirmedTermSetHits(ctx, s.termSets ?? []);
  if (acted.length > 0) reasons.push({ why: `with "${acted[0]!.text}" documented`, evidence: acted.map(termSetRef) });
  if (s.citedInAssessment) {
    const cited = abnormal.find((r) => {
      const role = r.lab.section ? ctx.lexicon.sections.get(r.lab.section)?.role : undefined;
      return role === 'assessment' || role === 'plan';
    });
    if (cited) reasons.push({ why: 'cited in the assessment or plan', evidence: [] });
  }
  if (s.minResults !== undefined) {
    const counted = s.minResultsWithinHours === undefined ? distinctValues(all) : resultsWithin(all, s.minResultsWithinHours);
    const span = s.minResultsWithinHours === undefined ? '' : ` within ${s.minResultsWithinHours} h`;
    if (counted >= s.minResults) reasons.push({ why: `with ${counted} results documented${span}`, evidence: all.map((r) => toRef(r.lab)) });
  }
  const companions = findingsOf(ctx.findings, 'lab').filter(
    (l) => isCurrentMention(l) && !l.assertion.uncertain && (s.companionLabs ?? []).some((c) => c.analyte === l.attributes.analyte && c.flag === l.attributes.flag),
  );
  if (companions.length > 0) reasons.push({ why: `with "${companions[0]!.text}"`, evidence: companions.map(toRef) });
  for (const c of s.conditions ?? []) {
    if (!conditionHolds(ctx, c, ctx.evidence)) continue;
    // A pack's evidence predicate or term set quotes what it found ("NS 250 mL/h", "0-2 RBC/hpf");
    // the note-level query conditions (current-weakness) quote the weakness mentions.
    const quoted = isEvidenceId(ctx.lexicon, c) ? ctx.evidence(c).evidence : isTermSet(ctx.lexicon, c) ? affirmedTermSetHits(ctx, [c]).map(termSetRef) : null;
    if (quoted) reasons.push({ why: `with "${quoted[0]?.text ?? c}" documented`, evidence: quoted });
    else reasons.push({ why: 'with weakness documented', evidence: findingsOf(ctx.findings, 'weakness').filter(isCurrentMention).map(toRef) });
  }
  if (reasons.length === 0) return null;
  return { why: reasons[0]!.why, evidence: reasons.flatMap((r) => r.evidence) };
}

function rangeText(lab: Lab): string {
  const { refLow, refHigh } = lab.attributes;
  if (refLow !== undefined && refHigh !== undefined) return ` (reference ${refLow}-${refHigh})`;
  if (refHigh !== undefined) return ` (reference up to ${refHigh})`;
  if (refLow !== undefined) return ` (reference from ${refLow})`;
  return '';
}

function conceptName(ctx: RuleContext, concept: string): string {
  const term = ctx.lexicon.diagnoses.get(concept)?.terms[0] ?? concept;
  return term.charAt(0).toUpperCase() + term.slice(1);
}

/**
 * Sentences that tell a past episode of a diagnosis the trigger looks for: "Hx rhabdomyolysis 2022
 * (CK 25,000 after a stomach virus)". A value quoted there is that episode's evidence, not today's.
 */
function pastEpisodeSentences(ctx: RuleContext, trigger: LabTriggerDef): Set<number> {
  const concepts = new Set(trigger.documentedBy);
  return new Set(
    findingsOf(ctx.findings, 'diagnosis')
      .filter((f) => concepts.has(f.attributes.concept) && isPatientFact(f) && f.assertion.historical && !f.assertion.negated)
      .map((f) => f.sentence),
  );
}

/**
 * A value from before this encounter: a baseline or prior value, or (outpatient, where the encounter
 * is the visit) a dated value that a later value of the series supersedes ("B12 142 (11/2021) ...
 * today B12 590"). Inpatient, the stay's earlier dated values stay: the admission value that was
 * treated is this encounter's.
 */
function beforeEncounter(ctx: RuleContext, lab: Lab): boolean {
  const { time, current, at } = lab.attributes;
  if (time === 'baseline' || time === 'prior') return true;
  if (ctx.options.setting === 'inpatient' || current !== false || time !== 'dated') return false;
  // Serial values of the visit's own day ("3/2 08:00 Na 128; 3/2 16:00 Na 127") are this visit's.
  const latest = currentLabs(ctx.findings).get(lab.attributes.analyte);
  const day = (minutes: number) => Math.floor(minutes / MINUTES_PER_DAY);
  return !(at !== undefined && latest?.attributes.at !== undefined && day(at) === day(latest.attributes.at));
}

const MINUTES_PER_DAY = 1440;
const labsByAnalyte = new NoteMemo<readonly Finding[], Map<string, Lab[]>>('labs by analyte');
const NO_LABS: readonly Lab[] = [];

/** The note's lab findings of one analyte, in findings order (every trigger of every pack asks for its own analyte). */
function labsOf(findings: readonly Finding[], analyte: string): readonly Lab[] {
  let index = labsByAnalyte.get(findings);
  if (!index) {
    labsByAnalyte.set(findings, (index = new Map()));
    for (const l of findingsOf(findings, 'lab')) {
      const list = index.get(l.attributes.analyte);
      if (list) list.push(l);
      else index.set(l.attributes.analyte, [l]);
    }
  }
  return index.get(analyte) ?? NO_LABS;
}
const currentByNote = new NoteMemo<readonly Finding[], Map<string, Lab>>('current labs');

/** Each analyte's current value (the first one not marked otherwise), found once per note. */
function currentLabs(findings: readonly Finding[]): Map<string, Lab> {
  let current = currentByNote.get(findings);
  if (current) return current;
  current = new Map();
  for (const l of findingsOf(findings, 'lab')) if (l.attributes.current !== false && !current.has(l.attributes.analyte)) current.set(l.attributes.analyte, l);
  currentByNote.set(findings, current);
  return current;
}

/** Whether the series' latest result (lab-series.ts time order) is one of the abnormal results. */
function latestIsAbnormal(ctx: RuleContext, trigger: LabTriggerDef, abnormal: readonly Result[]): boolean {
  const latest = labSeries(ctx.findings, trigger.analyte, ctx.lexicon.data.labs.baseline).results.at(-1);
  return latest !== undefined && abnormal.some((r) => latest.findings.includes(r.lab));
}

export default defineKind('possible-dx-from-values', (def) => (ctx) => {
  for (const trigger of def.triggers) {
    const unit = ctx.lexicon.analytes.get(trigger.analyte)?.unit ?? '';
    const spurious = trigger.spurious ?? [];
    const results: Result[] = [];
    let past: Set<number> | undefined;
    for (const lab of labsOf(ctx.findings, trigger.analyte)) {
      if (!isPatientFact(lab)) continue;
      if (lab.assertion.negated || lab.assertion.historical || lab.assertion.uncertain || beforeEncounter(ctx, lab)) continue;
      if ((past ??= pastEpisodeSentences(ctx, trigger)).has(lab.sentence)) continue;
      const value = conventionalValue(ctx, trigger, lab);
      if (value !== null) results.push({ lab, value });
    }
    // Cheap tests first: the term sets are scanned only for a note that has an abnormal value.
    if (!results.some((r) => meets(ctx, trigger.abnormal, trigger.direction, r)) || isDocumented(ctx, trigger)) continue;
    const all = results.filter((r) => !inSentenceWith(ctx, spurious, r.lab.sentence));
    // A value the provider judges in its own sentence ("Hgb 11.4, expected") asks nothing.
    const judged = trigger.judgedInSentence ?? [];
    let abnormal = all.filter(
      (r) => meets(ctx, trigger.abnormal, trigger.direction, r) && abnormalWhenCorrected(ctx, trigger, r) && !inSentenceWith(ctx, judged, r.lab.sentence),
    );
    if (abnormal.length === 0) continue;
    if (trigger.normalRepeatClears) {
      const lastAbnormal = Math.max(...abnormal.map((r) => r.lab.start));
      const cleared = all.some(
        (r) => r.lab.start > lastAbnormal && !abnormal.includes(r) && inSentenceWith(ctx, ['repeat-cues'], r.lab.sentence),
      );
      if (cleared) abnormal = [];
    }
    if (abnormal.length === 0 || (trigger.latestAbnormal && !latestIsAbnormal(ctx, trigger, abnormal))) continue;
    const also = (trigger.alsoRequires ?? []).map((id) => ctx.evidence(id));
    if (also.some((e) => !e.met)) continue;
    const why = significance(ctx, trigger, all, abnormal, unit);
    if (!why || isExcluded(ctx, trigger)) continue;
    const ordered = worstFirst(trigger.direction, abnormal);
    const worst = ordered[0]!;
    const name = conceptName(ctx, trigger.suggests);
    const codes = ctx.lexicon.diagnoses.get(trigger.suggests)?.codes ?? [];
    const evidence = [...ordered.map((r) => toRef(r.lab)), ...also.flatMap((e) => e.evidence), ...why.evidence];
    ctx.report({
      messageId: 'abnormal',
      data: {
        lab: `"${worst.lab.text}"`,
        direction: trigger.direction === 'low' ? 'below' : 'above',
        range: rangeText(worst.lab),
        why: why.why,
        candidate: name,
        grade: gradeOf(trigger, worst.value),
      },
      code: null,
      span: { start: worst.lab.start, end: worst.lab.end },
      evidence,
      suggestedCodes: codes.flatMap((c) => suggestionsFor(ctx.lexicon, c, `if the provider documents ${name.toLowerCase()} (${worst.lab.text})`)),
      documentationHint: optionalHint(ctx, 'abnormal', { name, lab: worst.lab.text }),
      query: { template: trigger.query, indicators: evidence },
      ...((trigger.warningWhen ?? []).some((id) => ctx.evidence(id).met) ? { severity: 'warning' as const } : {}),
    });
  }
});
