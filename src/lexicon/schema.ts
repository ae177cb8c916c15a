/**
 * One schema for every lexicon file. Closed vocabularies and closed keys: an unknown key, a bad enum
 * value, an empty or duplicate term fails with the file, the entry and the field named, so a
 * reviewer can fix the data without reading code. Used by the build (scripts/build-lexicon.ts) and
 * by tests; never in the browser.
 */
import { isIcd10cmCode, isIcd10cmCodeOrFamily, isIcd10cmRange } from '../codes/icd10cm.ts';
import { ASSERTION_CATEGORIES, FINDING_TYPES } from '../engine/types.ts';
import { phraseKey, tokenize } from '../text/tokens.ts';
import { validatePackPart } from './pack-checks.ts';

export interface SchemaIssue {
  file: string;
  /** Path inside the file, e.g. `entries[3].attributes.distribution`. */
  path: string;
  /** A human handle for the entry (its id, code or first term), when there is one. */
  entry?: string;
  message: string;
}

export class LexiconError extends Error {
  constructor(readonly issues: SchemaIssue[]) {
    super(
      `lexicon has ${issues.length} problem${issues.length === 1 ? '' : 's'}:\n` +
        issues.map((i) => `  ${formatIssue(i)}`).join('\n'),
    );
    this.name = 'LexiconError';
  }
}

export function formatIssue(i: SchemaIssue): string {
  return `${i.file}: ${i.path}${i.entry ? ` (${i.entry})` : ''}: ${i.message}`;
}

interface Ctx {
  file: string;
  issues: SchemaIssue[];
  entry?: string;
}

type Validator = (value: unknown, path: string, ctx: Ctx) => void;

function fail(ctx: Ctx, path: string, message: string): void {
  ctx.issues.push({ file: ctx.file, path, ...(ctx.entry ? { entry: ctx.entry } : {}), message });
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${JSON.stringify(value)}`;
}

const str: Validator = (v, path, ctx) => {
  if (typeof v !== 'string') fail(ctx, path, `must be a string, got ${describe(v)}`);
  else if (v.trim() === '') fail(ctx, path, 'must not be empty');
};

const bool: Validator = (v, path, ctx) => {
  if (typeof v !== 'boolean') fail(ctx, path, `must be true or false, got ${describe(v)}`);
};

function num(min = -Infinity, max = Infinity, integer = false): Validator {
  return (v, path, ctx) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) fail(ctx, path, `must be a number, got ${describe(v)}`);
    else if (v < min || v > max) fail(ctx, path, `must be between ${min} and ${max}, got ${v}`);
    else if (integer && !Number.isInteger(v)) fail(ctx, path, `must be a whole number, got ${v}`);
  };
}

function oneOf(values: readonly string[]): Validator {
  return (v, path, ctx) => {
    if (typeof v !== 'string' || !values.includes(v)) {
      fail(ctx, path, `must be one of ${values.join(', ')}; got ${describe(v)}`);
    }
  };
}

function pattern(re: RegExp, what: string): Validator {
  return shape((s) => re.test(s), what);
}

function shape(test: (s: string) => boolean, what: string): Validator {
  return (v, path, ctx) => {
    if (typeof v !== 'string' || !test(v)) fail(ctx, path, `must be ${what}, got ${describe(v)}`);
  };
}

/** One word as the tokenizer writes it (lower case, a single token): compared with a token's `norm`. */
const word: Validator = (v, path, ctx) => {
  str(v, path, ctx);
  if (typeof v === 'string' && (v !== v.toLowerCase() || tokenize(v).length !== 1)) fail(ctx, path, 'must be one lower-case word');
};

/** A phrase to match in notes: non-empty, and made of at least one word or number token. */
const phrase: Validator = (v, path, ctx) => {
  str(v, path, ctx);
  if (typeof v === 'string' && v.trim() !== '' && !tokenize(v).some((t) => t.kind !== 'punct')) {
    fail(ctx, path, 'is an empty pattern: it has no word to match');
  }
};

function list(item: Validator, opts: { min?: number; unique?: boolean } = {}): Validator {
  return (v, path, ctx) => {
    if (!Array.isArray(v)) {
      fail(ctx, path, `must be a list, got ${describe(v)}`);
      return;
    }
    if (opts.min !== undefined && v.length < opts.min) fail(ctx, path, `needs at least ${opts.min} item(s)`);
    const seen = new Set<string>();
    v.forEach((x, i) => {
      item(x, `${path}[${i}]`, ctx);
      if (opts.unique && typeof x === 'string') {
        const key = phraseKey(x).join(' ') || x;
        if (seen.has(key)) fail(ctx, `${path}[${i}]`, `duplicate "${x}"`);
        seen.add(key);
      }
    });
  };
}

interface Field {
  validate: Validator;
  optional?: boolean;
}

const opt = (validate: Validator): Field => ({ validate, optional: true });
const req = (validate: Validator): Field => ({ validate });

/** A mapping with exactly these keys; `label` names the entry in error messages. */
function obj(fields: Record<string, Field>, label?: (v: Record<string, unknown>) => string | undefined): Validator {
  return (v, path, ctx) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) {
      fail(ctx, path, `must be a mapping, got ${describe(v)}`);
      return;
    }
    const record = v as Record<string, unknown>;
    const outer = ctx.entry;
    const name = label?.(record);
    if (name) ctx.entry = name;
    for (const key of Object.keys(record)) {
      if (!(key in fields)) {
        fail(ctx, path ? `${path}.${key}` : key, `unknown key "${key}"; allowed: ${Object.keys(fields).join(', ')}`);
      }
    }
    for (const [key, field] of Object.entries(fields)) {
      const at = path ? `${path}.${key}` : key;
      if (record[key] === undefined) {
        if (!field.optional) fail(ctx, at, 'is required');
      } else {
        field.validate(record[key], at, ctx);
      }
    }
    ctx.entry = outer;
  };
}

const firstOf = (key: string) => (v: Record<string, unknown>) => {
  const x = v[key];
  if (typeof x === 'string' && x.trim() !== '') return x;
  if (Array.isArray(x) && typeof x[0] === 'string' && x[0].trim() !== '') return x[0];
  return undefined;
};

// The notation, said in words: no code is written in src/ (examples are the lexicon's).
const CODE_NOTATION = 'a letter, a digit, a letter or digit, optionally a dot and up to four more';
const CODE_OR_FAMILY = `an ICD-10-CM code or family (${CODE_NOTATION}; a family ends in "-")`;

// Tabular references (Excludes1/2, code first): a code or family ("G72.-", "M79.1-"), chapter 22 excluded.
const codeOrFamily = shape((s) => isIcd10cmCodeOrFamily(s, { chapter22: false }), `${CODE_OR_FAMILY}, not of chapter 22`);

const assertionDefaults = obj(Object.fromEntries(ASSERTION_CATEGORIES.map((c) => [c, opt(bool)])));

const sectionsSchema = obj({
  sections: req(
    list(
      obj(
        {
          id: req(pattern(/^[a-z][a-z0-9-]*$/, 'a lower-case id')),
          name: req(str),
          headers: req(list(phrase, { min: 1, unique: true })),
          role: req(
            oneOf(['complaint', 'history', 'ros', 'exam', 'data', 'assessment', 'plan', 'medications', 'allergies',
              'family', 'social', 'instructions', 'other']),
          ),
          defaults: opt(assertionDefaults),
          codes: opt(bool),
        },
        firstOf('id'),
      ),
      { min: 1 },
    ),
  ),
  abbreviations: req(list(str, { unique: true })),
});

// ConText categories: the assertion flags plus `current`, which marks residual deficits and sequelae
// as present even inside a historical scope or a history section, and `recent`, which marks a new or
// acute condition as not chronic.
const contextCategory = oneOf([...ASSERTION_CATEGORIES, 'current', 'recent']);
// Context phrases may be punctuation alone ("?", "(-)"), unlike finding terms.
const contextPhrase: Validator = (v, path, ctx) => {
  str(v, path, ctx);
  if (typeof v === 'string' && v.trim() !== '' && phraseKey(v).length === 0) {
    fail(ctx, path, 'is an empty pattern: it has nothing to match');
  }
};

const contextSchema = obj({
  triggers: req(
    list(
      obj(
        {
          phrases: req(list(contextPhrase, { min: 1, unique: true })),
          category: req(contextCategory),
          direction: req(oneOf(['forward', 'backward', 'bidirectional', 'self'])),
          maxScope: opt(num(1, 50, true)),
          clauseFinal: opt(bool),
          timeAnchor: opt(bool),
          note: opt(str),
        },
        firstOf('phrases'),
      ),
      { min: 1 },
    ),
  ),
  pseudo: req(list(contextPhrase, { unique: true })),
  companions: opt(list(contextPhrase, { unique: true })),
  terminations: req(
    list(
      obj(
        { phrases: req(list(contextPhrase, { min: 1, unique: true })), categories: opt(list(contextCategory)) },
        firstOf('phrases'),
      ),
    ),
  ),
});

const labsSchema = obj({
  analytes: req(
    list(
      obj(
        {
          id: req(pattern(/^[a-z][a-z0-9-]*$/, 'a lower-case id')),
          name: req(str),
          aliases: req(list(phrase, { min: 1, unique: true })),
          unit: req(str),
          // Empty for a qualitative-only analyte (a urine dipstick).
          units: req(list(str, { unique: true })),
          otherUnits: opt(list(str, { unique: true })),
          caseSensitive: opt(list(phrase, { min: 1, unique: true })),
          countScale: opt(num(1)),
          refLow: opt(num()),
          refHigh: opt(num()),
          min: opt(num()),
          max: opt(num()),
          canonicalUnit: opt(str),
          precision: opt(num(0, 6, true)),
          conversions: opt(list(obj({ units: req(list(str, { min: 1, unique: true })), multiply: opt(num(0)), divide: opt(num(0)) }, firstOf('units')))),
          context: opt(list(phrase, { min: 1, unique: true })),
          contextAliases: opt(list(phrase, { min: 1, unique: true })),
          qualitative: opt(
            list(obj({ phrases: req(list(phrase, { min: 1, unique: true })), result: req(str), flag: req(oneOf(['low', 'high', 'normal'])) }, firstOf('result'))),
          ),
          valueBefore: opt(bool),
        },
        firstOf('id'),
      ),
      { min: 1 },
    ),
  ),
  flags: req(
    list(obj({ phrases: req(list(phrase, { min: 1, unique: true })), flag: req(oneOf(['low', 'high', 'normal'])) }, firstOf('phrases'))),
  ),
  specimen: req(
    list(
      obj(
        {
          phrases: req(list(phrase, { min: 1, unique: true })),
          problem: req(oneOf(['hemolyzed', 'clotted', 'contaminated', 'pending', 'lab-error', 'repeat-to-confirm'])),
        },
        firstOf('problem'),
      ),
    ),
  ),
  // Single tokens, punctuation included.
  specimenFillers: req(list(str, { unique: true })),
  specimenNegators: req(list(phrase, { unique: true })),
  notResultAfter: req(list(word, { unique: true })),
  notResultBefore: req(list(word, { unique: true })),
  baseline: req(obj({ source: req(str), priorMaxDays: req(num(1, 3650, true)), lowestToPeakMaxDays: req(num(1, 365, true)) })),
  times: req(
    list(
      obj(
        {
          phrases: req(list(phrase, { min: 1, unique: true })),
          time: req(oneOf(['admission', 'discharge', 'baseline', 'prior', 'pre-op', 'peak', 'latest', 'dated'])),
        },
        firstOf('time'),
      ),
    ),
  ),
});

// Diagnoses may name chapter 22 codes (U07.1 COVID-19, U09.9 post COVID-19 condition).
const diagnosisCode = shape((s) => isIcd10cmCodeOrFamily(s), CODE_OR_FAMILY);

const diagnosesSchema = obj({
  /** Phrases that contain a diagnosis term but name something else ("ST depression", "heat stroke"). */
  pseudo: opt(list(phrase, { unique: true })),
  /** Words that make a following procedure a post-procedure state ("s/p", "status post", "after"). */
  procedureCues: opt(list(phrase, { min: 1, unique: true })),
  diagnoses: req(
    list(
      obj(
        {
          concept: req(pattern(/^[a-z][a-z0-9-]*$/, 'a lower-case id')),
          terms: req(list(phrase, { min: 1, unique: true })),
          caseSensitive: opt(list(phrase, { min: 1, unique: true })),
          /** Procedures that name this state only after a procedure cue ("s/p R TKA", not "TKA planned"). */
          procedures: opt(list(phrase, { min: 1, unique: true })),
          codes: req(list(diagnosisCode, { min: 1 })),
          category: req(
            oneOf(['neurologic', 'metabolic', 'endocrine', 'hematologic', 'nutritional', 'infectious', 'cardiac',
              'musculoskeletal', 'age-related', 'psychiatric', 'renal', 'oncologic', 'other']),
          ),
          suggestedBy: opt(
            list(obj({ analyte: req(str), flag: req(oneOf(['low', 'high'])), factor: opt(num(1, 100)), explainsOnly: opt(bool) })),
          ),
          integralSymptoms: opt(list(diagnosisCode, { min: 1, unique: true })),
          namesSymptom: opt(oneOf(['weakness', 'fatigue'])),
          sequelaOf: opt(list(obj({ concepts: req(list(str, { min: 1, unique: true })), code: req(diagnosisCode) }), { min: 1 })),
          sequela: opt(bool),
          deficit: opt(bool),
        },
        firstOf('concept'),
      ),
      { min: 1 },
    ),
  ),
});

const lateralityEnum = oneOf(['left', 'right', 'bilateral']);
const FUNCTION_LEVELS = ['independent', 'assist', 'total'];
const TREATMENT_STATUSES = ['given', 'ordered', 'planned', 'continued', 'held', 'declined'];

/** The attribute keys each term-based finding type allows. */
const TERM_ATTRIBUTES: Record<string, Record<string, Field>> = {
  weakness: {
    distribution: req(oneOf(['generalized', 'focal', 'unspecified'])),
    // context: decided from cue words and the section ("weakness" in the exam is objective).
    observation: req(oneOf(['subjective', 'objective', 'context'])),
    site: opt(str),
    laterality: opt(lateralityEnum),
    ageRelated: opt(bool),
  },
  fatigue: {},
  gait: { abnormal: req(bool), aid: opt(str) },
  function: { domain: req(str), level: opt(oneOf(FUNCTION_LEVELS)), mobility: opt(bool) },
  workup: {
    item: req(str),
    category: req(oneOf(['lab', 'imaging', 'electrodiagnostic', 'referral', 'therapy'])),
    // A bare department or generic word ("neurology", "labs") is workup only with a status cue near it.
    needsCue: opt(bool),
  },
  electrodiagnostic: { test: req(str), role: req(oneOf(['test', 'abnormal-result', 'normal-result'])) },
  // requiresBoth: a common word ("from", "2/2") is a cause link only between a symptom and a diagnosis.
  'cause-link': { requiresBoth: opt(bool) },
  medication: { class: req(str), name: opt(str) },
  setting: { setting: req(str) },
  'strength-test': { test: req(str), unit: opt(str), lowBelow: opt(num()), highAbove: opt(num()) },
  // Vital signs: min/max bound a plausible value in the measure's canonical unit; `hours` is the span a
  // name states ("24-hour urine output"); `anuria` terms are a urine output of zero.
  vital: {
    measure: req(oneOf(['urine-output', 'weight', 'height', 'bmi', 'heart-rate', 'systolic-bp', 'diastolic-bp', 'map',
      'temperature', 'respiratory-rate', 'spo2'])),
    min: opt(num()),
    max: opt(num()),
    hours: opt(num(0)),
    anuria: opt(bool),
  },
  // change: a stated loss or gain (needsAmount: only with an amount or percent beside it, "lost 8 kg");
  // usual: an earlier weight follows ("usual weight 70 kg", "down from 165 lb").
  'weight-change': {
    role: req(oneOf(['change', 'usual'])),
    direction: opt(oneOf(['loss', 'gain'])),
    needsAmount: opt(bool),
    intentional: opt(bool),
  },
  // intake: needs a percent or a qualifier after it; reduced: already says the intake is poor; npo: nothing
  // by mouth (0%); eating: a verb that needs a percent ("eating <25% of meals"); basis: what a percent is
  // of; qualifier: after an intake word, says it is poor ("PO intake poor").
  intake: {
    role: req(oneOf(['intake', 'reduced', 'npo', 'eating', 'basis', 'qualifier'])),
    basis: opt(oneOf(['meals', 'needs', 'estimated-needs'])),
  },
  // finding: the loss or accumulation itself (domain from the term, else from its sites); site: an exam
  // site and the domain it shows; severity: a grade word or pitting grade.
  nfpe: {
    role: req(oneOf(['finding', 'site', 'severity'])),
    domain: opt(oneOf(['fat', 'muscle', 'fluid'])),
    site: opt(pattern(/^[a-z][a-z0-9-]*$/, 'a lower-case id')),
    severity: opt(oneOf(['mild', 'moderate', 'severe'])),
  },
  // class: one of the file's `treatment.classes` (checked in treatmentClassesClosed).
  // notBeforeNumber: "HD 3" is hospital day 3, not dialysis.
  treatment: { class: req(pattern(/^[a-z][a-z0-9-]*$/, 'a lower-case id')), notBeforeNumber: opt(bool) },
  // needsSite: the term ("contracted") is a contracture only with a joint or limb named beside it.
  contracture: { needsSite: opt(bool) },
  // title: the term names a note ("RD note", "H&P"), which covers the text up to the next note title.
  author: { role: req(oneOf(['provider', 'dietitian', 'nursing', 'therapy', 'pharmacy', 'case-management'])), title: opt(bool) },
  // form: how the word states the sex. A noun ("female") counts after an age or a field label, a
  // title ("Mrs.") before a name, a pronoun only when nothing explicit does.
  sex: { sex: req(oneOf(['female', 'male'])), form: req(oneOf(['noun', 'title', 'pronoun'])) },
  // state: pregnant or postpartum; obstetric-history ("G2P1") is pregnancy only with a gestational age.
  pregnancy: { state: req(oneOf(['pregnant', 'postpartum', 'obstetric-history'])) },
};

export const TERM_FINDING_TYPES = Object.keys(TERM_ATTRIBUTES);

const limitsSchema = obj({
  maxGap: req(num(0, 6, true)),
  limiters: req(
    list(
      obj(
        {
          position: req(oneOf(['before', 'after', 'either'])),
          level: opt(oneOf(FUNCTION_LEVELS)),
          name: opt(str),
          phrases: req(list(phrase, { min: 1, unique: true })),
          // Matched as written, so "Min A" and "min A" are two phrases (not "min a").
          caseSensitive: opt(list(phrase, { min: 1 })),
        },
        firstOf('position'),
      ),
      { min: 1 },
    ),
  ),
  activities: req(
    list(
      obj(
        { domain: req(str), mobility: opt(bool), limiters: opt(list(str, { min: 1, unique: true })), terms: req(list(phrase, { min: 1, unique: true })) },
        firstOf('domain'),
      ),
      { min: 1 },
    ),
  ),
});

const phraseList = list(phrase, { min: 1, unique: true });

const levelsSchema = list(
  obj({ level: req(oneOf(FUNCTION_LEVELS)), phrases: req(phraseList), caseSensitive: opt(phraseList) }, firstOf('level')),
  { min: 1 },
);

const treatmentCuesSchema = obj({
  classes: req(list(pattern(/^[a-z][a-z0-9-]*$/, 'a lower-case id'), { min: 1, unique: true })),
  statusCues: req(list(obj({ status: req(oneOf(TREATMENT_STATUSES)), phrases: req(phraseList) }, firstOf('status')), { min: 1 })),
  purposeCues: req(phraseList),
  maintenanceCues: req(phraseList),
  maintenanceCaseSensitive: opt(phraseList),
  additiveClasses: req(list(str, { min: 1, unique: true })),
  amountUnits: req(list(obj({ unit: req(str), phrases: req(phraseList) }, firstOf('unit')), { min: 1 })),
  holdCues: req(phraseList),
  drugs: req(list(obj({ drug: req(str), terms: req(phraseList), caseSensitive: opt(phraseList) }, firstOf('drug')), { min: 1 })),
});

const contractureCuesSchema = obj({
  sites: req(list(obj({ id: req(str), terms: req(phraseList) }, firstOf('id')), { min: 1 })),
  // Side words besides anatomy.yaml's ("both knees", "BLE").
  laterality: opt(list(obj({ value: req(lateralityEnum), phrases: req(phraseList) }, firstOf('value')))),
  severity: req(list(obj({ severity: req(oneOf(['mild', 'moderate', 'severe'])), phrases: req(phraseList) }, firstOf('severity')), { min: 1 })),
});

const pregnancyCuesSchema = obj({ weekUnits: req(phraseList), gestationCues: req(phraseList) });
const sexCuesSchema = obj({ labels: req(phraseList), between: req(phraseList) });

/** A file-level section read for one finding type only; anywhere else it is a mistake. */
function onlyFor(type: string, own: string, schema: Validator): Validator {
  return type === own ? schema : (_v, path, ctx) => fail(ctx, path, `is allowed only in type: ${own} files`);
}

/** Treatment entries name classes of the file's closed vocabulary (`treatment.classes`). */
const treatmentClassesClosed: Validator = (v, _path, ctx) => {
  const file = v as { treatment?: { classes?: unknown; additiveClasses?: unknown }; entries?: unknown };
  const classes = file?.treatment?.classes;
  if (!Array.isArray(classes) || !Array.isArray(file.entries)) return;
  const known = new Set(classes);
  file.entries.forEach((e: { attributes?: { class?: unknown } } | null, i) => {
    const c = e?.attributes?.class;
    if (typeof c === 'string' && !known.has(c)) fail(ctx, `entries[${i}].attributes.class`, `must be one of treatment.classes; got "${c}"`);
  });
  const additives = file.treatment?.additiveClasses;
  if (Array.isArray(additives)) {
    additives.forEach((c, i) => {
      if (typeof c === 'string' && !known.has(c)) fail(ctx, `treatment.additiveClasses[${i}]`, `must be one of treatment.classes; got "${c}"`);
    });
  }
};

function findingSchema(type: string): Validator {
  const fileSchema = findingFileSchema(type);
  return type === 'treatment'
    ? (v, path, ctx) => {
        fileSchema(v, path, ctx);
        treatmentClassesClosed(v, path, ctx);
      }
    : fileSchema;
}

function findingFileSchema(type: string): Validator {
  const attributes = TERM_ATTRIBUTES[type] ?? {};
  return obj({
    limits: opt(onlyFor(type, 'function', limitsSchema)),
    levels: opt(onlyFor(type, 'function', levelsSchema)),
    treatment: type === 'treatment' ? req(treatmentCuesSchema) : opt(onlyFor(type, 'treatment', treatmentCuesSchema)),
    contracture: type === 'contracture' ? req(contractureCuesSchema) : opt(onlyFor(type, 'contracture', contractureCuesSchema)),
    pregnancy: type === 'pregnancy' ? req(pregnancyCuesSchema) : opt(onlyFor(type, 'pregnancy', pregnancyCuesSchema)),
    sex: type === 'sex' ? req(sexCuesSchema) : opt(onlyFor(type, 'sex', sexCuesSchema)),
    type: req(oneOf(TERM_FINDING_TYPES)),
    // Phrases that contain a term of this type but are not this finding ("weak pulses").
    pseudo: opt(list(phrase, { unique: true })),
    entries: req(
      list(
        obj(
          {
            terms: req(list(phrase, { min: 1, unique: true })),
            // Matched only as written: abbreviations that are also common words ("PT" vs "pt" = patient).
            caseSensitive: opt(list(phrase, { min: 1, unique: true })),
            attributes: opt(obj(attributes)),
          },
          firstOf('terms'),
        ),
        { min: 1 },
      ),
    ),
  });
}

const regionEnum = oneOf(['proximal', 'distal', 'upper', 'lower', 'axial', 'all', 'side']);

const anatomySchema = obj({
  sites: req(
    list(
      obj(
        {
          id: req(str),
          terms: req(list(phrase, { min: 1, unique: true })),
          region: opt(regionEnum),
          laterality: opt(lateralityEnum),
        },
        firstOf('id'),
      ),
    ),
  ),
  laterality: req(list(obj({ phrases: req(list(phrase, { min: 1, unique: true })), value: req(lateralityEnum) }, firstOf('phrases')))),
  normalStrength: req(list(phrase, { min: 1, unique: true })),
  reducedStrength: req(list(phrase, { min: 1, unique: true })),
  gradeWords: req(
    list(obj({ grade: req(num(0, 5, true)), phrases: req(list(phrase, { min: 1, unique: true })) }, firstOf('phrases'))),
  ),
  strengthCues: req(list(phrase, { min: 1, unique: true })),
  examCues: req(list(phrase, { min: 1, unique: true })),
  regionKinds: req(obj({ limb: req(list(regionEnum, { unique: true })), halfBody: req(list(regionEnum, { unique: true })), unsided: req(list(regionEnum, { unique: true })) })),
  otherScales: req(obj({ rowWords: req(list(word, { unique: true })), beforeGrade: req(list(word, { unique: true })), countedAfter: req(list(word, { unique: true })) })),
});

const cuesSchema = obj({
  workupCues: req(
    list(obj({ phrases: req(list(phrase, { min: 1, unique: true })), status: req(oneOf(['ordered', 'resulted', 'planned'])) }, firstOf('phrases'))),
  ),
  generalizedCues: req(list(phrase, { min: 1, unique: true })),
  observationCues: req(
    list(
      obj(
        { phrases: req(list(phrase, { min: 1, unique: true })), observation: req(oneOf(['subjective', 'objective'])) },
        firstOf('phrases'),
      ),
    ),
  ),
});

// A tabular note may also name a range of codes ("A39.2-A39.4", "E00-E02", "G70.80-G70.81"): kept, and
// matched over the whole range (icd10cmCovers).
const codeOrFamilyOrRange: Validator = (v, path, ctx) => {
  if (typeof v === 'string' && isIcd10cmRange(v, { chapter22: false })) return;
  codeOrFamily(v, path, ctx);
};
const codeRef = obj({ code: req(codeOrFamilyOrRange), note: opt(str) }, firstOf('code'));
// "Use additional code" notes may name chapter 22 (G93.3-: post COVID-19 condition U09.9).
const additionalCodeRef = obj(
  { code: req(shape((s) => isIcd10cmCodeOrFamily(s), CODE_OR_FAMILY)), note: opt(str) },
  firstOf('code'),
);

// Chapter 22 (U00-U85: U09.9, U07.1) is valid in code files, unlike in tabular references above.
const codeFileCode = shape((s) => isIcd10cmCode(s), `an ICD-10-CM code (${CODE_NOTATION})`);

/**
 * The body mass index a Z68 code stands for, from its title and the Z68 notes: the population and ages
 * the code is for, what is measured (kg/m2 for adults; percentile for age, or percent of the 95th
 * percentile, for children), `min` inclusive and `below` exclusive ("20.0-20.9" = min 20, below 21).
 */
const bmiRange: Validator = (v, path, ctx) => {
  obj({
    population: req(oneOf(['adult', 'pediatric'])),
    ages: req(obj({ min: req(num(0, 130, true)), max: opt(num(0, 130, true)) })),
    measure: req(oneOf(['kg/m2', 'percentile-for-age', 'percent-of-95th-percentile'])),
    min: opt(num(0)),
    below: opt(num(0)),
  })(v, path, ctx);
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return;
  const r = v as { min?: unknown; below?: unknown };
  if (r.min === undefined && r.below === undefined) fail(ctx, path, 'needs min, below or both');
  if (typeof r.min === 'number' && typeof r.below === 'number' && r.min >= r.below) fail(ctx, path, `min ${r.min} must be less than below ${r.below}`);
};

const codeSchema = obj(
  {
    code: req(codeFileCode),
    title: req(str),
    billable: req(bool),
    chapter: req(num(1, 22, true)),
    block: req(shape((s) => isIcd10cmRange(s) && !s.includes('.'), 'a block like R50-R69')),
    children: req(list(codeFileCode, { unique: true })),
    inclusionTerms: req(list(str)),
    excludes1: req(list(codeRef)),
    excludes2: req(list(codeRef)),
    codeFirst: req(list(codeRef)),
    useAdditionalCode: opt(list(additionalCodeRef)),
    sources: req(list(str, { min: 1 })),
    invalid: opt(bool),
    medicationClasses: opt(list(str, { min: 1, unique: true })),
    bmi: opt(bmiRange),
    conditionFindings: opt(
      list(
        obj({
          type: req(oneOf(['weakness', 'fatigue'])),
          distributions: opt(list(oneOf(['generalized', 'focal', 'unspecified']), { min: 1, unique: true })),
        }),
        { min: 1 },
      ),
    ),
    note: opt(str),
  },
  firstOf('code'),
);

const id = pattern(/^[a-z][a-z0-9-]*$/, 'a lower-case id');

const termSetSchema = obj(
  {
    id: req(id),
    phrases: req(list(phrase, { min: 1, unique: true })),
    caseSensitive: opt(list(phrase, { min: 1, unique: true })),
    pseudo: opt(list(phrase, { min: 1, unique: true })),
    notInSentenceWith: opt(list(phrase, { min: 1, unique: true })),
    notFollowedByNumber: opt(bool),
    numberFollows: opt(bool),
  },
  firstOf('id'),
);

const labTriggersSchema = obj({
  termSets: req(list(termSetSchema, { min: 1 })),
});

const queryText = str;

const queriesSchema = obj({
  frame: req(
    obj({
      indicatorsHeader: req(queryText),
      other: req(queryText),
      undetermined: req(queryText),
      yes: req(queryText),
      no: req(queryText),
      unableToDetermine: req(queryText),
      closing: req(queryText),
    }),
  ),
  forbiddenWords: req(list(phrase, { min: 1, unique: true })),
  indicatorOrder: req(list(oneOf([...FINDING_TYPES, 'treatment']), { min: 1, unique: true })),
  timeLabels: req(list(phrase, { min: 1, unique: true })),
  queries: req(
    list(
      obj(
        {
          id: req(id),
          form: req(oneOf(['choice', 'confirm'])),
          usedBy: opt(list(obj({ rule: req(id), code: opt(codeFileCode) }, firstOf('rule')), { min: 1 })),
          indicators: opt(list(str, { min: 1, unique: true })),
          question: req(queryText),
          asks: opt(list(obj({ rule: req(id), text: req(queryText), unless: opt(list(str, { min: 1, unique: true })) }, firstOf('rule')), { min: 1 })),
          options: opt(list(obj({ text: req(queryText), if: opt(list(str, { min: 1, unique: true })), unless: opt(list(str, { min: 1, unique: true })) }, firstOf('text')), { min: 1 })),
        },
        firstOf('id'),
      ),
      { min: 1 },
    ),
  ),
});

const codingSchema = obj({
  settingThreshold: req(num(1, 100)),
  settingCues: req(
    list(
      obj(
        {
          setting: req(oneOf(['inpatient', 'outpatient'])),
          weight: req(num(1, 10, true)),
          phrases: req(list(phrase, { min: 1, unique: true })),
        },
        firstOf('phrases'),
      ),
      { min: 1 },
    ),
  ),
  resolvedCues: req(list(phrase, { min: 1, unique: true })),
  historyCues: req(list(phrase, { min: 1, unique: true })),
  unrelatedCues: req(list(phrase, { min: 1, unique: true })),
  unresolvedCues: req(list(phrase, { min: 1, unique: true })),
  handedness: req(
    list(obj({ hand: req(oneOf(['right', 'left', 'ambidextrous'])), phrases: req(list(phrase, { min: 1, unique: true })) }, firstOf('hand')), { min: 1 }),
  ),
  dominanceDefaults: req(
    obj({
      right: req(oneOf(['dominant', 'non-dominant'])),
      left: req(oneOf(['dominant', 'non-dominant'])),
      ambidextrous: req(oneOf(['dominant', 'non-dominant'])),
    }),
  ),
});

export type LexiconFileKind = 'sections' | 'context' | 'labs' | 'diagnoses' | 'anatomy' | 'cues' | 'coding' | 'finding' | 'code' | 'lab-triggers' | 'queries' | 'pack';

/** Which schema a lexicon file follows, from its path relative to lexicon/. */
export function fileKind(relativePath: string): LexiconFileKind | null {
  const p = relativePath.replace(/\\/g, '/');
  if (p === 'sections.yaml') return 'sections';
  if (p === 'context.yaml') return 'context';
  if (p === 'labs.yaml') return 'labs';
  if (p === 'diagnoses.yaml') return 'diagnoses';
  if (p === 'anatomy.yaml') return 'anatomy';
  if (p === 'cues.yaml') return 'cues';
  if (p === 'coding.yaml') return 'coding';
  if (p === 'lab-triggers.yaml') return 'lab-triggers';
  if (p === 'queries.yaml') return 'queries';
  if (p.startsWith('findings/') && p.endsWith('.yaml')) return 'finding';
  if (p.startsWith('codes/') && p.endsWith('.yaml')) return 'code';
  if (/^packs\/[^/]+\/[^/]+\.yaml$/.test(p)) return 'pack';
  return null;
}

/** Validate one parsed file; returns its issues (empty when valid). */
export function validateFile(kind: LexiconFileKind, data: unknown, file: string): SchemaIssue[] {
  const ctx: Ctx = { file, issues: [] };
  switch (kind) {
    case 'sections':
      sectionsSchema(data, '', ctx);
      break;
    case 'context':
      contextSchema(data, '', ctx);
      break;
    case 'labs':
      labsSchema(data, '', ctx);
      break;
    case 'diagnoses':
      diagnosesSchema(data, '', ctx);
      break;
    case 'anatomy':
      anatomySchema(data, '', ctx);
      break;
    case 'cues':
      cuesSchema(data, '', ctx);
      break;
    case 'coding':
      codingSchema(data, '', ctx);
      break;
    case 'finding': {
      const type = (data as { type?: unknown } | null)?.type;
      findingSchema(typeof type === 'string' ? type : '')(data, '', ctx);
      break;
    }
    case 'code':
      codeSchema(data, '', ctx);
      break;
    case 'lab-triggers':
      labTriggersSchema(data, '', ctx);
      break;
    case 'queries':
      queriesSchema(data, '', ctx);
      break;
    case 'pack':
      ctx.issues.push(...validatePackPart(data, file));
      break;
  }
  return ctx.issues;
}
