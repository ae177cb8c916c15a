/**
 * Build errors of every shared lexicon file: an unknown key, a value of the wrong type, a word outside
 * a closed vocabulary, a malformed code. Each row breaks a copy of the real file and expects the exact
 * start of one error line: the file, the field (one path format, `a[2].b`), the entry it is in when it
 * has a name, and what is wrong.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLexiconFiles } from '../../../src/lexicon/load-files.ts';
import { fileKind, validateFile } from '../../../src/lexicon/schemas/index.ts';
import { formatIssue } from '../../../src/schema/issues.ts';

const lexiconDir = resolve(__dirname, '../../../lexicon');
const files = new Map(readLexiconFiles(lexiconDir).map((f) => [f.path, f.data]));

// The rows edit YAML data of any shape.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Data = any;

function errors(path: string, edit: (d: Data) => void): string[] {
  const data = structuredClone(files.get(path)) as Data;
  expect(data, `lexicon/${path} exists`).toBeDefined();
  edit(data);
  return validateFile(fileKind(path)!, data, `lexicon/${path}`).map(formatIssue);
}

interface Row {
  name: string;
  path: string;
  edit: (d: Data) => void;
  /** The start of the expected line, computed from the edited data where it names an entry. */
  line: (d: Data) => string;
}

const rows: Row[] = [
  // sections.yaml
  { name: 'unknown key', path: 'sections.yaml', edit: (d) => (d.sections[0].header = ['cc']), line: (d) => `lexicon/sections.yaml: sections[0].header (${d.sections[0].id}): unknown key "header"; allowed: id, name, headers, role, defaults, codes` },
  { name: 'wrong type', path: 'sections.yaml', edit: (d) => (d.sections[0].codes = 'yes'), line: (d) => `lexicon/sections.yaml: sections[0].codes (${d.sections[0].id}): must be true or false, got "yes"` },
  { name: 'unknown enum value', path: 'sections.yaml', edit: (d) => (d.sections[0].role = 'subjective'), line: (d) => `lexicon/sections.yaml: sections[0].role (${d.sections[0].id}): must be one of complaint, history, ros,` },
  { name: 'unknown assertion default', path: 'sections.yaml', edit: (d) => (d.sections[0].defaults = { negative: true }), line: (d) => `lexicon/sections.yaml: sections[0].defaults.negative (${d.sections[0].id}): unknown key "negative"; allowed: negated,` },
  { name: 'a word where a list belongs', path: 'sections.yaml', edit: (d) => (d.abbreviations = 'Dr.'), line: () => 'lexicon/sections.yaml: abbreviations: must be a list, got "Dr."' },
  // context.yaml
  { name: 'unknown key', path: 'context.yaml', edit: (d) => (d.triggers[0].scope = 3), line: (d) => `lexicon/context.yaml: triggers[0].scope (${d.triggers[0].phrases[0]}): unknown key "scope"` },
  { name: 'wrong type', path: 'context.yaml', edit: (d) => (d.triggers[0].maxScope = 'three'), line: (d) => `lexicon/context.yaml: triggers[0].maxScope (${d.triggers[0].phrases[0]}): must be a number, got "three"` },
  { name: 'unknown enum value', path: 'context.yaml', edit: (d) => (d.triggers[0].category = 'negative'), line: (d) => `lexicon/context.yaml: triggers[0].category (${d.triggers[0].phrases[0]}): must be one of negated, uncertain, historical, hypothetical, family, chronic, current, recent; got "negative"` },
  { name: 'unknown category in a list', path: 'context.yaml', edit: (d) => (d.terminations[0].categories = ['past']), line: (d) => `lexicon/context.yaml: terminations[0].categories[0] (${d.terminations[0].phrases[0]}): must be one of negated,` },
  { name: 'a word where a mapping belongs', path: 'context.yaml', edit: (d) => (d.triggers[0] = 'no'), line: () => 'lexicon/context.yaml: triggers[0]: must be a mapping, got "no"' },
  { name: 'a stay window out of range', path: 'context.yaml', edit: (d) => (d.encounterDates.maxStayDays = 0), line: () => 'lexicon/context.yaml: encounterDates.maxStayDays: must be between 1 and 3650, got 0' },
  { name: 'a stay window that is no whole number', path: 'context.yaml', edit: (d) => (d.encounterDates.maxStayDays = 120.5), line: () => 'lexicon/context.yaml: encounterDates.maxStayDays: must be a whole number, got 120.5' },
  { name: 'a stay window without its source', path: 'context.yaml', edit: (d) => delete d.encounterDates.source, line: () => 'lexicon/context.yaml: encounterDates.source: is required' },
  { name: 'no stay window', path: 'context.yaml', edit: (d) => delete d.encounterDates, line: () => 'lexicon/context.yaml: encounterDates: is required' },
  // values.yaml
  { name: 'unknown key', path: 'values.yaml', edit: (d) => (d.age.minYears = 0), line: () => 'lexicon/values.yaml: age.minYears: unknown key "minYears"; allowed: source, maxYears' },
  { name: 'wrong type', path: 'values.yaml', edit: (d) => (d.age.maxYears = '125'), line: () => 'lexicon/values.yaml: age.maxYears: must be a number, got "125"' },
  { name: 'an age bound out of range', path: 'values.yaml', edit: (d) => (d.age.maxYears = 0), line: () => 'lexicon/values.yaml: age.maxYears: must be between 1 and 200, got 0' },
  { name: 'an empty source', path: 'values.yaml', edit: (d) => (d.age.source = ' '), line: () => 'lexicon/values.yaml: age.source: must not be empty' },
  { name: 'no age', path: 'values.yaml', edit: (d) => delete d.age, line: () => 'lexicon/values.yaml: age: is required' },
  // labs.yaml
  { name: 'unknown key', path: 'labs.yaml', edit: (d) => (d.analytes[0].refRange = [30, 200]), line: (d) => `lexicon/labs.yaml: analytes[0].refRange (${d.analytes[0].id}): unknown key "refRange"` },
  { name: 'wrong type', path: 'labs.yaml', edit: (d) => (d.analytes[0].refLow = '30'), line: (d) => `lexicon/labs.yaml: analytes[0].refLow (${d.analytes[0].id}): must be a number, got "30"` },
  { name: 'unknown flag', path: 'labs.yaml', edit: (d) => (d.flags[0].flag = 'abnormal'), line: (d) => `lexicon/labs.yaml: flags[0].flag (${d.flags[0].phrases[0]}): must be one of low, high, normal; got "abnormal"` },
  { name: 'unknown specimen problem', path: 'labs.yaml', edit: (d) => (d.specimen[0].problem = 'lipemic'), line: () => 'lexicon/labs.yaml: specimen[0].problem (lipemic): must be one of hemolyzed, clotted, contaminated, pending, lab-error, repeat-to-confirm; got "lipemic"' },
  { name: 'a window out of range', path: 'labs.yaml', edit: (d) => (d.baseline.priorMaxDays = 0), line: () => 'lexicon/labs.yaml: baseline.priorMaxDays: must be between 1 and 3650, got 0' },
  // diagnoses.yaml
  { name: 'unknown key', path: 'diagnoses.yaml', edit: (d) => (d.diagnoses[0].icd = ['R53.81']), line: (d) => `lexicon/diagnoses.yaml: diagnoses[0].icd (${d.diagnoses[0].concept}): unknown key "icd"` },
  { name: 'wrong type', path: 'diagnoses.yaml', edit: (d) => (d.diagnoses[0].terms = 'deconditioned'), line: (d) => `lexicon/diagnoses.yaml: diagnoses[0].terms (${d.diagnoses[0].concept}): must be a list, got "deconditioned"` },
  { name: 'unknown enum value', path: 'diagnoses.yaml', edit: (d) => (d.diagnoses[0].category = 'muscular'), line: (d) => `lexicon/diagnoses.yaml: diagnoses[0].category (${d.diagnoses[0].concept}): must be one of neurologic, metabolic,` },
  { name: 'bad code shape', path: 'diagnoses.yaml', edit: (d) => (d.diagnoses[0].codes = ['RR3.1']), line: (d) => `lexicon/diagnoses.yaml: diagnoses[0].codes[0] (${d.diagnoses[0].concept}): must be an ICD-10-CM code or family (` },
  { name: 'bad more-specific code range', path: 'diagnoses.yaml', edit: (d) => (d.diagnoses[0].codedBy = ['D64-D50x']), line: (d) => `lexicon/diagnoses.yaml: diagnoses[0].codedBy[0] (${d.diagnoses[0].concept}): must be an ICD-10-CM code or family (` },
  { name: 'bad integral symptom code', path: 'diagnoses.yaml', edit: (d) => (d.diagnoses[0].integralSymptoms = ['R53.1.2']), line: (d) => `lexicon/diagnoses.yaml: diagnoses[0].integralSymptoms[0] (${d.diagnoses[0].concept}): must be an ICD-10-CM code or family (` },
  // anatomy.yaml
  { name: 'unknown key', path: 'anatomy.yaml', edit: (d) => (d.sites[0].side = 'left'), line: (d) => `lexicon/anatomy.yaml: sites[0].side (${d.sites[0].id}): unknown key "side"; allowed: id, terms, region, laterality` },
  { name: 'wrong type', path: 'anatomy.yaml', edit: (d) => (d.gradeWords[0].grade = 'four'), line: (d) => `lexicon/anatomy.yaml: gradeWords[0].grade (${d.gradeWords[0].phrases[0]}): must be a number, got "four"` },
  { name: 'a grade beyond the scale', path: 'anatomy.yaml', edit: (d) => (d.gradeWords[0].grade = 6), line: (d) => `lexicon/anatomy.yaml: gradeWords[0].grade (${d.gradeWords[0].phrases[0]}): must be between 0 and 5, got 6` },
  { name: 'unknown region', path: 'anatomy.yaml', edit: (d) => (d.sites[0].region = 'central'), line: (d) => `lexicon/anatomy.yaml: sites[0].region (${d.sites[0].id}): must be one of proximal, distal, upper, lower, axial, all, side; got "central"` },
  { name: 'unknown side', path: 'anatomy.yaml', edit: (d) => (d.laterality[0].value = 'both'), line: (d) => `lexicon/anatomy.yaml: laterality[0].value (${d.laterality[0].phrases[0]}): must be one of left, right, bilateral; got "both"` },
  // cues.yaml
  { name: 'unknown key', path: 'cues.yaml', edit: (d) => (d.workupCues[0].state = 'ordered'), line: (d) => `lexicon/cues.yaml: workupCues[0].state (${d.workupCues[0].phrases[0]}): unknown key "state"; allowed: phrases, status` },
  { name: 'wrong type', path: 'cues.yaml', edit: (d) => (d.generalizedCues = 'diffuse'), line: () => 'lexicon/cues.yaml: generalizedCues: must be a list, got "diffuse"' },
  { name: 'unknown enum value', path: 'cues.yaml', edit: (d) => (d.workupCues[0].status = 'done'), line: (d) => `lexicon/cues.yaml: workupCues[0].status (${d.workupCues[0].phrases[0]}): must be one of ordered, resulted, planned; got "done"` },
  { name: 'unknown observation', path: 'cues.yaml', edit: (d) => (d.observationCues[0].observation = 'reported'), line: (d) => `lexicon/cues.yaml: observationCues[0].observation (${d.observationCues[0].phrases[0]}): must be one of subjective, objective; got "reported"` },
  // coding.yaml
  { name: 'unknown key', path: 'coding.yaml', edit: (d) => (d.settingCues[0].weigth = 3), line: (d) => `lexicon/coding.yaml: settingCues[0].weigth (${d.settingCues[0].phrases[0]}): unknown key "weigth"; allowed: setting, weight, phrases` },
  { name: 'wrong type', path: 'coding.yaml', edit: (d) => (d.settingThreshold = 'high'), line: () => 'lexicon/coding.yaml: settingThreshold: must be a number, got "high"' },
  { name: 'unknown enum value', path: 'coding.yaml', edit: (d) => (d.settingCues[0].setting = 'emergency'), line: (d) => `lexicon/coding.yaml: settingCues[0].setting (${d.settingCues[0].phrases[0]}): must be one of inpatient, outpatient; got "emergency"` },
  { name: 'a missing dominance default', path: 'coding.yaml', edit: (d) => delete d.dominanceDefaults.left, line: () => 'lexicon/coding.yaml: dominanceDefaults.left: is required' },
  // lab-triggers.yaml
  { name: 'unknown key', path: 'lab-triggers.yaml', edit: (d) => (d.termSets[0].phrase = 'KCl'), line: (d) => `lexicon/lab-triggers.yaml: termSets[0].phrase (${d.termSets[0].id}): unknown key "phrase"` },
  { name: 'wrong type', path: 'lab-triggers.yaml', edit: (d) => (d.termSets[0].notFollowedByNumber = 'no'), line: (d) => `lexicon/lab-triggers.yaml: termSets[0].notFollowedByNumber (${d.termSets[0].id}): must be true or false, got "no"` },
  { name: 'an id that is no id', path: 'lab-triggers.yaml', edit: (d) => (d.termSets[0].id = 'Potassium Replacement'), line: () => 'lexicon/lab-triggers.yaml: termSets[0].id (Potassium Replacement): must be a lower-case id, got "Potassium Replacement"' },
  // queries.yaml
  { name: 'unknown key', path: 'queries.yaml', edit: (d) => (d.frame.greeting = 'Dear Dr.'), line: () => 'lexicon/queries.yaml: frame.greeting: unknown key "greeting"; allowed: indicatorsHeader,' },
  { name: 'wrong type', path: 'queries.yaml', edit: (d) => (d.queries[0].question = 3), line: (d) => `lexicon/queries.yaml: queries[0].question (${d.queries[0].id}): must be a string, got number 3` },
  { name: 'unknown enum value', path: 'queries.yaml', edit: (d) => (d.queries[0].form = 'open'), line: (d) => `lexicon/queries.yaml: queries[0].form (${d.queries[0].id}): must be one of choice, confirm; got "open"` },
  { name: 'bad code shape', path: 'queries.yaml', edit: (d) => (d.queries[0].usedBy = [{ rule: 'workup-plan', code: 'RR3.1' }]), line: () => 'lexicon/queries.yaml: queries[0].usedBy[0].code (workup-plan): must be an ICD-10-CM code (' },
  { name: 'an indicator kind that is no finding type', path: 'queries.yaml', edit: (d) => (d.indicatorOrder[0] = 'symptom'), line: () => 'lexicon/queries.yaml: indicatorOrder[0]: must be one of weakness, fatigue,' },
  // findings/*.yaml
  { name: 'unknown attribute', path: 'findings/weakness.yaml', edit: (d) => (d.entries[0].attributes.side = 'left'), line: (d) => `lexicon/findings/weakness.yaml: entries[0].attributes.side (${d.entries[0].terms[0]}): unknown key "side"; allowed: distribution, observation, site, laterality, ageRelated` },
  { name: 'wrong type', path: 'findings/weakness.yaml', edit: (d) => (d.entries[0].attributes.ageRelated = 'yes'), line: (d) => `lexicon/findings/weakness.yaml: entries[0].attributes.ageRelated (${d.entries[0].terms[0]}): must be true or false, got "yes"` },
  { name: 'unknown enum value', path: 'findings/vital.yaml', edit: (d) => (d.entries[0].attributes.measure = 'pulse-ox'), line: (d) => `lexicon/findings/vital.yaml: entries[0].attributes.measure (${d.entries[0].terms[0]}): must be one of urine-output, weight,` },
  { name: 'unknown finding type', path: 'findings/fatigue.yaml', edit: (d) => (d.type = 'tiredness'), line: () => 'lexicon/findings/fatigue.yaml: type: must be one of weakness, fatigue,' },
  { name: "another type's cue section", path: 'findings/weakness.yaml', edit: (d) => (d.sex = { labels: ['sex'], between: ['white'] }), line: () => 'lexicon/findings/weakness.yaml: sex: is allowed only in type: sex files' },
  { name: 'a unitless unit outside the closed list', path: 'findings/vital.yaml', edit: (d) => (d.vital.unitless[0].unit = 'inches'), line: (d) => `lexicon/findings/vital.yaml: vital.unitless[0].unit (${d.vital.unitless[0].measure}): must be one of cm, kg/m2, /min, mmHg, C, F, %; got "inches"` },
  { name: 'a unitless range upside down', path: 'findings/vital.yaml', edit: (d) => (d.vital.unitless[0].max = 100), line: (d) => `lexicon/findings/vital.yaml: vital.unitless[0].max (${d.vital.unitless[0].measure}): must be above min (120), got 100` },
  { name: 'a unitless row of an unknown measure', path: 'findings/vital.yaml', edit: (d) => (d.vital.unitless[0].measure = 'pulse'), line: () => 'lexicon/findings/vital.yaml: vital.unitless[0].measure (pulse): must be one of urine-output, weight,' },
  { name: 'a gestational range upside down', path: 'findings/pregnancy.yaml', edit: (d) => (d.pregnancy.gestationalWeeks.max = 3), line: () => 'lexicon/findings/pregnancy.yaml: pregnancy.gestationalWeeks.max: must be above min (3), got 3' },
  { name: 'a gestational week beyond any pregnancy', path: 'findings/pregnancy.yaml', edit: (d) => (d.pregnancy.gestationalWeeks.max = 60), line: () => 'lexicon/findings/pregnancy.yaml: pregnancy.gestationalWeeks.max: must be between 0 and 50, got 60' },
  { name: 'a gestational range without its source', path: 'findings/pregnancy.yaml', edit: (d) => delete d.pregnancy.gestationalWeeks.source, line: () => 'lexicon/findings/pregnancy.yaml: pregnancy.gestationalWeeks.source: is required' },
  { name: 'a treatment class outside the closed list', path: 'findings/treatment.yaml', edit: (d) => (d.entries[0].attributes.class = 'potion'), line: (d) => `lexicon/findings/treatment.yaml: entries[0].attributes.class (${d.entries[0].terms[0]}): must be one of treatment.classes; got "potion"` },
  // codes/*.yaml
  { name: 'unknown key', path: 'codes/R53.1.yaml', edit: (d) => (d.billabel = false), line: () => 'lexicon/codes/R53.1.yaml: billabel (R53.1): unknown key "billabel"' },
  { name: 'wrong type', path: 'codes/R53.1.yaml', edit: (d) => (d.billable = 'yes'), line: () => 'lexicon/codes/R53.1.yaml: billable (R53.1): must be true or false, got "yes"' },
  { name: 'unknown enum value', path: 'codes/R53.1.yaml', edit: (d) => (d.conditionFindings = [{ type: 'tiredness' }]), line: () => 'lexicon/codes/R53.1.yaml: conditionFindings[0].type (R53.1): must be one of weakness, fatigue; got "tiredness"' },
  { name: 'bad code shape', path: 'codes/R53.1.yaml', edit: (d) => (d.code = 'RR3.1'), line: () => 'lexicon/codes/R53.1.yaml: code (RR3.1): must be an ICD-10-CM code (' },
  { name: 'bad child code shape', path: 'codes/R53.1.yaml', edit: (d) => (d.children = ['R53.1.1']), line: () => 'lexicon/codes/R53.1.yaml: children[0] (R53.1): must be an ICD-10-CM code (' },
  { name: 'a chapter 22 code in an Excludes1 note', path: 'codes/R53.1.yaml', edit: (d) => (d.excludes1[0].code = 'U09.9'), line: () => 'lexicon/codes/R53.1.yaml: excludes1[0].code (U09.9): must be an ICD-10-CM code or family (' },
  { name: 'a block with a dot', path: 'codes/R53.1.yaml', edit: (d) => (d.block = 'R50.0-R69'), line: () => 'lexicon/codes/R53.1.yaml: block (R53.1): must be a block like R50-R69, got "R50.0-R69"' },
];

describe('the shared lexicon files as they are', () => {
  it.each([...new Set(rows.map((r) => r.path))])('%s validates', (path) => {
    expect(errors(path, () => undefined)).toEqual([]);
  });
});

describe('a broken shared file names the file, the field and the entry', () => {
  it.each(rows.map((r) => [`${r.path}: ${r.name}`, r] as const))('%s', (_name, row) => {
    let edited: Data;
    const lines = errors(row.path, (d) => {
      row.edit(d);
      edited = d;
    });
    const expected = row.line(edited);
    expect(lines.find((l) => l.startsWith(expected)), `expected a line starting\n  ${expected}\ngot\n  ${lines.join('\n  ')}`).toBeDefined();
  });
});
