/**
 * One schema per lexicon file (valibot, the TypeScript types inferred from them: src/lexicon/types.ts).
 * Closed vocabularies and closed keys: an unknown key, a bad enum value, an empty or duplicate term
 * fails with the file, the field and the entry it is in named ("lexicon/context.yaml:
 * triggers[0].direction (denies): must be one of ..."), so a reviewer can fix the data without reading
 * code. Used by the build (scripts/build-lexicon.ts) and by tests; never in the browser.
 */
import * as v from 'valibot';
import { issuePath } from '../../schema/issues.ts';
import type { SchemaIssue } from '../errors.ts';
import { validatePackPart } from '../pack-checks.ts';
import { anatomySchema } from './anatomy.ts';
import { codeSchema } from './codes.ts';
import { codingSchema } from './coding.ts';
import { ENTRY_NAMES } from './common.ts';
import { contextSchema } from './context.ts';
import { cuesSchema } from './cues.ts';
import { diagnosesSchema } from './diagnoses.ts';
import { findingSchemaFor } from './findings.ts';
import { labTriggersSchema } from './lab-triggers.ts';
import { labsSchema } from './labs.ts';
import { queriesSchema } from './queries.ts';
import { sectionsSchema } from './sections.ts';
import { valuesSchema } from './values.ts';

/** The shared files, each at a fixed path under lexicon/, and their schemas. */
const SHARED_FILES = {
  sections: sectionsSchema,
  context: contextSchema,
  labs: labsSchema,
  diagnoses: diagnosesSchema,
  anatomy: anatomySchema,
  cues: cuesSchema,
  coding: codingSchema,
  'lab-triggers': labTriggersSchema,
  queries: queriesSchema,
  values: valuesSchema,
} as const;

export type LexiconFileKind = keyof typeof SHARED_FILES | 'finding' | 'code' | 'pack';

/** Which schema a lexicon file follows, from its path relative to lexicon/. */
export function fileKind(relativePath: string): LexiconFileKind | null {
  const p = relativePath.replace(/\\/g, '/');
  const shared = Object.keys(SHARED_FILES).find((name) => p === `${name}.yaml`);
  if (shared) return shared as keyof typeof SHARED_FILES;
  if (p.startsWith('findings/') && p.endsWith('.yaml')) return 'finding';
  if (p.startsWith('codes/') && p.endsWith('.yaml')) return 'code';
  if (/^packs\/[^/]+\/[^/]+\.yaml$/.test(p)) return 'pack';
  return null;
}

/** Validate one parsed file; returns its issues (empty when valid). */
export function validateFile(kind: LexiconFileKind, data: unknown, file: string): SchemaIssue[] {
  if (kind === 'pack') return validatePackPart(data, file);
  const schema: v.GenericSchema = kind === 'finding' ? findingSchemaFor(data) : kind === 'code' ? codeSchema : SHARED_FILES[kind];
  // One problem per field: a field's later checks assume its earlier ones passed ("" is empty, not also a pattern with no word).
  const result = v.safeParse(schema, data, { abortEarly: false, abortPipeEarly: true });
  if (result.success) return [];
  return result.issues.map((issue) => {
    const entry = entryName(schema, data, issue);
    return { file, path: issuePath(issue), ...(entry ? { entry } : {}), message: issue.message };
  });
}

/** The name of the innermost named entry on the issue's path (`named` in ./common.ts). */
function entryName(root: v.GenericSchema, data: unknown, issue: v.BaseIssue<unknown>): string | undefined {
  let schema: v.GenericSchema | undefined = root;
  let name = nameOf(schema, data);
  for (const item of issue.path ?? []) {
    schema = schema && childSchema(schema, item.key);
    if (!schema) break;
    name = nameOf(schema, item.value) ?? name;
  }
  return name;
}

/** The schema that holds the fields: inside `optional`, and inside pipes (`closed` checks the value is a mapping first). */
function unwrap(schema: v.GenericSchema): v.GenericSchema {
  if ('wrapped' in schema) return unwrap(schema.wrapped as v.GenericSchema);
  if (hasChildren(schema) || !('pipe' in schema)) return schema;
  for (const part of schema.pipe as v.GenericSchema[]) {
    const inner = part.kind === 'schema' ? unwrap(part) : undefined;
    if (inner && hasChildren(inner)) return inner;
  }
  return schema;
}

const hasChildren = (schema: v.GenericSchema) => 'entries' in schema || 'item' in schema || schema.type === 'record';

function childSchema(parent: v.GenericSchema, key: unknown): v.GenericSchema | undefined {
  const schema = unwrap(parent);
  if ('entries' in schema) return (schema.entries as v.ObjectEntries)[String(key)];
  if ('item' in schema) return schema.item as v.GenericSchema;
  if ('value' in schema && schema.type === 'record') return schema.value as v.GenericSchema;
  return undefined;
}

function nameOf(schema: v.GenericSchema, value: unknown): string | undefined {
  const key = ENTRY_NAMES.get(schema) ?? ENTRY_NAMES.get(unwrap(schema));
  if (key === undefined || typeof value !== 'object' || value === null) return undefined;
  const named = (value as Record<string, unknown>)[key];
  const first = Array.isArray(named) ? named[0] : named;
  return typeof first === 'string' && first.trim() !== '' ? first : undefined;
}
