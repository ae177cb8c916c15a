/** What the options page offers to configure, read from the engine's own data so the two never drift. */
import { rules } from '../../engine/rules/index.ts';
import { packInfo } from '../../engine/rules/packs.ts';
import type { PackOption } from './PacksSection.tsx';
import { LEXICON_DATA } from '../../lexicon/generated/lexicon.ts';
import type { AnalyteInfo } from './LabRangesSection.tsx';
import type { RuleInfo } from './RulesSection.tsx';

export const RULES: readonly RuleInfo[] = rules.map(({ meta }) => ({
  id: meta.id,
  kind: meta.kind,
  severity: meta.severity,
  description: meta.description,
}));

export const ANALYTES: readonly AnalyteInfo[] = LEXICON_DATA.labs.analytes.map((analyte) => ({
  id: analyte.id,
  label: analyte.name,
  unit: analyte.unit,
  refLow: analyte.refLow,
  refHigh: analyte.refHigh,
}));

export const PACKS: readonly PackOption[] = packInfo().map((pack) => ({
  ...pack,
  ruleCount: rules.filter((rule) => rule.meta.pack === pack.id).length,
}));
