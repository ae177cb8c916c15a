/**
 * lexicon/findings/*.yaml: term lists of one finding type each. A file's `type` decides which
 * attributes its entries may carry (a closed set per type) and which cue sections it may hold
 * (`limits` and `levels` in function files, `treatment` in treatment files, ...); a cue section in
 * another type's file is a mistake named as such.
 */
import * as v from 'valibot';
import { bool, closed, id, list, named, num, oneOf, pathTo, phrase, phrases, text, word } from './common.ts';
import { laterality } from './anatomy.ts';

const FUNCTION_LEVELS = ['independent', 'assist', 'total'] as const;
const VITAL_MEASURES = ['urine-output', 'weight', 'height', 'bmi', 'heart-rate', 'systolic-bp', 'diastolic-bp', 'map', 'temperature', 'respiratory-rate', 'spo2'] as const;
/** Units a vital sign's number may be read in when the note writes none (the value parser reads them as written units). */
const UNITLESS_UNITS = ['cm', 'kg/m2', '/min', 'mmHg', 'C', 'F', '%'] as const;
const TREATMENT_STATUSES = ['given', 'ordered', 'planned', 'continued', 'held', 'declined'] as const;
const opt = v.optional;

/** The attribute keys each term-based finding type allows. */
const TERM_ATTRIBUTES = {
  weakness: {
    distribution: oneOf(['generalized', 'focal', 'unspecified']),
    // context: decided from cue words and the section ("weakness" in the exam is objective).
    observation: oneOf(['subjective', 'objective', 'context']),
    site: opt(text),
    laterality: opt(laterality),
    ageRelated: opt(bool),
  },
  fatigue: {},
  gait: { abnormal: bool, aid: opt(text) },
  function: { domain: text, level: opt(oneOf(FUNCTION_LEVELS)), mobility: opt(bool) },
  workup: {
    item: text,
    category: oneOf(['lab', 'imaging', 'electrodiagnostic', 'referral', 'therapy']),
    // A bare department or generic word ("neurology", "labs") is workup only with a status cue near it.
    needsCue: opt(bool),
  },
  electrodiagnostic: { test: text, role: oneOf(['test', 'abnormal-result', 'normal-result']) },
  // requiresBoth: a common word ("from", "2/2") is a cause link only between a symptom and a diagnosis.
  'cause-link': { requiresBoth: opt(bool) },
  medication: { class: text, name: opt(text) },
  setting: { setting: text },
  'strength-test': { test: text, unit: opt(text), lowBelow: opt(num()), highAbove: opt(num()) },
  // Vital signs: min/max bound a plausible value in the measure's canonical unit; `hours` is the span a
  // name states ("24-hour urine output"); `anuria` terms are a urine output of zero.
  vital: {
    measure: oneOf(VITAL_MEASURES),
    min: opt(num()),
    max: opt(num()),
    hours: opt(num({ min: 0 })),
    anuria: opt(bool),
  },
  // change: a stated loss or gain (needsAmount: only with an amount or percent beside it, "lost 8 kg");
  // usual: an earlier weight follows ("usual weight 70 kg", "down from 165 lb").
  'weight-change': {
    role: oneOf(['change', 'usual']),
    direction: opt(oneOf(['loss', 'gain'])),
    needsAmount: opt(bool),
    intentional: opt(bool),
  },
  // intake: needs a percent or a qualifier after it; reduced: already says the intake is poor; npo: nothing
  // by mouth (0%); eating: a verb that needs a percent ("eating <25% of meals"); basis: what a percent is
  // of; qualifier: after an intake word, says it is poor ("PO intake poor").
  // fraction: a share written in words ("half", "a quarter"), with its percent, read like "50%" when
  // "of" follows; needsBasis: an eating verb that also means other things ("taking") counts only with a
  // basis after its percent ("taking <50% of meals", not "taking 50% of her insulin").
  intake: {
    role: oneOf(['intake', 'reduced', 'npo', 'eating', 'basis', 'qualifier', 'fraction']),
    basis: opt(oneOf(['meals', 'needs', 'estimated-needs'])),
    percent: opt(num({ min: 0, max: 100 })),
    needsBasis: opt(bool),
  },
  // finding: the loss or accumulation itself (domain from the term, else from its sites); site: an exam
  // site and the domain it shows; severity: a grade word or pitting grade.
  nfpe: {
    role: oneOf(['finding', 'site', 'severity']),
    domain: opt(oneOf(['fat', 'muscle', 'fluid'])),
    site: opt(id),
    severity: opt(oneOf(['mild', 'moderate', 'severe'])),
  },
  // class: one of the file's `treatment.classes` (checked by treatmentClassesClosed).
  // notBeforeNumber: "HD 3" is hospital day 3, not dialysis.
  treatment: { class: id, notBeforeNumber: opt(bool) },
  // needsSite: the term ("contracted") is a contracture only with a joint or limb named beside it.
  contracture: { needsSite: opt(bool) },
  // title: the term names a note ("RD note", "H&P"), which covers the text up to the next note title.
  author: { role: oneOf(['provider', 'dietitian', 'nursing', 'therapy', 'pharmacy', 'case-management']), title: opt(bool) },
  // form: how the word states the sex. A noun ("female") counts after an age or a field label, a
  // title ("Mrs.") before a name, a pronoun only when nothing explicit does.
  sex: { sex: oneOf(['female', 'male']), form: oneOf(['noun', 'title', 'pronoun']) },
  // state: pregnant or postpartum; obstetric-history ("G2P1") is pregnancy only with a gestational age.
  pregnancy: { state: oneOf(['pregnant', 'postpartum', 'obstetric-history']) },
} satisfies Record<string, v.ObjectEntries>;

/** Finding types recognised from term lists (the others come from value parsers). */
export type TermFindingType = keyof typeof TERM_ATTRIBUTES;
const TERM_FINDING_TYPES = Object.keys(TERM_ATTRIBUTES) as TermFindingType[];

/** A limiter of a function: words a few tokens from an activity ("cannot ... stairs", "transfers ... CGA"). */
export const functionLimiterSchema = named(
  'position',
  closed({
    /** Where the limiter stands relative to the activity. */
    position: oneOf(['before', 'after', 'either']),
    /** How much help the limiter says the activity takes ("dependent for": total; "min assist": assist). */
    level: opt(oneOf(FUNCTION_LEVELS)),
    /** A group that only the activities naming it pair with ("giving-way" with "leg", "knee"). */
    name: opt(text),
    phrases,
    // Matched as written, so "Min A" and "min A" are two phrases (not "min a").
    caseSensitive: opt(list(phrase, { min: 1 })),
  }),
);

/** Function files: limits written as a limiter and an activity a few words apart. */
const limitsSchema = closed({
  /** Words allowed between a limiter and its activity. */
  maxGap: num({ min: 0, max: 6, integer: true }),
  limiters: list(functionLimiterSchema, { min: 1 }),
  activities: list(
    named(
      'domain',
      closed({
        domain: text,
        /** The activity is mobility (walking, bed mobility). */
        mobility: opt(bool),
        /** The only limiter groups (by name) this activity pairs with; else every unnamed group. */
        limiters: opt(list(text, { min: 1, unique: true })),
        terms: phrases,
      }),
    ),
    { min: 1 },
  ),
});

/** Function files: words right after a function phrase that say how much help it takes. */
const levelsSchema = list(named('level', closed({ level: oneOf(FUNCTION_LEVELS), phrases, caseSensitive: opt(phrases) })), { min: 1 });

/** Treatment files: classes, status, purpose and maintenance cues, drugs that may be held. */
const treatmentCuesSchema = closed({
  /** The closed vocabulary of treatment classes: every entry's class is one of these. */
  classes: list(id, { min: 1, unique: true }),
  statusCues: list(named('status', closed({ status: oneOf(TREATMENT_STATUSES), phrases })), { min: 1 }),
  /** Words that introduce what the treatment is for ("for", "to treat"). */
  purposeCues: phrases,
  /** Words that make a replacement an additive of a maintenance fluid ("maintenance", "mIVF"). */
  maintenanceCues: phrases,
  maintenanceCaseSensitive: opt(phrases),
  /** Classes that are additives when joined to an IV fluid ("D5 1/2NS + 20 KCl"). */
  additiveClasses: list(text, { min: 1, unique: true }),
  /** Amount units after a number: "2 units", "40 mEq", "1.5 L". `unit` is the normalised id. */
  amountUnits: list(named('unit', closed({ unit: text, phrases })), { min: 1 }),
  /** Words that hold or stop a drug ("hold", "held", "discontinue"). */
  holdCues: phrases,
  /** Drugs whose hold is a treatment (class drug-held): `drug` is the generic name or class id. */
  drugs: list(named('drug', closed({ drug: text, terms: phrases, caseSensitive: opt(phrases) })), { min: 1 }),
});

/** Contracture files: the joints and severity words read around a contracture term. */
const contractureCuesSchema = closed({
  sites: list(named('id', closed({ id: text, terms: phrases })), { min: 1 }),
  /** Side words besides anatomy.yaml's ("both knees", "BLE"). */
  laterality: opt(list(named('value', closed({ value: laterality, phrases })))),
  severity: list(named('severity', closed({ severity: oneOf(['mild', 'moderate', 'severe']), phrases })), { min: 1 }),
});

/** Pregnancy files: words that give a gestational age its meaning ("28 weeks gestation", "EGA"). */
const pregnancyCuesSchema = closed({
  /** Words after a number of weeks that make it a gestational age ("weeks gestation", "weeks pregnant"). */
  weekUnits: phrases,
  /** Words before or after a number of weeks that make it a gestational age ("EGA", "gestation", "IUP"). */
  gestationCues: phrases,
  /** The weeks a gestational age can be: another number of weeks beside a pregnancy word is not one. */
  gestationalWeeks: v.pipe(
    closed({ source: text, min: num({ min: 0, max: 50, integer: true }), max: num({ min: 0, max: 50, integer: true }) }),
    v.rawCheck(({ dataset, addIssue }) => {
      if (dataset.typed && dataset.value.min >= dataset.value.max) addIssue({ message: `must be above min (${dataset.value.min}), got ${dataset.value.max}`, path: pathTo(dataset.value, 'max') });
    }),
  ),
});

/** Sex files: labels of a demographic field ("Sex: F", "Gender: female"). */
const sexCuesSchema = closed({
  /** Field labels after which a sex word is the patient's ("Sex:", "Gender:"). */
  labels: phrases,
  /** Words between an age and the sex word ("72 year old white female"). */
  between: phrases,
});

/** Vital files: what makes a number a body temperature rather than an age ("T 98.6", "temp 101.2 F"). */
const vitalCuesSchema = closed({
  /** Words before a number that make it a temperature ("temp", "Tmax"). */
  temperatureWords: list(word, { min: 1, unique: true }),
  /** A Fahrenheit body temperature lies in this range. */
  fahrenheitBody: closed({ min: num({ min: 0, max: 200 }), max: num({ min: 0, max: 200 }) }),
  /**
   * A number written without a unit ("HR 88", "T 38.2"): the unit it is read in, by range (the first row of
   * its measure whose range holds it). A measure without a row is read only with a unit.
   */
  unitless: list(
    named(
      'measure',
      v.pipe(
        closed({ measure: oneOf(VITAL_MEASURES), unit: oneOf(UNITLESS_UNITS), min: opt(num()), max: opt(num()) }),
        v.rawCheck(({ dataset, addIssue }) => {
          const { min, max } = dataset.typed ? dataset.value : {};
          if (min !== undefined && max !== undefined && min >= max) addIssue({ message: `must be above min (${min}), got ${max}`, path: pathTo(dataset.value, 'max') });
        }),
      ),
    ),
    { min: 1 },
  ),
});

/** File-level cue sections, each read for one finding type only (and required there unless `optional`). */
const CUE_SECTIONS = {
  limits: { type: 'function', schema: limitsSchema, optional: true },
  levels: { type: 'function', schema: levelsSchema, optional: true },
  treatment: { type: 'treatment', schema: treatmentCuesSchema, optional: false },
  contracture: { type: 'contracture', schema: contractureCuesSchema, optional: false },
  pregnancy: { type: 'pregnancy', schema: pregnancyCuesSchema, optional: false },
  sex: { type: 'sex', schema: sexCuesSchema, optional: false },
  vital: { type: 'vital', schema: vitalCuesSchema, optional: false },
} as const;

const fileEntries = <A extends v.GenericSchema>(attributes: A) => ({
  type: oneOf(TERM_FINDING_TYPES),
  /** Phrases that contain a term of this type but are not this finding ("weak pulses"). */
  pseudo: opt(list(phrase, { unique: true })),
  entries: list(
    named(
      'terms',
      closed({
        terms: phrases,
        /** Matched only as written: abbreviations that are also common words ("PT" vs "pt" = patient). */
        caseSensitive: opt(phrases),
        attributes: opt(attributes),
      }),
    ),
    { min: 1 },
  ),
});

/** Attribute values a finding term may carry; each finding type restricts the keys. */
export type TermAttributeValue = string | number | boolean;

/**
 * Every key a finding file may hold, attributes of any type: the shape the engine reads, and the
 * schema of a file whose type is missing or unknown (the type is then the one error besides its
 * structure).
 */
export const anyFindingFileSchema = closed({
  ...fileEntries(v.record(v.string(), v.union([v.string(), v.number(), v.boolean()]))),
  limits: opt(limitsSchema),
  levels: opt(levelsSchema),
  treatment: opt(treatmentCuesSchema),
  contracture: opt(contractureCuesSchema),
  pregnancy: opt(pregnancyCuesSchema),
  sex: opt(sexCuesSchema),
  vital: opt(vitalCuesSchema),
});

/** A cue section in the file of another type. */
const onlyIn = (type: string) => v.custom<never>(() => false, `is allowed only in type: ${type} files`);

/** Treatment entries name classes of the file's closed vocabulary (`treatment.classes`), and so do its additives. */
const treatmentClassesClosed = v.rawCheck<unknown>(({ dataset, addIssue }) => {
  const file = dataset.value as { entries: { attributes?: { class?: unknown } }[]; treatment?: { classes: string[]; additiveClasses: string[] } };
  if (!dataset.typed || !file.treatment) return;
  const known = new Set(file.treatment.classes);
  file.entries.forEach((e, i) => {
    const c = e.attributes?.class;
    if (typeof c === 'string' && !known.has(c)) addIssue({ message: `must be one of treatment.classes; got "${c}"`, path: pathTo(file, 'entries', i, 'attributes', 'class') });
  });
  file.treatment.additiveClasses.forEach((c, i) => {
    if (!known.has(c)) addIssue({ message: `must be one of treatment.classes; got "${c}"`, path: pathTo(file, 'treatment', 'additiveClasses', i) });
  });
});

function findingFileSchema(type: TermFindingType): v.GenericSchema {
  const sections = Object.fromEntries(
    Object.entries(CUE_SECTIONS).map(([key, section]) => [key, section.type !== type ? opt(onlyIn(section.type)) : section.optional ? opt(section.schema) : section.schema]),
  );
  const file = closed({ ...fileEntries(closed(TERM_ATTRIBUTES[type])), ...sections });
  return type === 'treatment' ? v.pipe(file as v.GenericSchema, treatmentClassesClosed) : file;
}

const FINDING_FILE_SCHEMAS = new Map(TERM_FINDING_TYPES.map((type) => [type, findingFileSchema(type)]));

/** The schema of a finding file, by the type it declares. */
export function findingSchemaFor(data: unknown): v.GenericSchema {
  const type = (data as { type?: unknown } | null)?.type;
  return (typeof type === 'string' && FINDING_FILE_SCHEMAS.get(type as TermFindingType)) || anyFindingFileSchema;
}
