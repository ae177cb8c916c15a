/**
 * The rule registry: every pack's rules (lexicon/packs/<pack>/ `rules`), each run by its generic
 * kind (rules/kinds/) or its custom file (rules/custom/), with its meta from the pack data and what a
 * note must hold for it to report (support/rule-needs.ts). Built once per compiled lexicon. Data of a custom rule without a file is an error here.
 */
import type { PackData, RuleDef } from '../../lexicon/pack-schema.ts';
import type { CompiledLexicon } from '../lexicon.ts';
import { CUSTOM_RULES } from './custom/index.ts';
import { buildKindCheck } from './kinds/index.ts';
import type { Rule, RuleMeta } from './support/define-rule.ts';
import { ruleNeed } from './support/rule-needs.ts';
import { CodeChecks, compileNeed } from '../evidence/need-checks.ts';

const DIAGNOSTIC_KIND = {
  'requires-evidence': 'lacking-evidence',
  'possible-dx-from-values': 'possible-dx',
  'possible-dx-from-findings': 'possible-dx',
  excludes1: 'conflicting-codes',
  contradiction: 'conflicting-codes',
  'symptom-integral': 'conflicting-codes',
  specificity: 'better-code',
  sequencing: 'sequencing',
  'invalid-code': 'invalid-code',
} as const;

function metaOf(def: RuleDef, pack: PackData): RuleMeta {
  return {
    id: def.id,
    kind: def.kind === 'custom' ? def.type : DIAGNOSTIC_KIND[def.kind],
    ruleKind: def.kind,
    severity: def.severity,
    codes: def.codes,
    description: def.description,
    sources: def.sources,
    messages: def.messages,
    pack: pack.id,
    hints: def.hints ?? {},
    params: def.kind === 'custom' ? (def.params ?? {}) : {},
  };
}

export function buildRules(packs: readonly PackData[]): Rule[] {
  // Every rule's chosen-code checks, answered together once per note.
  const codeChecks = new CodeChecks();
  const rules = packs.flatMap((pack) =>
    pack.rules.map((def): Rule => {
      const need = ruleNeed(def);
      const gate = { need, mayReport: compileNeed(need, codeChecks) };
      if (def.kind !== 'custom') return { meta: metaOf(def, pack), check: buildKindCheck(def), ...gate };
      const custom = CUSTOM_RULES.get(def.id);
      if (!custom) throw new Error(`pack ${pack.id}: rule "${def.id}" is custom but src/engine/rules/custom/${def.id}.ts is not registered`);
      return { meta: metaOf(def, pack), check: custom.check, ...gate };
    }),
  );
  // A custom rule whose pack is not in this lexicon simply does not run (a lexicon built with some packs
  // only, as the bench's one-pack measurement does); that every custom file has pack data in the bundled
  // lexicon is checked by tests/unit/rules/meta.test.ts.
  return rules;
}

const built = new WeakMap<CompiledLexicon, Rule[]>();

/** The rules of a compiled lexicon's packs, built once. */
export function rulesOf(lexicon: CompiledLexicon): Rule[] {
  let rules = built.get(lexicon);
  if (!rules) built.set(lexicon, (rules = buildRules(lexicon.data.packs)));
  return rules;
}
