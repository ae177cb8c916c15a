/**
 * The need gate (src/engine/evidence/needs.ts, need-checks.ts, rules/support/rule-needs.ts): a pack
 * whose findings, labs, phrases and codes are absent from a note runs none of its rules there and
 * evaluates none of its evidence predicates (counted, never timed); and the gate changes no result:
 * every note lints to the same result with the gate and with every need forced to hold, including the
 * rules that fire on what is absent (a code without its evidence, a type nobody documented).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NotePresence } from '../../../src/engine/evidence/need-checks.ts';
import { lint } from '../../../src/engine/index.ts';
import { defaultLexicon } from '../../../src/engine/lexicon.ts';
import { rulesOf } from '../../../src/engine/rules/registry.ts';
import type { LintOptions } from '../../../src/engine/types.ts';
import { resolve } from 'node:path';
import { loadCases } from '../../eval/lib/load-cases.ts';
import { KNOWN_RULE_IDS } from '../../eval/lib/known-rules.ts';
import { optionsFor } from '../../../scripts/eval-cases.ts';

const lexicon = defaultLexicon();
const rules = rulesOf(lexicon);

/** Rule checks run and evidence predicates evaluated per pack while linting `text`. */
function work(text: string, options: LintOptions): { checks: Map<string, number>; predicates: Map<string, number> } {
  const checks = new Map<string, number>();
  const predicates = new Map<string, number>();
  const packOf = new Map(lexicon.data.packs.flatMap((p) => Object.keys(p.evidence).map((id) => [id, p.id] as const)));
  for (const rule of rules) {
    const original = rule.check;
    vi.spyOn(rule, 'check').mockImplementation((ctx) => {
      checks.set(rule.meta.pack, (checks.get(rule.meta.pack) ?? 0) + 1);
      original(ctx);
    });
  }
  // evaluateEvidence looks a predicate up only once the gate lets it be evaluated.
  const get = lexicon.evidence.get.bind(lexicon.evidence);
  vi.spyOn(lexicon.evidence, 'get').mockImplementation((id) => {
    const pack = packOf.get(id);
    if (pack) predicates.set(pack, (predicates.get(pack) ?? 0) + 1);
    return get(id);
  });
  try {
    lint(text, options, lexicon);
  } finally {
    vi.restoreAllMocks();
  }
  return { checks, predicates };
}

const WEAKNESS_ONLY = [
  'CC: weakness x 3 wks. HPI: 68F, feels weak getting out of chairs. Exam: hip flexors 4/5 bilat, otherwise 5/5. A/P: generalized weakness, deconditioning after flu; PT eval.',
  'Pt c/o feeling tired and weak. Denies fever. Strength 5/5 throughout. Plan: TSH, f/u 2 wks.',
  'S: "my legs give out". O: grip dynamometry 14 kg (L), 16 kg (R). A: muscle weakness. P: home exercise program.',
];

// Packs with no custom rule: every one of their rules has a need derived from its data.
const GATED_PACKS = ['aki', 'anemia', 'electrolytes', 'functional-quadriplegia', 'rhabdomyolysis'];

describe('a pack with nothing in the note does no work there', () => {
  afterEach(() => vi.restoreAllMocks());
  lint(WEAKNESS_ONLY[0]!, { codes: ['M62.81'] }, lexicon);

  it('the gated packs have no custom rule', () => {
    for (const pack of GATED_PACKS) expect(rules.filter((r) => r.meta.pack === pack && r.meta.ruleKind === 'custom')).toEqual([]);
  });

  it.each(WEAKNESS_ONLY.flatMap((text) => [[text, ['M62.81']] as const, [text, ['R53.1']] as const, [text, []] as const]))('%s (codes %j)', (text, codes) => {
    const { checks, predicates } = work(text, { codes: [...codes] });
    for (const pack of GATED_PACKS) {
      expect(checks.get(pack) ?? 0, `${pack} rule checks`).toBe(0);
      expect(predicates.get(pack) ?? 0, `${pack} predicates`).toBe(0);
    }
    // The weakness pack's own rules still run.
    expect(checks.get('weakness') ?? 0).toBeGreaterThan(0);
  });

  it.each([
    ['aki', 'Cr 2.4 today from baseline 0.9 last month. Holding lisinopril, renal US ordered.', { setting: 'inpatient' as const }],
    ['anemia', 'Hgb 6.8 this AM, down from 9.9. Transfused 1 unit PRBC.', { setting: 'inpatient' as const }],
    ['electrolytes', 'K 2.9 this AM; KCl 40 mEq PO given, recheck in 4 h.', {}],
    ['functional-quadriplegia', 'Advanced dementia, bedbound, total assist for all ADLs, unable to move limbs purposefully.', { codes: ['R53.2'] }],
    ['rhabdomyolysis', 'Found down after a fall, on the floor ~14 h. CK 25,400. IVF at 250 mL/h.', { setting: 'inpatient' as const }],
  ])('%s: a note with what the pack reads runs its rules', (pack, text, options) => {
    expect(work(text, options).checks.get(pack) ?? 0).toBeGreaterThan(0);
  });
});

/** The note linted with every need forced to hold: every rule runs and every predicate is evaluated. */
function ungated(text: string, options: LintOptions): ReturnType<typeof lint> {
  for (const rule of rules) vi.spyOn(rule, 'mayReport').mockReturnValue(true);
  vi.spyOn(NotePresence.prototype, 'mayBeMet').mockReturnValue(true);
  try {
    return lint(text, options, lexicon);
  } finally {
    vi.restoreAllMocks();
  }
}

const NOTES: Array<[string, string, LintOptions]> = [
  ['a code without its evidence (absence fires)', 'Follow-up visit. Cr 1.0, stable. A/P: AKI, resolving.', { codes: ['N17.9'] }],
  ['anemia with no type documented (noneOf)', 'Hgb 9.1. A/P: anemia, will check iron studies next visit.', { codes: ['D64.9'], setting: 'outpatient' }],
  ['negated', 'No AKI. Denies dark urine. No hx of kidney disease. Cr 0.8.', { codes: ['N17.9', 'R53.1'] }],
  ['historical', 'Hx rhabdomyolysis 2022 (CK 25,000 after a marathon). Now: CK 180. A/P: fatigue.', { codes: ['R53.83'] }],
  ['family', 'Family hx: mother on dialysis, brother with hemochromatosis. Pt well. Na 139, K 4.1.', {}],
  ['hypothetical', 'If K < 3.0 give KCl 40 mEq. If Hgb < 7 transfuse. K 3.9, Hgb 12.1 today.', { setting: 'inpatient' }],
  ['normal values', 'BMP: Na 138, K 4.2, Cr 0.9, BUN 14. CBC: Hgb 13.5, Plt 240. A/P: annual exam.', { codes: ['Z00.00'] }],
  ['several packs at once', 'Na 124 on fluid restriction 1.2 L. Hgb 10.9 -> 7.6, transfused. Cr 2.1 from 0.9. Wt 52 kg from 60 kg in 3 mo, intake <50% x 7 d.', { setting: 'inpatient', codes: ['E87.1', 'D64.9', 'N17.9', 'E43'] }],
  ['bedbound', 'Bedbound since stroke 2019, total assist for ADLs, contractures both knees. A/P: functional quadriplegia.', { codes: ['R53.2', 'G82.50'] }],
  ['codes only', '', { codes: ['E87.1', 'E87.0', 'N18.30', 'I10', 'Z68.1'] }],
];

describe('the gate changes no result', () => {
  afterEach(() => vi.restoreAllMocks());

  it.each(NOTES)('%s', (_name, text, options) => {
    const gated = lint(text, options, lexicon);
    expect(gated).toEqual(ungated(text, options));
  });

  it.each([
    ['aki-criteria', 'N17.9', NOTES[0]!],
    ['anemia-type-query', 'D64.9', NOTES[1]!],
  ] as const)('%s still fires on what is absent', (ruleId, code, [, text, options]) => {
    expect(lint(text, options, lexicon).diagnostics.map((d) => [d.ruleId, d.code])).toContainEqual([ruleId, code]);
  });
});

/**
 * Every note of the evaluation set (all packs, every category, held-out notes included) lints to the
 * same full result, diagnostics, findings and queries, with the gate and without it: a kind whose
 * needs name more than every one of its reports needs, or a selector the derivation misreads, fails here.
 */
describe('the gate changes no result on any evaluation note', () => {
  const cases = loadCases(resolve(import.meta.dirname, '../../eval/cases'), KNOWN_RULE_IDS);
  it(`${cases.length} notes`, () => {
    expect(cases.length).toBeGreaterThan(400);
    const differing = cases.filter((c) => JSON.stringify(lint(c.text, optionsFor(c), lexicon)) !== JSON.stringify(ungated(c.text, optionsFor(c))));
    expect(differing.map((c) => c.file)).toEqual([]);
  });
});
