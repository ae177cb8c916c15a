/**
 * Deterministic corpus for the bench: realistic clinic and hospital notes of about 0.5 k, 3 k, 10 k
 * and 100 k characters plus one 1 MB note. A note is a scenario's story in the usual sections (CC,
 * HPI, history, ROS, exam with strength grades, lab table, coded assessment/plan); longer notes add
 * daily progress notes and more history until they reach their size. Same seed, same texts.
 */
import { createRng, type Rng } from '../prng.ts';
import { fill, type TemplateVars } from './fill.ts';
import { SCENARIOS, type LabResult, type Scenario } from './scenarios.ts';
import { SIZE_CLASSES, type SizeClassId } from './size-classes.ts';
import {
  ALLERGIES,
  COMMON_MEDICATIONS,
  EXAM_GENERAL,
  EXAM_NEURO,
  FAMILY_SENTENCES,
  HPI_SENTENCES,
  LAB_PANEL,
  MUSCLE_GROUPS,
  PAST_HISTORY,
  PLAN_SENTENCES,
  PROGRESS_PLAN,
  PROGRESS_SUBJECTIVE,
  ROS_SYSTEMS,
  SOCIAL_SENTENCES,
  SURGICAL_HISTORY,
} from './templates.ts';

/** The `ms_1mb` note: 1 MiB of characters. */
export const MEGABYTE = 1_048_576;

export const DEFAULT_SEED = 20_261_121;

export interface BenchNote {
  id: string;
  sizeClass: SizeClassId;
  text: string;
}

export function generateCorpus(seed: number = DEFAULT_SEED): BenchNote[] {
  const notes: BenchNote[] = [];
  SIZE_CLASSES.forEach((sizeClass, classIndex) => {
    for (let i = 0; i < sizeClass.count; i++) {
      const noteSeed = (seed + classIndex * 1_000_003 + i * 7_919) >>> 0;
      notes.push({ id: `${sizeClass.id}-${i + 1}`, sizeClass: sizeClass.id, text: generateNote(noteSeed, sizeClass.target) });
    }
  });
  return notes;
}

export function generateMegabyteNote(seed: number = DEFAULT_SEED): string {
  return generateNote(seed ^ 0x5eed, MEGABYTE);
}

interface Block {
  header: string;
  /** The first item sits on the header line ("CC: fatigue"). */
  inline: boolean;
  items: string[];
  joiner: ' ' | '\n';
}

/** A note under construction; `length` is kept in step with render() so filling stays linear. */
class NoteBuilder {
  readonly blocks: Block[] = [];
  length = 0;

  block(header: string, joiner: Block['joiner'], items: string[] = [], inline = false): Block {
    const block: Block = { header, inline, items: [], joiner };
    this.insertBlock(this.blocks.length, block);
    for (const item of items) this.add(block, item);
    return block;
  }

  insertBlock(index: number, block: Block): void {
    this.blocks.splice(index, 0, block);
    this.length += blockLength(block) + (this.blocks.length > 1 ? 2 : 0);
  }

  add(block: Block, item: string): void {
    const separator = block.items.length > 0 || block.header !== '' ? 1 : 0;
    block.items.push(item);
    this.length += separator + item.length;
  }

  render(): string {
    return this.blocks.map(renderBlock).join('\n\n');
  }
}

function blockLength(block: Block): number {
  return renderBlock(block).length;
}

function renderBlock(block: Block): string {
  const body = block.items.join(block.joiner);
  if (!block.header) return body;
  if (body === '') return block.header;
  return `${block.header}${block.inline ? ' ' : '\n'}${body}`;
}

type HeaderKey = 'cc' | 'hpi' | 'pmh' | 'psh' | 'meds' | 'allergies' | 'social' | 'family' | 'ros' | 'exam' | 'labs' | 'ap';

/** Three house styles seen in real notes: upper-case, title-case and abbreviated headers. */
const HEADERS: Record<HeaderKey, readonly [string, string, string]> = {
  cc: ['CHIEF COMPLAINT:', 'Chief Complaint:', 'CC:'],
  hpi: ['HISTORY OF PRESENT ILLNESS:', 'History of Present Illness:', 'HPI:'],
  pmh: ['PAST MEDICAL HISTORY:', 'Past Medical History:', 'PMH:'],
  psh: ['PAST SURGICAL HISTORY:', 'Past Surgical History:', 'PSH:'],
  meds: ['MEDICATIONS:', 'Current Medications:', 'Meds:'],
  allergies: ['ALLERGIES:', 'Allergies:', 'Allergies:'],
  social: ['SOCIAL HISTORY:', 'Social History:', 'SH:'],
  family: ['FAMILY HISTORY:', 'Family History:', 'FH:'],
  ros: ['REVIEW OF SYSTEMS:', 'Review of Systems:', 'ROS:'],
  exam: ['PHYSICAL EXAMINATION:', 'Physical Exam:', 'PE:'],
  labs: ['LABORATORY DATA:', 'Labs:', 'LABS:'],
  ap: ['ASSESSMENT AND PLAN:', 'Assessment and Plan:', 'A/P:'],
};

const GRADES = ['5/5', '5/5', '5/5', '5-/5', '4+/5', '4/5', '4-/5', '3/5'] as const;

interface Patient {
  scenario: Scenario;
  vars: TemplateVars;
  style: 0 | 1 | 2;
  labs: Map<string, LabResult>;
}

function makePatient(rng: Rng): Patient {
  const scenario = rng.pick(SCENARIOS);
  const female = scenario.sex ? scenario.sex === 'female' : rng.chance(0.5);
  const side = rng.pick(['left', 'right']);
  const weeks = rng.int(2, 12);
  const vars: TemplateVars = {
    He: female ? 'She' : 'He',
    he: female ? 'she' : 'he',
    His: female ? 'Her' : 'His',
    his: female ? 'her' : 'his',
    him: female ? 'her' : 'him',
    age: String(scenario.id === 'frailty' ? rng.int(82, 96) : rng.int(24, 89)),
    sex: female ? 'woman' : 'man',
    side,
    Side: side[0]!.toUpperCase() + side.slice(1),
    weeks: String(weeks),
    days: String(rng.int(3, 9)),
    dur: (r) => r.pick([`${r.int(2, 11)} weeks`, `${r.int(2, 8)} months`, 'several weeks', 'about a year', `${r.int(3, 20)} days`]),
    hours: (r) => String(r.int(4, 9)),
    pain: (r) => String(r.int(0, 8)),
    oldAge: (r) => String(r.int(61, 94)),
    grade: (r) => r.pick(GRADES),
    complaint: (r) => fill(scenario.complaints[0]!, vars, r),
  };
  return { scenario, vars, style: rng.pick([0, 1, 2] as const), labs: new Map(scenario.labs.map((lab) => [lab.analyte, lab])) };
}

export function generateNote(seed: number, target: number): string {
  const rng = createRng(seed);
  const patient = makePatient(rng);
  const note = new NoteBuilder();
  const say = (template: string): string => fill(template, patient.vars, rng);
  const header = (key: HeaderKey): string => HEADERS[key][patient.style];
  const { scenario } = patient;
  const opening = say(`{age}-year-old {sex} [presents with|seen today for|here for evaluation of] {complaint}.`);

  note.block(header('cc'), ' ', [say(rng.pick(scenario.complaints))], true);
  let hpi: Block;
  let exam: Block;
  let ap: Block;
  let progressAt: number;
  if (target < 1_500) {
    hpi = note.block(header('hpi'), ' ', [opening, say(rng.pick(scenario.hpi))]);
    exam = note.block(header('exam'), '\n', [say(rng.pick(scenario.exam))]);
    progressAt = note.blocks.length;
    ap = note.block(header('ap'), '\n', [problemLine(scenario.problems[0]!, 1, say, false)]);
  } else {
    hpi = note.block(header('hpi'), ' ', [opening, ...scenario.hpi.map(say), ...rng.sample(HPI_SENTENCES, 2).map(say)]);
    note.block(header('pmh'), '\n', rng.sample(PAST_HISTORY, rng.int(2, 5)).map((item) => `- ${item}`));
    if (rng.chance(0.5)) note.block(header('psh'), '\n', rng.sample(SURGICAL_HISTORY, rng.int(1, 2)).map((item) => `- ${item}`));
    const drug = (med: string): string => med.split(' ')[0]!;
    const taken = new Set(scenario.medications.map(drug));
    const meds = [...scenario.medications, ...rng.sample(COMMON_MEDICATIONS.filter((med) => !taken.has(drug(med))), rng.int(1, 4))];
    note.block(header('meds'), '\n', meds.map((med, i) => `${i + 1}. ${med}`));
    note.block(header('allergies'), ' ', [rng.pick(ALLERGIES)], true);
    note.block(header('social'), ' ', rng.sample(SOCIAL_SENTENCES, 2).map(say));
    note.block(header('family'), ' ', rng.sample(FAMILY_SENTENCES, rng.int(1, 2)).map(say));
    note.block(header('ros'), '\n', reviewOfSystems(rng, scenario));
    exam = note.block(header('exam'), '\n', [
      vitals(rng),
      ...rng.sample(EXAM_GENERAL, rng.int(2, 4)).map(say),
      ...rng.sample(EXAM_NEURO, rng.int(1, 3)).map(say),
      ...scenario.exam.map(say),
    ]);
    if (rng.chance(0.4)) note.block('', '\n', strengthTable(rng, scenario));
    note.block(header('labs'), '\n', labTable(rng, patient));
    progressAt = note.blocks.length;
    ap = note.block(header('ap'), '\n', scenario.problems.map((problem, i) => problemLine(problem, i + 1, say, true)));
    note.block('', ' ', [`Electronically signed ${date(rng)} ${rng.int(7, 18)}:${String(rng.int(0, 59)).padStart(2, '0')}.`]);
  }

  let day = 1;
  while (note.length < target) {
    const remaining = target - note.length;
    if (remaining > 2_500 && target >= 10_000) {
      note.insertBlock(progressAt++, progressNote(rng, patient, say, day++));
      continue;
    }
    const where = rng.int(0, 2);
    if (where === 0) note.add(hpi, say(rng.pick(HPI_SENTENCES)));
    else if (where === 1) note.add(exam, say(rng.pick(EXAM_NEURO)));
    else note.add(ap, say(rng.pick(PLAN_SENTENCES)));
  }
  const text = note.render();
  return rng.chance(0.1) ? text.replace(/\n/g, '\r\n') : text;
}

function problemLine(problem: Scenario['problems'][number], n: number, say: (t: string) => string, withPlan: boolean): string {
  const assessment = problem.assessment.map(say).join(' ');
  const plan = withPlan ? ` Plan: ${problem.plan.map(say).join(' ')}` : '';
  return `${n}. ${problem.title} (${problem.code}): ${assessment}${plan}`;
}

function reviewOfSystems(rng: Rng, scenario: Scenario): string[] {
  const [constitutional, ...others] = ROS_SYSTEMS;
  const lines = rng.sample(others, rng.int(3, 8)).map(({ system, negatives }) => {
    const denied = rng.sample(negatives, rng.int(1, negatives.length)).join(', ');
    return `${system}: [Negative for|Denies|No] ${denied}.`;
  });
  lines.unshift(`${constitutional!.system}: Positive for ${scenario.rosPositives.join(', ')}. Negative for ${rng.sample(constitutional!.negatives, 2).join(', ')}.`);
  lines.push('All other systems reviewed and negative.');
  return lines.map((line) => fill(line, {}, rng));
}

function vitals(rng: Rng): string {
  return `Vitals: BP ${rng.int(98, 168)}/${rng.int(56, 96)}, HR ${rng.int(52, 112)}, RR ${rng.int(12, 22)}, T ${rng.decimal(36.1, 38.2, 1)} C, SpO2 ${rng.int(91, 100)}% on room air, weight ${rng.decimal(45, 120, 1)} kg.`;
}

/** A graded table; all 5/5 when the scenario's own exam grades nothing below 5. */
function strengthTable(rng: Rng, scenario: Scenario): string[] {
  const weak = scenario.exam.some((line) => /[0-4][+-]?\/5/.test(line));
  const grade = (): string => (weak ? rng.pick(GRADES) : '5/5');
  const rows = rng.sample(MUSCLE_GROUPS, rng.int(4, 8)).map((group) => `${group.padEnd(20)}${grade().padEnd(8)}${grade()}`);
  return [`${'Strength (MRC)'.padEnd(20)}${'Right'.padEnd(8)}Left`, ...rows];
}

function date(rng: Rng): string {
  return `${String(rng.int(1, 12)).padStart(2, '0')}/${String(rng.int(1, 28)).padStart(2, '0')}/2026`;
}

function labValue(rng: Rng, patient: Patient, id: string): { value: string; flag: string } | null {
  const analyte = LAB_PANEL.find((a) => a.id === id);
  if (!analyte) return null;
  const abnormal = patient.labs.get(id);
  if (abnormal) return { value: String(abnormal.value), flag: abnormal.flag };
  return { value: rng.decimal(analyte.low, analyte.high, analyte.digits).toFixed(analyte.digits), flag: '' };
}

function labTable(rng: Rng, patient: Patient): string[] {
  const ids = new Set([...patient.labs.keys(), ...rng.sample(LAB_PANEL, rng.int(4, 10)).map((a) => a.id)]);
  const tabs = rng.chance(0.5);
  const rows = LAB_PANEL.filter((a) => ids.has(a.id)).map((analyte) => {
    const { value, flag } = labValue(rng, patient, analyte.id)!;
    const range = `(${analyte.low}-${analyte.high})`;
    return tabs
      ? [analyte.label, value, flag, analyte.unit, range].join('\t')
      : `${analyte.label.padEnd(18)}${`${value} ${flag}`.padEnd(10)}${analyte.unit.padEnd(16)}${range}`;
  });
  return [`Collected ${date(rng)}:`, ...rows];
}

function inlineLabs(rng: Rng, patient: Patient): string {
  const ids = [...patient.labs.keys(), ...rng.sample(LAB_PANEL, rng.int(3, 6)).map((a) => a.id)];
  const parts = [...new Set(ids)].map((id) => {
    const analyte = LAB_PANEL.find((a) => a.id === id)!;
    const { value, flag } = labValue(rng, patient, id)!;
    return `${analyte.label} ${value}${flag ? ` (${flag})` : ''}`;
  });
  return `Labs: ${parts.join(', ')}.`;
}

function progressNote(rng: Rng, patient: Patient, say: (t: string) => string, day: number): Block {
  const { scenario } = patient;
  const items = [
    `S: ${rng.sample(PROGRESS_SUBJECTIVE, rng.int(2, 4)).map(say).join(' ')}`,
    `O: ${vitals(rng)}`,
    ...rng.sample(EXAM_NEURO, rng.int(1, 3)).map(say),
    say(rng.pick(scenario.exam)),
    inlineLabs(rng, patient),
    'A/P:',
    ...scenario.problems.map((problem, i) => problemLine(problem, i + 1, say, rng.chance(0.5))),
    ...rng.sample(PROGRESS_PLAN, rng.int(2, 4)).map(say),
  ];
  return { header: `PROGRESS NOTE, HOSPITAL DAY ${day} (${date(rng)}):`, inline: false, items, joiner: '\n' };
}
