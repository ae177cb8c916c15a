/**
 * Section defaults (PMH historical, family history family, instructions hypothetical), the ROS rule
 * (positives affirmed, "denies"/"negative for" negated) and residual deficits inside a PMH list.
 */
import { describe, expect, it } from 'vitest';
import type { AssertionCategory } from '../../../src/engine/types.ts';
import { assertMarked, expected } from './marked.ts';

const rows: [name: string, marked: string, flags: AssertionCategory[]][] = [
  ['PMH items are historical', 'Past Medical History:\nCVA 2019\n[Hypertension]\n', ['historical', 'chronic']],
  ['PMH negation adds to historical', 'PMH:\nNo history of [diabetes].\n', ['negated', 'historical', 'chronic']],
  ['a residual deficit in PMH is current', 'Past Medical History:\nStroke 2019 with residual left [hemiparesis]\n', []],
  ['a finding that says residual is current', 'Past Medical History:\n[Residual left hemiparesis] after CVA\n', []],
  ['a sequela in PMH is current', 'PMH:\n- Left [hemiparesis], late effect of CVA\n', []],
  ['the event in PMH stays historical', 'Past Medical History:\n[Stroke] 2019 with residual left hemiparesis\n', ['historical']],
  ['family history section', 'Family History:\nMother: [stroke]\n', ['family']],
  ['family history section, negated', 'Family History:\nNo [neuromuscular disease].\n', ['family', 'negated']],
  ['patient instructions are hypothetical', 'Patient Instructions:\nReturn if [weakness] worsens.\n', ['hypothetical']],
  ['instructions without a trigger', 'Discharge Instructions:\nWatch for [falls] at home.\n', ['hypothetical']],
  ['HPI has no default', 'HPI:\n[Fatigue] for 3 months.\n', []],
  ['assessment has no default', 'Assessment:\n[Hypothyroidism], uncontrolled.\n', ['chronic']],
  ['assessment has no default, acute finding', 'Assessment:\n[Rhabdomyolysis], improving.\n', []],
  ['a new section ends the PMH default', 'Past Medical History:\nCVA\n\nHPI:\nNew [weakness] of the left arm.\n', []],
  // ROS: positives affirmed, denials negated
  ['ROS positive', 'Review of Systems:\nConstitutional: positive for [fatigue]. Negative for fever.\n', []],
  ['ROS denies', 'Review of Systems:\nNeuro: denies [numbness], positive for weakness.\n', ['negated']],
  ['ROS positive after a denial', 'Review of Systems:\nNeuro: denies numbness, positive for [weakness].\n', []],
  ['ROS negative for', 'ROS:\nMusculoskeletal: negative for [myalgias], joint swelling.\n', ['negated']],
  ['ROS negative except', 'ROS: negative except [fatigue].\n', []],
  ['ROS template answer no', 'ROS:\n[Fever]: no\nWeakness: yes\n', ['negated']],
  ['ROS template answer yes', 'ROS:\nFever: no\n[Weakness]: yes\n', []],
  ['ROS plain positive', 'ROS:\nNeuro: [weakness] in both legs.\n', []],
];

describe('section defaults and the ROS rule', () => {
  it.each(rows)('%s', (_name, marked, flags) => {
    expect(assertMarked(marked)).toEqual(expected(flags));
  });
});

describe('a header qualifier before the colon', () => {
  const qualified: [name: string, marked: string, flags: AssertionCategory[]][] = [
    ['copied from prior makes the section historical', 'Exam (copied from prior): Gen NAD. Strength [4/5] hip flexors.\n', ['historical']],
    ['carried forward', 'ROS (carried forward from last visit):\nNeuro: [weakness] of both legs.\n', ['historical']],
    ['a later sentence of the section too', 'Exam (copied from prior): Gen NAD.\nLungs clear. [Weakness] of the hip flexors.\n', ['historical']],
    ['today is current (negative row)', 'Labs (today): [K 3.1] L\n', []],
    ['the next section is not copied (negative row)', 'Exam (copied from prior): Gen NAD.\nAssessment: [weakness] of both legs.\n', []],
  ];
  it.each(qualified)('%s', (_name, marked, flags) => {
    expect(assertMarked(marked)).toEqual(expected(flags));
  });
});
