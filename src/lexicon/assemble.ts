/**
 * Turns validated lexicon files into one LexiconData, checking what no single file can: a term
 * listed twice for the same finding type, a code defined twice, an analyte alias shared by two
 * analytes, a finding file for a type that already has one.
 */
import { FINDING_TEST_IDS, QUERY_CONDITION_IDS, REGISTERED_EVIDENCE_IDS } from './engine-ids.ts';
import { FINDING_ATTRIBUTES } from '../engine/types.ts';
import { checkPacks, mergePacks, type PackFile } from './pack-checks.ts';
import type { PackData } from './pack-schema.ts';
import { phraseKey } from '../text/tokens.ts';
import { LexiconError, type SchemaIssue } from './errors.ts';
import { fileKind, validateFile } from './schemas/index.ts';
import type {
  AnatomyData,
  CodingData,
  CuesData,
  CodeDef,
  ContextData,
  DiagnosesData,
  LabsData,
  LabTriggersData,
  LexiconData,
  QueriesData,
  SectionsData,
  TermFindingData,
  ValuesData,
} from './types.ts';

export interface LexiconFile {
  /** Path relative to lexicon/, with forward slashes. */
  path: string;
  data: unknown;
}

class DuplicateTracker {
  private readonly seen = new Map<string, string>();
  constructor(private readonly issues: SchemaIssue[], private readonly what: string) {}

  add(key: string, display: string, file: string, path: string, entry?: string): void {
    const where = `${file}: ${path}`;
    const first = this.seen.get(key);
    if (first !== undefined) {
      this.issues.push({ file, path, ...(entry ? { entry } : {}), message: `duplicate ${this.what} "${display}" (first at ${first})` });
    } else {
      this.seen.set(key, where);
    }
  }
}

const key = (phrase: string) => phraseKey(phrase).join(' ');

export function assembleLexicon(files: LexiconFile[], inflect: (term: string) => string[] = () => []): LexiconData {
  const issues: SchemaIssue[] = [];
  const parts: Partial<Omit<LexiconData, 'findings' | 'codes' | 'inflections'>> = {};
  const findings: TermFindingData[] = [];
  const codes: CodeDef[] = [];
  const packFiles: PackFile[] = [];

  for (const { path, data } of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    const file = `lexicon/${path}`;
    const kind = fileKind(path);
    if (kind === null) {
      issues.push({ file, path: '', message: 'is not a known lexicon file (expected sections, context, labs, diagnoses, anatomy, cues, coding, lab-triggers, queries, values, findings/*, codes/*, packs/<pack>/*)' });
      continue;
    }
    const fileIssues = validateFile(kind, data, file);
    if (fileIssues.length > 0) {
      issues.push(...fileIssues);
      continue;
    }
    switch (kind) {
      case 'sections':
        parts.sections = data as SectionsData;
        break;
      case 'context':
        parts.context = data as ContextData;
        break;
      case 'labs':
        parts.labs = data as LabsData;
        break;
      case 'diagnoses':
        parts.diagnoses = data as DiagnosesData;
        break;
      case 'anatomy':
        parts.anatomy = data as AnatomyData;
        break;
      case 'cues':
        parts.cues = data as CuesData;
        break;
      case 'coding':
        parts.coding = data as CodingData;
        break;
      case 'lab-triggers':
        parts.labTriggers = data as LabTriggersData;
        break;
      case 'queries':
        parts.queries = data as QueriesData;
        break;
      case 'values':
        parts.values = data as ValuesData;
        break;
      case 'finding':
        findings.push({ ...(data as TermFindingData), file } as TermFindingData & { file: string });
        break;
      case 'pack':
        packFiles.push({ file, folder: path.split('/')[1]!, data });
        break;
      case 'code':
        codes.push({ ...(data as CodeDef), requires: [] });
        (codes[codes.length - 1] as CodeDef & { file?: string }).file = file;
        break;
    }
  }

  const requiredFiles = { sections: 'sections', context: 'context', labs: 'labs', diagnoses: 'diagnoses', anatomy: 'anatomy', cues: 'cues', labTriggers: 'lab-triggers', queries: 'queries', coding: 'coding', values: 'values' } as const;
  for (const [part, name] of Object.entries(requiredFiles)) {
    if (!parts[part as keyof typeof requiredFiles]) issues.push({ file: `lexicon/${name}.yaml`, path: '', message: 'is missing or invalid' });
  }

  // Terms of one finding type must be unique across all its files and entries.
  const byType = new Map<string, DuplicateTracker>();
  for (const f of findings as (TermFindingData & { file: string })[]) {
    let tracker = byType.get(f.type);
    if (!tracker) byType.set(f.type, (tracker = new DuplicateTracker(issues, `${f.type} term`)));
    f.entries.forEach((e, i) =>
      e.terms.forEach((t, j) => tracker!.add(key(t), t, f.file, `entries[${i}].terms[${j}]`, e.terms[0])),
    );
  }

  const codeIds = new DuplicateTracker(issues, 'code');
  for (const c of codes as (CodeDef & { file: string })[]) codeIds.add(c.code, c.code, c.file, 'code', c.code);

  if (parts.labs) {
    const aliases = new DuplicateTracker(issues, 'analyte alias');
    const ids = new DuplicateTracker(issues, 'analyte id');
    parts.labs.analytes.forEach((a, i) => {
      ids.add(a.id, a.id, 'lexicon/labs.yaml', `analytes[${i}].id`, a.id);
      a.aliases.forEach((al, j) => aliases.add(key(al), al, 'lexicon/labs.yaml', `analytes[${i}].aliases[${j}]`, a.id));
      if (a.refLow !== undefined && a.refHigh !== undefined && a.refLow >= a.refHigh) {
        issues.push({ file: 'lexicon/labs.yaml', path: `analytes[${i}].refLow`, entry: a.id, message: 'must be below refHigh' });
      }
    });
    if (parts.diagnoses) {
      const known = new Set(parts.labs.analytes.map((a) => a.id));
      parts.diagnoses.diagnoses.forEach((d, i) =>
        d.suggestedBy?.forEach((s, j) => {
          if (!known.has(s.analyte)) {
            issues.push({ file: 'lexicon/diagnoses.yaml', path: `diagnoses[${i}].suggestedBy[${j}].analyte`, entry: d.concept, message: `unknown analyte "${s.analyte}"` });
          }
        }),
      );
    }
  }

  if (parts.diagnoses) {
    const concepts = new DuplicateTracker(issues, 'diagnosis concept');
    const terms = new DuplicateTracker(issues, 'diagnosis term');
    parts.diagnoses.diagnoses.forEach((d, i) => {
      concepts.add(d.concept, d.concept, 'lexicon/diagnoses.yaml', `diagnoses[${i}].concept`, d.concept);
      d.terms.forEach((t, j) => terms.add(key(t), t, 'lexicon/diagnoses.yaml', `diagnoses[${i}].terms[${j}]`, d.concept));
    });
  }

  if (parts.sections) {
    const ids = new DuplicateTracker(issues, 'section id');
    const headers = new DuplicateTracker(issues, 'section header');
    parts.sections.sections.forEach((s, i) => {
      ids.add(s.id, s.id, 'lexicon/sections.yaml', `sections[${i}].id`, s.id);
      s.headers.forEach((h, j) => headers.add(key(h), h, 'lexicon/sections.yaml', `sections[${i}].headers[${j}]`, s.id));
    });
  }

  if (parts.context) {
    const triggers = new DuplicateTracker(issues, 'context trigger');
    parts.context.triggers.forEach((t, i) =>
      t.phrases.forEach((p, j) =>
        triggers.add(`${t.category}|${t.direction}|${key(p)}`, p, 'lexicon/context.yaml', `triggers[${i}].phrases[${j}]`, t.phrases[0]),
      ),
    );
  }

  const { packs, origins } = mergePacks(packFiles, issues);
  mergePackKnowledge(packs, parts, codes, issues);
  const evidenceIds = new Set(packs.flatMap((p) => Object.keys(p.evidence)));
  checkTriggersAndQueries(parts, packs, evidenceIds, issues);
  checkPacks(
    packs,
    origins,
    {
      codes: new Set(codes.map((c) => c.code)),
      analytes: new Set(parts.labs?.analytes.map((a) => a.id) ?? []),
      concepts: new Set(parts.diagnoses?.diagnoses.map((d) => d.concept) ?? []),
      termSets: new Set(parts.labTriggers?.termSets.map((t) => t.id) ?? []),
      queries: new Set(parts.queries?.queries.map((q) => q.id) ?? []),
      queryUsers: new Set(parts.queries?.queries.flatMap((q) => (q.usedBy ?? []).map((u) => u.rule)) ?? []),
      attributes: FINDING_ATTRIBUTES,
      findingTests: new Set(FINDING_TEST_IDS),
      registeredEvidence: new Set(REGISTERED_EVIDENCE_IDS),
    },
    issues,
  );

  if (issues.length > 0) throw new LexiconError(issues);

  const inflections: Record<string, string[]> = {};
  for (const f of findings) {
    for (const e of f.entries) {
      for (const t of e.terms) {
        const variants = inflect(t).filter((v) => key(v) !== key(t));
        if (variants.length > 0) inflections[t] = variants;
      }
    }
  }
  for (const d of parts.diagnoses!.diagnoses) {
    for (const t of d.terms) {
      const variants = inflect(t).filter((v) => key(v) !== key(t));
      if (variants.length > 0) inflections[t] = variants;
    }
  }

  // Strip the bookkeeping file names before handing the data on.
  const cleanFindings = findings.map(({ type, pseudo, entries, limits, levels, treatment, contracture, pregnancy, sex, vital, author }) => ({
    type,
    ...(pseudo ? { pseudo } : {}),
    ...(limits ? { limits } : {}),
    ...(levels ? { levels } : {}),
    ...(treatment ? { treatment } : {}),
    ...(contracture ? { contracture } : {}),
    ...(pregnancy ? { pregnancy } : {}),
    ...(sex ? { sex } : {}),
    ...(vital ? { vital } : {}),
    ...(author ? { author } : {}),
    entries: entries.map((e) => ({ terms: e.terms, ...(e.caseSensitive ? { caseSensitive: e.caseSensitive } : {}), attributes: e.attributes ?? {} })),
  }));
  const cleanCodes = codes.map((c) => {
    const { file: _file, ...rest } = c as CodeDef & { file?: string };
    return rest;
  });
  return {
    sections: parts.sections!,
    context: parts.context!,
    labs: parts.labs!,
    diagnoses: parts.diagnoses!,
    anatomy: parts.anatomy!,
    cues: parts.cues!,
    coding: parts.coding!,
    labTriggers: parts.labTriggers!,
    queries: parts.queries!,
    values: parts.values!,
    findings: cleanFindings,
    codes: cleanCodes.sort((a, b) => a.code.localeCompare(b.code)),
    inflections,
    packs,
  };
}

/**
 * The packs' shared-format parts join the shared files, so the engine reads one list of each: term
 * sets join lexicon/lab-triggers.yaml's, query templates join lexicon/queries.yaml's, checklist
 * items become the `requires` of their code.
 */
function mergePackKnowledge(packs: readonly PackData[], parts: Partial<Omit<LexiconData, 'findings' | 'codes' | 'inflections'>>, codes: CodeDef[], issues: SchemaIssue[]): void {
  const byCode = new Map(codes.map((c) => [c.code, c]));
  for (const pack of packs) {
    parts.labTriggers?.termSets.push(...pack.termSets);
    parts.queries?.queries.push(...pack.queries);
    for (const [code, items] of Object.entries(pack.checklists)) {
      const def = byCode.get(code);
      if (!def) {
        issues.push({ file: `lexicon/packs/${pack.id}/`, path: `checklists.${code}`, message: `code "${code}" is not in lexicon/codes` });
        continue;
      }
      def.requires.push(...items.map((i) => ({ evidence: i.evidence, label: i.label, hint: i.hint, source: i.source ?? pack.sources[0] ?? pack.id })));
    }
  }
}

/**
 * What the trigger and query files name must exist: analytes, concepts, term sets, templates, query
 * conditions; every trigger's template and every rule's question are unambiguous.
 */
function checkTriggersAndQueries(
  parts: Partial<Omit<LexiconData, 'findings' | 'codes' | 'inflections'>>,
  packs: readonly PackData[],
  evidenceIds: ReadonlySet<string>,
  issues: SchemaIssue[],
): void {
  const { labTriggers, queries, labs, diagnoses } = parts;
  if (!labTriggers || !queries) return;
  const TRIGGERS = 'lexicon/lab-triggers.yaml';
  const QUERIES = 'lexicon/queries.yaml';
  const setIds = new DuplicateTracker(issues, 'term set id');
  labTriggers.termSets.forEach((t, i) => setIds.add(t.id, t.id, TRIGGERS, `termSets[${i}].id`, t.id));
  const sets = new Set(labTriggers.termSets.map((t) => t.id));
  const templates = new Map(queries.queries.map((q) => [q.id, q]));
  const conditions = new Set([...sets, ...QUERY_CONDITION_IDS, ...evidenceIds]);
  const analytes = new Set(labs?.analytes.map((a) => a.id) ?? []);
  const concepts = new Set(diagnoses?.diagnoses.map((d) => d.concept) ?? []);
  const unknown = (file: string, path: string, entry: string, what: string, value: string) =>
    issues.push({ file, path, entry, message: `unknown ${what} "${value}"` });

  const triggerIds = new DuplicateTracker(issues, 'trigger id');
  const triggers = packs.flatMap((p) =>
    p.rules.flatMap((r, i) => (r.kind === 'possible-dx-from-values' ? r.triggers.map((t, j) => ({ t, file: `lexicon/packs/${p.id}/`, at: `rules[${i}].triggers[${j}]` })) : [])),
  );
  triggers.forEach(({ t, file: TRIGGERS, at }) => {
    triggerIds.add(t.id, t.id, TRIGGERS, `${at}.id`, t.id);
    if (labs && !analytes.has(t.analyte)) unknown(TRIGGERS, `${at}.analyte`, t.id, 'analyte', t.analyte);
    t.significance.companionLabs?.forEach((c, j) => {
      if (labs && !analytes.has(c.analyte)) unknown(TRIGGERS, `${at}.significance.companionLabs[${j}].analyte`, t.id, 'analyte', c.analyte);
    });
    const setRefs: [string, string[] | undefined][] = [
      ['significance.termSets', t.significance.termSets],
      ['spurious', t.spurious],
      ['judgedInSentence', t.judgedInSentence],
      ['excludedBy.termSets', t.excludedBy?.termSets],
    ];
    for (const [path, refs] of setRefs) refs?.forEach((r, j) => { if (!sets.has(r)) unknown(TRIGGERS, `${at}.${path}[${j}]`, t.id, 'term set', r); });
    t.correctedFor?.forEach((c, j) => {
      if (labs && !analytes.has(c.analyte)) unknown(TRIGGERS, `${at}.correctedFor[${j}].analyte`, t.id, 'analyte', c.analyte);
    });
    const evidenceRefs: [string, string[] | undefined][] = [['alsoRequires', t.alsoRequires], ['excludedBy.evidence', t.excludedBy?.evidence], ['warningWhen', t.warningWhen]];
    for (const [path, refs] of evidenceRefs) refs?.forEach((r, j) => { if (!evidenceIds.has(r)) unknown(TRIGGERS, `${at}.${path}[${j}]`, t.id, 'evidence id', r); });
    t.significance.conditions?.forEach((c, j) => { if (!conditions.has(c)) unknown(TRIGGERS, `${at}.significance.conditions[${j}]`, t.id, 'query condition', c); });
    const conceptRefs: [string, string[] | undefined][] = [['documentedBy', t.documentedBy], ['excludedBy.concepts', t.excludedBy?.concepts], ['suggests', [t.suggests]]];
    for (const [path, refs] of conceptRefs) {
      refs?.forEach((r, j) => { if (diagnoses && !concepts.has(r)) unknown(TRIGGERS, path === 'suggests' ? `${at}.suggests` : `${at}.${path}[${j}]`, t.id, 'diagnosis concept', r); });
    }
    const template = templates.get(t.query);
    if (!template) unknown(TRIGGERS, `${at}.query`, t.id, 'query template', t.query);
    else if (template.form !== 'choice') issues.push({ file: TRIGGERS, path: `${at}.query`, entry: t.id, message: `query "${t.query}" must be a multiple-choice (form: choice) question` });
  });

  const queryIds = new DuplicateTracker(issues, 'query id');
  const users = new DuplicateTracker(issues, 'query user (rule and code)');
  queries.queries.forEach((q, i) => {
    const at = `queries[${i}]`;
    queryIds.add(q.id, q.id, QUERIES, `${at}.id`, q.id);
    q.usedBy?.forEach((u, j) => users.add(`${u.rule}|${u.code ?? '*'}`, `${u.rule}${u.code ? ` ${u.code}` : ''}`, QUERIES, `${at}.usedBy[${j}]`, q.id));
    const sources = new Set([...sets, ...evidenceIds]);
    q.indicators?.forEach((c, j) => { if (!sources.has(c)) unknown(QUERIES, `${at}.indicators[${j}]`, q.id, 'indicator source (evidence predicate or term set)', c); });
    q.options?.forEach((o, j) => {
      o.if?.forEach((c, k) => { if (!conditions.has(c)) unknown(QUERIES, `${at}.options[${j}].if[${k}]`, q.id, 'query condition', c); });
      o.unless?.forEach((c, k) => { if (!conditions.has(c)) unknown(QUERIES, `${at}.options[${j}].unless[${k}]`, q.id, 'query condition', c); });
    });
    q.asks?.forEach((a, j) => a.unless?.forEach((c, k) => { if (!conditions.has(c)) unknown(QUERIES, `${at}.asks[${j}].unless[${k}]`, q.id, 'query condition', c); }));
    const hasAsks = q.question.includes('{asks}');
    if (hasAsks !== (q.asks !== undefined)) issues.push({ file: QUERIES, path: `${at}.question`, entry: q.id, message: hasAsks ? 'uses {asks} but the query has no asks' : 'has asks but its question has no {asks} placeholder' });
    if (q.form === 'choice' && !q.options) issues.push({ file: QUERIES, path: `${at}.options`, entry: q.id, message: 'a multiple-choice question needs options' });
    if (q.form === 'confirm' && q.options) issues.push({ file: QUERIES, path: `${at}.options`, entry: q.id, message: 'a yes/no question takes no options (the frame adds yes, no and unable to determine)' });
  });
}
