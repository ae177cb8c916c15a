/**
 * What the note says about the condition of a chosen code: documented, denied, resolved, only
 * possible, or not mentioned. The condition is found through the lexicon only: diagnosis terms whose
 * codes cover the chosen code ("hypothyroidism" for E03.9) and the finding types the code file links
 * to it (`conditionFindings`: weakness for R53.1). The code's own wording counts ("Hypothyroidism
 * E03.9 (resolved)", "probable steroid myopathy - G72.0"), but its label is not evidence for itself:
 * "Assessment: Weakness (R53.1)" documents nothing beyond the code. One affirmed, current mention
 * anywhere documents the condition; otherwise the strongest contrary wording decides (negated >
 * resolved > uncertain), except that the code's own unhedged wording outweighs a hedge elsewhere. A condition listed in the past medical history with no resolution wording
 * is documented (chronic conditions are listed there), not resolved.
 */
import { codeLabelIds, labelsByCode } from '../../assertion/code-labels.ts';
import type { PhraseMatch } from '../../matcher.ts';
import { diagnosisCodes, isPatientFact, toRef } from '../../evidence/index.ts';
import type { RuleInput } from '../../rule-input.ts';
import type { ChosenCode, EvidenceRef, Finding } from '../../types.ts';
import { refCovers } from './codes.ts';
import { historyWording, sentenceMatches } from './per-note.ts';
import { NoteMemo } from '../../note-memo.ts';

export type CodedConditionStatus = 'documented' | 'negated' | 'resolved' | 'uncertain' | 'unmentioned';

export interface CodedCondition {
  status: CodedConditionStatus;
  /** The mentions (and the code's own wording) that decided the status. */
  evidence: EvidenceRef[];
}

type Reading = Exclude<CodedConditionStatus, 'unmentioned'> | 'neutral';

function labels(input: RuleInput): ReadonlyMap<number, Finding> {
  return labelsByCode(input.text, input.findings, input.lexicon);
}

/** Tokens [from, to) say the condition went away ("resolved", "no longer") and nothing says it did not ("not resolved"). */
function saysResolved(input: RuleInput, from: number, to: number): boolean {
  return resolvedPayloads(input.lexicon.resolvedCues.findAll(input.doc.tokens, from, to));
}

/** Payloads say the condition went away ("resolved", "no longer") and none says it did not ("not resolved"). */
function resolvedPayloads(matches: readonly PhraseMatch<boolean>[]): boolean {
  const found = matches.flatMap((m) => m.payloads);
  return found.includes(true) && !found.includes(false);
}

/** The sentence of `f` says the condition went away (each sentence is scanned once per note). */
export function resolutionWording(input: RuleInput, f: Finding): boolean {
  return resolvedPayloads(sentenceMatches(input.doc, input.lexicon.resolvedCues, f.sentence));
}

/** Historical only because of its section (PMH), not because of its own wording. */
function historicalBySection(input: RuleInput, f: Finding): boolean {
  const s = input.doc.sentences[f.sentence];
  return s !== undefined && input.doc.sectionDefs[s.sectionIndex]?.defaults?.historical === true;
}


function read(input: RuleInput, f: Finding): Reading {
  const a = f.assertion;
  if (a.negated) return resolutionWording(input, f) ? 'resolved' : 'negated';
  if (a.historical) {
    if (resolutionWording(input, f)) return 'resolved';
    // A PMH listing, a date or "since then" alone does not make a (chronic) condition past.
    return !historicalBySection(input, f) && historyWording(input, f) ? 'resolved' : 'neutral';
  }
  if (a.uncertain) return 'uncertain';
  return 'documented';
}

/** Mentions of the code's condition other than its own label, about this patient. */
export function conditionMentions(input: RuleInput, code: string): Finding[] {
  const labelIds = codeLabelIds(input.text, input.findings, input.lexicon);
  const linked = input.lexicon.codes.get(code)?.conditionFindings ?? [];
  return input.findings.filter((f) => {
    if (labelIds.has(f.id) || !isPatientFact(f)) return false;
    if (f.type === 'diagnosis') return diagnosisCodes(input, f).some((dc) => refCovers(dc, code));
    if (f.type !== 'weakness' && f.type !== 'fatigue') return false;
    return linked.some(
      (l) => l.type === f.type && (f.type !== 'weakness' || !l.distributions || l.distributions.includes(f.attributes.distribution)),
    );
  });
}

/** The label names this code's condition: a diagnosis whose codes cover it, or a finding type its code file links. */
function labelNames(input: RuleInput, label: Finding, code: string): boolean {
  if (label.type === 'diagnosis') return diagnosisCodes(input, label).some((dc) => refCovers(dc, code));
  const linked = input.lexicon.codes.get(code)?.conditionFindings ?? [];
  return linked.some((l) => l.type === label.type);
}

/** The code's written occurrence and its label ("Hypothyroidism" before "E03.9"), when written in the note. */
function ownWording(input: RuleInput, code: ChosenCode): { finding: Finding; refs: EvidenceRef[] } | null {
  if (code.start === undefined) return null;
  const finding = input.findings.find((f) => f.type === 'icd10-code' && f.start === code.start && f.end === code.end);
  if (!finding) return null;
  const label = labels(input).get(finding.id);
  // Without words naming its condition the code's own assertion says nothing about the condition
  // ("CAD s/p PCI - I25.10": the PCI is past, not the CAD; "Addison disease A41.9": another condition);
  // only a status right after the code counts then.
  if (!label || !labelNames(input, label, code.code)) return resolvedAfterCode(input, finding) ? { finding, refs: [toRef(finding)] } : null;
  return { finding, refs: [toRef(label), toRef(finding)] };
}

/** Tokens after a code that a problem-list status may take: "Hypokalemia (E87.6), resolved", "E03.9 - resolved". */
const STATUS_WINDOW = 4;

/** A resolution word right after the code in its sentence ("(E87.6), resolved"; "E87.6 - now resolved"). */
function resolvedAfterCode(input: RuleInput, code: Finding): boolean {
  const s = input.doc.sentences[code.sentence];
  if (!s) return false;
  let first = s.firstToken;
  while (first < s.endToken && input.doc.tokens[first]!.end <= code.end) first++;
  return saysResolved(input, first, Math.min(s.endToken, first + STATUS_WINDOW));
}

const PRIORITY: readonly Exclude<Reading, 'documented' | 'neutral'>[] = ['negated', 'resolved', 'uncertain'];

/** One note's reading of each chosen code (three rules and the confirmed-code check ask for the same code). */
const conditionsOfNote = new NoteMemo<readonly Finding[], Map<ChosenCode, { setting: string | undefined; condition: CodedCondition }>>('coded conditions');

export function codedCondition(input: RuleInput, code: ChosenCode): CodedCondition {
  let known = conditionsOfNote.get(input.findings);
  if (!known) conditionsOfNote.set(input.findings, (known = new Map()));
  const found = known.get(code);
  if (found && found.setting === input.options.setting) return found.condition;
  const condition = readCodedCondition(input, code);
  known.set(code, { setting: input.options.setting, condition });
  return condition;
}

function readCodedCondition(input: RuleInput, code: ChosenCode): CodedCondition {
  const inpatient = input.options.setting === 'inpatient';
  // Inpatient, a condition that resolved during the stay was still treated in it and is coded: only
  // history wording ("history of") makes it past there, not "resolved with repletion".
  const adjust = (reading: Reading, f: Finding): Reading =>
    reading === 'resolved' && inpatient && !f.assertion.historical ? 'documented' : reading;
  const mentions = conditionMentions(input, code.code).map((f) => ({ reading: adjust(read(input, f), f), refs: [toRef(f)] }));
  const own = ownWording(input, code);
  const ownRaw: Reading | null = own ? (resolvedAfterCode(input, own.finding) ? 'resolved' : read(input, own.finding)) : null;
  const ownReading = own && ownRaw ? adjust(ownRaw, own.finding) : null;
  // Outpatient, the assessment's own status of the code ("D50.9 - resolved") is the provider's conclusion
  // for this visit and outweighs a mention elsewhere ("f/u iron deficiency anemia").
  if (own && ownReading === 'resolved' && !inpatient) return { status: 'resolved', evidence: own.refs };
  if (mentions.some((m) => m.reading === 'documented' || m.reading === 'neutral')) {
    return { status: 'documented', evidence: mentions.filter((m) => m.reading === 'documented' || m.reading === 'neutral').flatMap((m) => m.refs) };
  }
  const readings = own && ownReading !== 'documented' ? [...mentions, { reading: ownReading!, refs: own.refs }] : mentions;
  for (const status of PRIORITY) {
    // The code written with its condition in plain words ("# Anemia (D64.9) - microcytic") is the
    // provider's unhedged diagnosis: a hedge elsewhere ("fatigue likely from the anemia") does not make
    // it only possible (it still yields to a denial or a resolution).
    if (status === 'uncertain' && own && ownReading === 'documented') return { status: 'documented', evidence: own.refs };
    const found = readings.filter((m) => m.reading === status);
    if (found.length > 0) return { status, evidence: found.flatMap((m) => m.refs).sort((a, b) => a.start - b.start) };
  }
  return { status: 'unmentioned', evidence: [] };
}

/** Confirmed for coding: not denied, resolved, or (outpatient) only possible. */
export function isConfirmedCode(input: RuleInput, code: ChosenCode): boolean {
  const { status } = codedCondition(input, code);
  return status === 'documented' || status === 'unmentioned' || (status === 'uncertain' && input.options.setting === 'inpatient');
}
