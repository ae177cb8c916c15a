/**
 * What a note must hold at the least for a pack rule to report anything, derived from the rule's data
 * by its generic kind (evidence/needs.ts says what a need is, evidence/need-checks.ts how a note is checked against it).
 * runRules skips a rule whose need the note lacks, so a pack with nothing to work on in a note costs a
 * few lookups there. Each entry mirrors its kind's check (rules/kinds/<kind>.ts): it names only what
 * every report of that check requires, and a kind that can report on any note needs nothing. Custom
 * rules are TypeScript the data does not describe: they always run.
 */
import type { RuleDef } from '../../../lexicon/pack-schema.ts';
import { allNeeds, anyCodeNeed, anyNeed, attributeNeed, codeNeed, evidenceNeed, type Need } from '../../evidence/needs.ts';
import type { RuleDefOf } from './define-rule.ts';

type GenericKind = Exclude<RuleDef['kind'], 'custom'>;

const KIND_NEEDS: { [K in GenericKind]: (def: RuleDefOf<K>) => Need } = {
  // Reports a chosen code among its codes (ctx.chosen).
  'requires-evidence': (def) => anyCodeNeed(def.codes),
  // A trigger reports an abnormal result of its analyte: a lab finding of that analyte.
  'possible-dx-from-values': (def) => anyNeed(def.triggers.map((t) => attributeNeed('lab', 'analyte', [t.analyte]))),
  'possible-dx-from-findings': (def) => evidenceNeed(def.when),
  // Compares every pair of chosen codes: cheap, and any code may have an Excludes1 note.
  excludes1: () => true,
  // Any chosen code may be malformed, deleted or a header.
  'invalid-code': () => true,
  // With its own pairs: a symptom code and a diagnosis code of one pair; else lexicon/diagnoses.yaml decides.
  'symptom-integral': (def) =>
    def.pairs ? anyNeed(def.pairs.map((p) => allNeeds([anyCodeNeed(p.symptoms), anyCodeNeed(p.diagnoses)]))) : true,
  contradiction: (def) => anyNeed(def.pairs.map((p) => allNeeds(p.codes.map(codeNeed)))),
  specificity: (def) =>
    anyNeed(
      def.upgrades.map((u) =>
        allNeeds([u.from.length > 0 ? anyCodeNeed(u.from) : true, u.withChosen !== undefined ? anyCodeNeed(u.withChosen) : true, evidenceNeed(u.when)]),
      ),
    ),
  // A secondary-only code chosen, or the code of a "code first" pair.
  sequencing: (def) => anyNeed([anyCodeNeed(def.secondaryOnly), ...def.codeFirst.map((r) => codeNeed(r.code))]),
};

/** What a pack rule needs in a note before it can report. */
export function ruleNeed(def: RuleDef): Need {
  if (def.kind === 'custom') return true;
  const need = KIND_NEEDS[def.kind] as (def: RuleDef) => Need;
  return need(def);
}
