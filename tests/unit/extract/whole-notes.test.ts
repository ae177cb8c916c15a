/**
 * Whole notes as therapists and clinicians write them, through lint(): the strength exam rows, the
 * functional limits and the problem labels this project reads change what the rules say. Each row
 * names the rules that must fire and those that must not.
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/engine/index.ts';

interface Case {
  name: string;
  text: string;
  codes: string[];
  fires: string[];
  silent: string[];
}

const PT_INITIAL = `PHYSICAL THERAPY INITIAL EVALUATION
Referral: Muscle weakness (generalized) M62.81

Subjective: 78 yo F home from a 9-day hospital stay for pneumonia. She cannot manage the stairs at home and needs help getting off the commode at night.

Objective:
MMT        R      L
Hip flex   4-     4-
Hip abd    3+     4-
Knee ext   4      4
Ankle DF   4+     4+
Sit to stand: Mod A with UE push-off.

Assessment: Deconditioning after prolonged hospitalization.

Plan: Therapeutic exercise and gait training 3x/week x 6 weeks.
`;

const PT_RECERT = `PT Recertification / Progress Note

S: Pt reports L leg still buckles on uneven ground. No falls since last visit.

O:
MMT LLE: hip abd 3+/5, ankle DF 4-/5, knee ext 4/5
RLE 5/5 throughout
BUE 5/5

A: Muscle weakness (generalized) - M62.81. Progressing toward goals.

P: Continue therapeutic exercise 2x/week.
`;

const NEURO_TABLE = `Neurology consult

HPI: 64M with 3 days of clumsiness of the left hand, dropping cups.

Exam:
Motor:
            R      L
Deltoid     5      4
Biceps      5      4
Triceps     5      4-
Grip        5      4-
Iliopsoas   5      5
Quads       5      5
DF          5      5
Reflexes: biceps 2+ R, 3+ L.

Assessment:
1. Weakness - R53.1
Plan: MRI brain, CBC, BMP.
`;

const NEURO_TABLE_NORMAL = NEURO_TABLE.replace(/\b4-?(?= *$)/gm, '5');

const ED_EXAM = `ED PROVIDER NOTE
HPI: 81 yo M brought in by EMS, feels weak, "just not right". No falls.
Exam: Alert. Strength: RUE 4/5 grip and biceps; LUE, BLE 5/5.
Assessment: Generalized weakness
Plan: discharge home
`;

const ED_LABEL_ONLY = `ED NOTE
HPI: 70 yo F, feels weak.
Assessment: Generalized weakness
Plan: home, follow up with PCP.
`;

const PT_BLE = `PT Evaluation
O: MMT BLE: hip flex 4-/5, knee ext 4/5
Transfers: min assist for bed-to-chair transfers.
A: Generalized muscle weakness after ICU stay, deconditioning.
P: PT 3x/week.
`;

const PT_DAILY = `PT Daily Note
S: Pt states legs feel heavier today.
O: Pt completed 3 sets x 10 reps hip abd with theraband. Reflexes: patellar 2+ bilat. BLE trace edema. Independent with transfers, no assistive device.
A: Tolerated well.
P: Continue POC.
`;

const CASES: Case[] = [
  // A table without "/5" is a graded exam; "cannot manage the stairs" is a functional limit.
  { name: 'PT initial evaluation, MMT table with R/L columns', text: PT_INITIAL, codes: ['M62.81'], fires: [], silent: ['objective-strength-required', 'functional-impact', 'strength-detail', 'localized-weakness'] },
  // One limb only, side carried from the row label: focal, not generalized; buckling is a functional limit.
  { name: 'PT recertification, left leg only', text: PT_RECERT, codes: ['M62.81'], fires: ['localized-weakness'], silent: ['objective-strength-required', 'functional-impact', 'reassessment-update'] },
  // Left arm weaker than right in a bare-number table: focal; reflex 3+ is not a grade.
  { name: 'neuro exam table, left arm', text: NEURO_TABLE, codes: [], fires: ['localized-weakness'], silent: ['objective-findings'] },
  // 5 everywhere is normal: an exam (objective findings) and no focal weakness.
  { name: 'neuro exam table, all 5', text: NEURO_TABLE_NORMAL, codes: [], fires: [], silent: ['objective-findings', 'localized-weakness'] },
  { name: 'neuro exam table, all 5, M62.81', text: NEURO_TABLE_NORMAL, codes: ['M62.81'], fires: ['objective-strength-required'], silent: ['localized-weakness'] },
  // The assessment's label "Generalized weakness" is not evidence that the weakness is generalized.
  { name: 'ED exam, right arm 4/5, label generalized', text: ED_EXAM, codes: ['R53.1'], fires: ['localized-weakness'], silent: ['objective-findings'] },
  { name: 'ED note, complaint and label only', text: ED_LABEL_ONLY, codes: ['R53.1'], fires: ['unsupported-weakness', 'objective-findings'], silent: [] },
  // Both legs graded: measured and not focal.
  { name: 'PT evaluation, MMT BLE', text: PT_BLE, codes: ['M62.81'], fires: [], silent: ['objective-strength-required', 'localized-weakness', 'functional-impact', 'strength-detail'] },
  // Exercise counts, reflexes and edema are no grades; "independent", "no assistive device" no limit.
  { name: 'PT daily note without an exam', text: PT_DAILY, codes: ['M62.81'], fires: ['objective-strength-required', 'functional-impact'], silent: ['localized-weakness'] },
];

describe('whole notes: strength rows, functional limits and labels change the rules', () => {
  it.each(CASES)('$name', ({ text, codes, fires, silent }) => {
    const ids = new Set(lint(text, { codes }).diagnostics.map((d) => d.ruleId));
    for (const id of fires) expect(ids.has(id), `${id} must fire`).toBe(true);
    for (const id of silent) expect(ids.has(id), `${id} must not fire`).toBe(false);
  });

  it('evidence spans are exact UTF-16 offsets into the note', () => {
    const result = lint(PT_RECERT, { codes: ['M62.81'] });
    const focal = result.diagnostics.find((d) => d.ruleId === 'localized-weakness');
    expect(focal?.evidence.map((e) => PT_RECERT.slice(e.start, e.end))).toEqual(focal?.evidence.map((e) => e.text));
    expect(focal?.evidence[0]?.text).toBe('hip abd 3+/5, ankle DF 4-/5, knee ext 4/5');
  });
});
