/**
 * Time in note-lint's sense: what an earlier encounter, record or date reports is historical (not
 * current evidence); conditionals and risks are hypothetical; chronic conditions are present (the
 * chronic flag, not historical). Negative rows keep today's findings, onset dates and residual
 * deficits current.
 */
import { describe, expect, it } from 'vitest';
import type { AssertionCategory } from '../../../src/engine/types.ts';
import { assertMarked, expected } from './marked.ts';

const rows: [name: string, marked: string, flags: AssertionCategory[]][] = [
  // earlier encounters and records
  ['an ED visit years ago', 'Seen in the ED 2 years ago for [weakness] after a fall.', ['historical']],
  ['years ago, sentence first', 'Two years ago she had an episode of [weakness] that resolved with fluids.', ['negated', 'historical']],
  ['years ago, before the finding', 'Three years ago she was admitted elsewhere with [weakness].', ['historical']],
  ['last admission', 'During her last admission [Na 126] was corrected slowly.', ['historical']],
  ['a visit in March', 'At her visit in March [fatigue] was attributed to anemia.', ['historical']],
  ['at initial evaluation', 'Hip flexion [3+/5] at initial evaluation.', ['historical']],
  ['copied from prior', 'MMT: hip abduction [4-/5] (copied from prior).', ['historical']],
  ['unchanged from prior', 'Strength [4/5] in both legs, unchanged from prior.', ['historical']],
  ['per previous note', 'Per previous note, [weakness] of the left arm.', ['historical']],
  ['per old records', 'Per old records [rhabdomyolysis] in 2019 with CK 40,000.', ['historical']],
  ['problem list in HPI', 'Multiple medical problems including [COPD] and diabetes.', ['historical', 'chronic']],
  ['no history of denies the past', 'No history of [myasthenia gravis].', ['negated', 'historical', 'chronic']],
  ['an earlier encounter across "with"', 'Last admission in May for decompensation with generalized [weakness] requiring rehab.', ['historical']],
  ['that admission', 'During that admission his [sodium was 124], treated with fluid restriction.', ['historical']],
  ['"ago" looks back only within its clause', '58F with [COPD], finished a hospitalization with an exacerbation 1 month ago.', ['chronic']],
  ['an anchor looks back only within its clause', '[HFrEF] (EF 30%), last admission in May for decompensation.', ['chronic']],
  ['unchanged from initial eval', 'Strength [4/5] hip flexors, unchanged from initial eval per pt report.', ['historical']],
  // dates against the encounter's date
  ['a date before the date of service', 'Date of service: 07/10/2008.\nOn June 24, 2008, he was seen in the ER with [weakness].', ['historical']],
  ['a dated re-evaluation line', 'Re-evaluation 5/2/2026\nInitial evaluation 3/14: [hip flexors 3+/5] bilaterally.', ['historical']],
  ['the latest date is the encounter', 'Labs 3/1/2026: CK 900.\nSeen 3/20/2026: [weakness] improving.', []],
  ['a date of today is current', 'Date of service: 12/05/2026.\n12/05/2026: [weakness] of both legs.', []],
  ['an onset date stays current', 'Visit 5/2/2026. [Weakness] since 3/1/2026, worse with stairs.', []],
  ['today ends the earlier date', 'DOS 5/2/2026. Na 126 on 4/1/2026 but today [fatigue] is better.', []],
  ['a single date is the encounter', 'On 6/24/2008 he was seen with [weakness].', []],
  ['a grade is not a date', 'Visit 5/2/2026. Hip flexors [4/5] bilaterally.', []],
  ['a visit dated without a year', 'PT RE-EVALUATION DOS 4/25\nInitial evaluation 3/14: [MMT hip flex 3+/5] B.', ['historical']],
  ['a month and year before the visit', 'B12 142 pg/mL (11/2021), treated. [B12 590] today (04/2023 was 655).', []],
  ['an admission date is the stay', 'ADMISSION DATE: Aug 14 2007 DISCHARGE DATE: Aug 16 2007 PRINCIPAL DIAGNOSIS: [lumbar disk rupture].', []],
  // today stays current
  ['weeks ago is an onset', '[Weakness] began 2 weeks ago.', []],
  ['residual after an old stroke', 'Stroke 3 years ago with residual right [hemiparesis].', []],
  // hypothetical
  ['should she develop', 'Should she develop [weakness] or numbness, call 911.', ['hypothetical']],
  ['would suffer', 'Biopsy deferred because of the residual [weakness] and persistent pain that the patient would suffer.', ['hypothetical']],
  ['risks include', 'Risks discussed include infection, bleeding and [nerve injury].', ['hypothetical']],
  ['if there was', 'Return to the ED if there was redness, [fever], or drainage.', ['hypothetical']],
  ['a conditional long list', 'She should return if she experiences nausea, vomiting, abdominal pain, dizziness, or [weakness].', ['hypothetical']],
  ['not hypothetical after the clause', 'If pain persists we will image; she reports [weakness] today.', []],
  // chronic: present, not historical
  ['a chronic disease in the assessment', 'Assessment: [hypothyroidism], on levothyroxine.', ['chronic']],
  ['longstanding', 'Longstanding [weakness] of the left leg.', ['chronic']],
  ['for years', '[Fatigue] for years, worse this month.', ['chronic']],
  ['an exacerbation is recent', 'Admitted with [COPD exacerbation].', []],
  ['new-onset is recent', 'New-onset [atrial fibrillation] on telemetry.', []],
  ['what a study shows is recent', 'EKG shows [atrial fibrillation] with RVR.', []],
  ['social history habits', 'Social History:\nSmokes 1 ppd. [Alcohol] occasionally.\n', ['chronic']],
];

describe('time, hypothetical and chronic assertions', () => {
  it.each(rows)('%s', (_name, marked, flags) => {
    expect(assertMarked(marked)).toEqual(expected(flags));
  });
});
