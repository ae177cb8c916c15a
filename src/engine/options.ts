/**
 * Checks lint options before any stage runs, with the schema of ./option-schema.ts and the ids of the
 * lexicon it lints with. A typo in a rule id, analyte, pack, setting or option name would otherwise
 * lint with defaults and look like a clean result, and a wrong type would crash deep inside a stage;
 * each becomes one line naming the option and the value (src/schema/issues.ts formats them).
 */
import { checkWith } from '../schema/issues.ts';
import type { CompiledLexicon } from './lexicon.ts';
import { lintOptionsSchema, type LintOptions } from './option-schema.ts';
import { rulesOf } from './rules/registry.ts';
import { knownPacks } from './rules/packs.ts';

export class LintOptionsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LintOptionsError';
  }
}

const schemas = new WeakMap<CompiledLexicon, ReturnType<typeof lintOptionsSchema>>();

function schemaFor(lexicon: CompiledLexicon): ReturnType<typeof lintOptionsSchema> {
  let schema = schemas.get(lexicon);
  if (!schema) {
    schema = lintOptionsSchema({
      ruleIds: new Set(rulesOf(lexicon).map((r) => r.meta.id)),
      analytes: new Set(lexicon.analytes.keys()),
      packs: knownPacks(lexicon),
      maxAgeYears: lexicon.data.values.age.maxYears,
    });
    schemas.set(lexicon, schema);
  }
  return schema;
}

/** The options, checked; throws a LintOptionsError with one line per problem ("options.rules.foo: unknown rule id ..."). */
export function validateOptions(options: unknown, lexicon: CompiledLexicon): LintOptions {
  if (options === undefined || isEmptyPlainObject(options)) return {};
  const checked = checkWith(schemaFor(lexicon), options, { path: 'options' });
  if (!checked.ok) throw new LintOptionsError(`Invalid lint options: ${checked.errors.join('; ')}`);
  return checked.value;
}

/** `{}`, the options of most calls: nothing to check (the schema's parse of it costs more than a short note's sentences). */
function isEmptyPlainObject(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) return false;
  for (const key in value) if (Object.hasOwn(value, key)) return false;
  return Object.getOwnPropertySymbols(value).length === 0;
}
