/**
 * Condition packs at build time: each file validated against the pack schema, the files of one
 * folder merged into one pack, and every name a pack uses checked against what exists (codes,
 * evidence ids, finding types and attributes, analytes, diagnosis concepts, concept sets, term sets,
 * query templates, rule ids). Every problem names the file and the field.
 */
import * as v from 'valibot';
import { AUTHOR_ROLES, FINDING_TYPES } from '../engine/types.ts';
import { icd10cmCovers, isIcd10cmCode } from '../codes/icd10cm.ts';
import { packPartSchema, type EvidenceDef, type PackData, type PackPart, type PredicateDef, type SelectorDef } from './pack-schema.ts';
import { issuePath } from '../schema/issues.ts';
import type { SchemaIssue } from './errors.ts';

/** Validate one pack file; valibot's issues become file-and-field messages. */
export function validatePackPart(data: unknown, file: string): SchemaIssue[] {
  const result = v.safeParse(packPartSchema, data, { abortEarly: false });
  if (result.success) return [];
  return result.issues.map((issue) => ({ file, path: issuePath(issue), message: issue.message }));
}

export interface PackFile {
  file: string;
  /** The folder name: lexicon/packs/<folder>/. */
  folder: string;
  data: unknown;
}

const EMPTY: Omit<PackData, 'id' | 'title' | 'description'> = {
  sources: [],
  codes: [],
  conceptSets: {},
  codeSets: {},
  evidence: {},
  checklists: {},
  termSets: [],
  rules: [],
  queries: [],
  tests: [],
  precedence: [],
};

/** Where each key of a pack came from, for messages about the merged pack. */
export type PackOrigins = Map<string, Map<string, string>>;

/** Merge the files of each pack folder; a key in two files, a missing id/title/description or an id unlike its folder is an error. */
export function mergePacks(files: readonly PackFile[], issues: SchemaIssue[]): { packs: PackData[]; origins: PackOrigins } {
  const byFolder = new Map<string, PackFile[]>();
  for (const f of files) (byFolder.get(f.folder) ?? byFolder.set(f.folder, []).get(f.folder)!).push(f);
  const packs: PackData[] = [];
  const origins: PackOrigins = new Map();
  for (const [folder, parts] of [...byFolder].sort(([a], [b]) => a.localeCompare(b))) {
    const merged: Partial<PackPart> = {};
    const from = new Map<string, string>();
    for (const part of parts) {
      const data = v.parse(packPartSchema, part.data);
      for (const [key, value] of Object.entries(data)) {
        if (value === undefined) continue;
        const first = from.get(key);
        if (first !== undefined) {
          issues.push({ file: part.file, path: key, message: `is also given in ${first}: each key of a pack belongs to one file` });
          continue;
        }
        from.set(key, part.file);
        (merged as Record<string, unknown>)[key] = value;
      }
    }
    const where = `lexicon/packs/${folder}/`;
    for (const key of ['id', 'title', 'description'] as const) {
      if (merged[key] === undefined) issues.push({ file: where, path: key, message: 'is missing: one of the pack files must give it' });
    }
    if (merged.id !== undefined && merged.id !== folder) issues.push({ file: from.get('id')!, path: 'id', message: `must equal the folder name "${folder}"` });
    if (merged.id === undefined || merged.title === undefined || merged.description === undefined) continue;
    packs.push({ ...EMPTY, ...merged } as PackData);
    origins.set(folder, from);
  }
  return { packs, origins };
}

export interface PackContext {
  codes: ReadonlySet<string>;
  analytes: ReadonlySet<string>;
  concepts: ReadonlySet<string>;
  termSets: ReadonlySet<string>;
  queries: ReadonlySet<string>;
  /** Rule ids that some query template serves (`usedBy`). */
  queryUsers: ReadonlySet<string>;
  /** Attribute names each finding type may be selected by. */
  attributes: Readonly<Record<string, readonly string[]>>;
  /** Registered finding tests and evidence predicates (TypeScript, src/engine/evidence/). */
  findingTests: ReadonlySet<string>;
  registeredEvidence: ReadonlySet<string>;
}

/** Check every cross-reference of the packs; returns nothing, pushes issues. */
export function checkPacks(packs: readonly PackData[], origins: PackOrigins, ctx: PackContext, issues: SchemaIssue[]): void {
  const evidenceIds = new Map<string, string>();
  const conceptSets = new Map<string, string>();
  const codeSets = new Map<string, string>();
  const ruleIds = new Map<string, string>();
  for (const pack of packs) {
    const fileOf = (key: string) => origins.get(pack.id)?.get(key) ?? `lexicon/packs/${pack.id}/`;
    for (const [id] of Object.entries(pack.evidence)) {
      const first = evidenceIds.get(id);
      if (first) issues.push({ file: fileOf('evidence'), path: `evidence.${id}`, message: `duplicate evidence id (first in ${first})` });
      else evidenceIds.set(id, fileOf('evidence'));
    }
    for (const [id, concepts] of Object.entries(pack.conceptSets)) {
      const first = conceptSets.get(id);
      if (first) issues.push({ file: fileOf('conceptSets'), path: `conceptSets.${id}`, message: `duplicate concept set (first in ${first})` });
      else conceptSets.set(id, fileOf('conceptSets'));
      concepts.forEach((c, i) => {
        if (!ctx.concepts.has(c)) issues.push({ file: fileOf('conceptSets'), path: `conceptSets.${id}[${i}]`, message: `unknown diagnosis concept "${c}"` });
      });
    }
    for (const [id] of Object.entries(pack.codeSets)) {
      const first = codeSets.get(id);
      if (first) issues.push({ file: fileOf('codeSets'), path: `codeSets.${id}`, message: `duplicate code set (first in ${first})` });
      else codeSets.set(id, fileOf('codeSets'));
    }
    pack.rules.forEach((r, i) => {
      const first = ruleIds.get(r.id);
      if (first) issues.push({ file: fileOf('rules'), path: `rules[${i}].id`, message: `duplicate rule id "${r.id}" (first in ${first})` });
      else ruleIds.set(r.id, fileOf('rules'));
    });
  }

  for (const pack of packs) {
    const fileOf = (key: string) => origins.get(pack.id)?.get(key) ?? `lexicon/packs/${pack.id}/`;
    const code = (file: string, path: string, c: string) => {
      if (isIcd10cmCode(c) && !ctx.codes.has(c)) issues.push({ file, path, message: `code "${c}" is not in lexicon/codes` });
    };
    const evidence = (file: string, path: string, id: string) => {
      if (!evidenceIds.has(id)) issues.push({ file, path, message: `unknown evidence id "${id}"` });
    };
    pack.codes.forEach((c, i) => code(fileOf('codes'), `codes[${i}]`, c));
    for (const [id, codes] of Object.entries(pack.codeSets)) codes.forEach((c, i) => code(fileOf('codeSets'), `codeSets.${id}[${i}]`, c));
    if (pack.anchors !== undefined) evidence(fileOf('anchors'), 'anchors', pack.anchors);
    for (const [c, items] of Object.entries(pack.checklists)) {
      code(fileOf('checklists'), `checklists.${c}`, c);
      items.forEach((item, i) => evidence(fileOf('checklists'), `checklists.${c}[${i}].evidence`, item.evidence));
    }
    for (const [id, def] of Object.entries(pack.evidence)) checkPredicate(def, `evidence.${id}`, fileOf('evidence'));
    pack.rules.forEach((r, i) => {
      const file = fileOf('rules');
      const at = `rules[${i}]`;
      r.codes.forEach((c, j) => code(file, `${at}.codes[${j}]`, c));
      if (r.kind === 'requires-evidence') {
        evidence(file, `${at}.evidence`, r.evidence);
        if (r.indicators !== undefined) evidence(file, `${at}.indicators`, r.indicators);
        if (r.contradictedBy !== undefined) evidence(file, `${at}.contradictedBy`, r.contradictedBy);
        if (r.indicators === undefined && pack.anchors === undefined) issues.push({ file, path: `${at}.indicators`, message: 'is needed when the pack declares no anchors' });
        if (r.hint === undefined && !r.codes.every((c) => packs.some((p) => p.checklists[c]?.some((item) => item.evidence === r.evidence)))) {
          issues.push({ file, path: `${at}.hint`, message: `is needed: no checklist item of ${r.codes.join(', ')} names evidence "${r.evidence}"` });
        }
        if (!ctx.queryUsers.has(r.id)) issues.push({ file, path: `${at}.id`, message: `no query template serves "${r.id}": add one with usedBy: [{rule: ${r.id}}] to the pack's queries` });
        if (r.messages.missing === undefined) issues.push({ file, path: `${at}.messages.missing`, message: 'a requires-evidence rule needs a "missing" message' });
        if (r.contradictedBy !== undefined && r.messages.contradicted === undefined) issues.push({ file, path: `${at}.messages.contradicted`, message: 'is needed with contradictedBy' });
        r.evidenceByCode?.forEach((e, j) => {
          evidence(file, `${at}.evidenceByCode[${j}].evidence`, e.evidence);
          e.codes.forEach((c, k) => {
            code(file, `${at}.evidenceByCode[${j}].codes[${k}]`, c);
            if (!r.codes.some((rc) => icd10cmCovers(rc, c))) {
              issues.push({ file, path: `${at}.evidenceByCode[${j}].codes[${k}]`, message: `"${c}" is not among the rule's codes` });
            }
          });
        });
      }
      if (r.kind === 'possible-dx-from-values') {
        r.triggers.forEach((t, j) => t.excludedBy?.evidence?.forEach((e, k) => evidence(file, `${at}.triggers[${j}].excludedBy.evidence[${k}]`, e)));
      }
      if (r.kind === 'contradiction') r.pairs.forEach((p, j) => p.codes.forEach((c, k) => code(file, `${at}.pairs[${j}].codes[${k}]`, c)));
      if (r.kind === 'specificity') {
        r.upgrades.forEach((u, j) => {
          evidence(file, `${at}.upgrades[${j}].when`, u.when);
          [...u.from, ...u.suggest, ...(u.unlessChosen ?? []), ...(u.withChosen ?? [])].forEach((c) => code(file, `${at}.upgrades[${j}]`, c));
          if (u.query !== undefined && !ctx.queries.has(u.query)) issues.push({ file, path: `${at}.upgrades[${j}].query`, message: `unknown query template "${u.query}"` });
          if (u.suggest.length === 0 && u.unlessChosen === undefined) issues.push({ file, path: `${at}.upgrades[${j}].suggest`, message: 'is empty: name the codes to suggest, or unlessChosen' });
          const message = u.message ?? 'better';
          if (r.messages[message] === undefined) issues.push({ file, path: `${at}.upgrades[${j}].message`, message: `no message "${message}" in the rule's messages` });
        });
      }
      if (r.kind === 'possible-dx-from-findings') {
        evidence(file, `${at}.when`, r.when);
        r.unless.forEach((u, j) => evidence(file, `${at}.unless[${j}]`, u));
        if (r.documentedBy !== undefined) evidence(file, `${at}.documentedBy`, r.documentedBy);
        r.warningWhen?.forEach((w, j) => evidence(file, `${at}.warningWhen[${j}]`, w));
        r.suggest.forEach((c, j) => code(file, `${at}.suggest[${j}]`, c));
        if (!ctx.queries.has(r.query)) issues.push({ file, path: `${at}.query`, message: `unknown query template "${r.query}"` });
        if (r.messages.possible === undefined) issues.push({ file, path: `${at}.messages.possible`, message: 'a possible-dx-from-findings rule needs a "possible" message' });
      }
      // A custom rule's codes sit in its params (rules/support/params.ts reads them): they must exist too.
      if (r.kind === 'custom') walkStrings(r.params ?? {}, `${at}.params`, (value, path) => code(file, path, value));
      if (r.kind === 'sequencing') {
        if (r.codeFirst.length === 0 && r.secondaryOnly.length === 0) issues.push({ file, path: `${at}.codeFirst`, message: 'a sequencing rule needs codeFirst or secondaryOnly' });
        r.secondaryOnly.forEach((c, j) => code(file, `${at}.secondaryOnly[${j}]`, c));
        if (r.secondaryOnly.length > 0 && r.messages.first === undefined) issues.push({ file, path: `${at}.messages.first`, message: 'is needed with secondaryOnly' });
        r.codeFirst.forEach((p, j) => {
          [p.code, ...p.first].forEach((c) => code(file, `${at}.codeFirst[${j}]`, c));
          if (p.when !== undefined) evidence(file, `${at}.codeFirst[${j}].when`, p.when);
          if (p.codeAlso === true && p.orderOnly === true) issues.push({ file, path: `${at}.codeFirst[${j}].codeAlso`, message: 'cannot be combined with orderOnly: a "code also" partner has no order' });
        });
      }
      if (r.kind === 'symptom-integral') {
        r.pairs?.forEach((p, j) => {
          [...p.symptoms, ...p.diagnoses].forEach((c) => code(file, `${at}.pairs[${j}]`, c));
          if (p.when !== undefined) evidence(file, `${at}.pairs[${j}].when`, p.when);
        });
      }
      if (r.kind === 'possible-dx-from-values') r.triggers.forEach((t, j) => t.excludedBy?.codes?.forEach((c, k) => code(file, `${at}.triggers[${j}].excludedBy.codes[${k}]`, c)));
    });
    pack.precedence.forEach((id, i) => {
      const rule = packs.flatMap((p) => p.rules).find((r) => r.id === id);
      const possibleDx = rule !== undefined && (rule.kind === 'possible-dx-from-values' || (rule.kind === 'custom' && rule.type === 'possible-dx'));
      if (!possibleDx) issues.push({ file: fileOf('precedence'), path: `precedence[${i}]`, message: rule ? `rule "${id}" is not a possible-dx rule` : `unknown rule id "${id}"` });
    });
  }

  function checkPredicate(part: EvidenceDef | PredicateDef | SelectorDef, path: string, file: string): void {
    if ('finding' in part || 'termSet' in part) {
      checkSelector(part as SelectorDef, path, file);
      return;
    }
    const p = part as PredicateDef;
    if ('ref' in p && p.ref !== undefined && !evidenceIds.has(p.ref)) issues.push({ file, path: `${path}.ref`, message: `unknown evidence id "${p.ref}"` });
    if (p.registered !== undefined && !ctx.registeredEvidence.has(p.registered)) {
      issues.push({ file, path: `${path}.registered`, message: `unknown registered predicate "${p.registered}" (known: ${[...ctx.registeredEvidence].join(', ') || 'none'})` });
    }
    p.noneOf?.forEach((x, i) => checkPredicate(x, `${path}.noneOf[${i}]`, file));
    if (p.anyOf === undefined && p.allOf === undefined && p.atLeast === undefined && p.noneOf === undefined && p.registered === undefined && !('ref' in p && p.ref !== undefined)) {
      issues.push({ file, path, message: 'needs anyOf, allOf, atLeast, ref or registered' });
    }
    if (p.atLeast !== undefined && p.atLeast.count > p.atLeast.of.length) {
      issues.push({ file, path: `${path}.atLeast.count`, message: `is ${p.atLeast.count}, but atLeast.of lists only ${p.atLeast.of.length}: it could never be met` });
    }
    p.atLeast?.of.forEach((x, i) => checkPredicate(x, `${path}.atLeast.of[${i}]`, file));
    if (p.sameSentence !== undefined && p.allOf === undefined) issues.push({ file, path: `${path}.sameSentence`, message: 'applies to allOf only' });
    if (p.sameDraw !== undefined && p.allOf === undefined) issues.push({ file, path: `${path}.sameDraw`, message: 'applies to allOf only' });
    p.anyOf?.forEach((x, i) => checkPredicate(x, `${path}.anyOf[${i}]`, file));
    p.allOf?.forEach((x, i) => checkPredicate(x, `${path}.allOf[${i}]`, file));
  }

  function checkSelector(s: SelectorDef, path: string, file: string): void {
    s.author?.forEach((role, i) => {
      if (!(AUTHOR_ROLES as readonly string[]).includes(role)) issues.push({ file, path: `${path}.author[${i}]`, message: `unknown author role "${role}" (known: ${AUTHOR_ROLES.join(', ')})` });
    });
    if (s.termSet !== undefined) {
      if (!ctx.termSets.has(s.termSet)) issues.push({ file, path: `${path}.termSet`, message: `unknown term set "${s.termSet}"` });
      const findingOnly = (['where', 'analyte', 'below', 'above', 'current', 'fall', 'fallBaselineDays', 'rise', 'ratio', 'stable', 'concepts', 'test'] as const).filter((k) => s[k] !== undefined);
      if (findingOnly.length > 0) issues.push({ file, path: `${path}.${findingOnly[0]}`, message: 'applies to findings, not term sets' });
      return;
    }
    if (s.finding === undefined) return;
    if (!(FINDING_TYPES as readonly string[]).includes(s.finding)) {
      issues.push({ file, path: `${path}.finding`, message: `unknown finding type "${s.finding}" (known: ${FINDING_TYPES.join(', ')})` });
      return;
    }
    const known = ctx.attributes[s.finding] ?? [];
    for (const name of Object.keys(s.where ?? {})) {
      if (!known.includes(name)) issues.push({ file, path: `${path}.where.${name}`, message: `finding type "${s.finding}" has no attribute "${name}" (known: ${known.join(', ')})` });
    }
    const series = (['fall', 'rise', 'ratio', 'stable'] as const).filter((k) => s[k] !== undefined);
    if (series.length > 0 && s.analyte === undefined) issues.push({ file, path: `${path}.${series[0]}`, message: 'needs an analyte (the series it reads)' });
    if (series.length > 1) issues.push({ file, path: `${path}.${series[1]}`, message: `cannot be combined with ${series[0]}: one series comparison per selector` });
    if (s.fallBaselineDays !== undefined && s.fall === undefined) issues.push({ file, path: `${path}.fallBaselineDays`, message: 'applies only with fall' });
    const labOnly = (['analyte', 'below', 'above', 'current', 'fall', 'fallBaselineDays', 'rise', 'ratio', 'stable'] as const).filter((k) => s[k] !== undefined);
    if (labOnly.length > 0 && s.finding !== 'lab') issues.push({ file, path: `${path}.${labOnly[0]}`, message: 'applies to lab findings only' });
    if (s.analyte !== undefined && !ctx.analytes.has(s.analyte)) issues.push({ file, path: `${path}.analyte`, message: `unknown analyte "${s.analyte}" (lexicon/labs.yaml)` });
    if (s.concepts !== undefined) {
      if (s.finding !== 'diagnosis') issues.push({ file, path: `${path}.concepts`, message: 'applies to diagnosis findings only' });
      if (!conceptSets.has(s.concepts)) issues.push({ file, path: `${path}.concepts`, message: `unknown concept set "${s.concepts}"` });
    }
    s.test?.forEach((t, i) => {
      if (!ctx.findingTests.has(t)) issues.push({ file, path: `${path}.test[${i}]`, message: `unknown finding test "${t}" (known: ${[...ctx.findingTests].join(', ')})` });
    });
  }
}

/** Every string inside a params value (lists and maps included), with its dot path. */
function walkStrings(value: unknown, path: string, visit: (value: string, path: string) => void): void {
  if (typeof value === 'string') visit(value, path);
  else if (Array.isArray(value)) value.forEach((x, i) => walkStrings(x, `${path}[${i}]`, visit));
  else if (typeof value === 'object' && value !== null) for (const [k, x] of Object.entries(value)) walkStrings(x, `${path}.${k}`, visit);
}
