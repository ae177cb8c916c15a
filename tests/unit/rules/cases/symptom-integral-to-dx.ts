import type { RuleCases } from '../rule-tester.ts';

export default {
  ruleId: 'symptom-integral-to-dx',
  valid: [
    {
      name: 'the provider says the symptom is unrelated (Guideline I.B.6)',
      text: 'A/P:\n1. Fatigue R53.83 - not related to her hypothyroidism (TSH 1.8); shift-work sleep disruption.\n2. Hypothyroidism E03.9 - stable.',
    },
    {
      name: 'the symptom alone, cause only suspected and not coded',
      text: 'Assessment: Fatigue (R53.83); suspect hypothyroidism, TSH pending.',
    },
    {
      name: 'a coded cause weakness is not integral to (UTI)',
      text: 'Assessment:\n1. UTI (N39.0), UA positive\n2. Weakness (R53.1)',
    },
    {
      name: 'depression with weakness: fatigue, not weakness, is integral to depression',
      text: 'Assessment: Major depression, single episode (F32.9). Proximal weakness 4/5, R53.1, CK ordered.',
    },
    {
      name: 'the coded cause is denied',
      text: 'Labs: Na 139, no hyponatremia.\nAssessment: Fatigue R53.83. E87.1',
    },
    {
      name: 'outpatient, the coded cause is only probable (coded-condition-uncertain reports it)',
      text: 'Assessment: probable iron deficiency anemia D50.9, ferritin pending; fatigue R53.83.',
    },
    {
      name: 'family history of the cause',
      text: 'FHx: mother with hypothyroidism.\nAssessment: Fatigue (R53.83).',
    },
  ],
  invalid: [
    {
      name: 'weakness with dehydration from gastroenteritis',
      text: 'OBS note: 80F vomiting x3 days, weak all over, orthostatic.\nImpression:\n- Weakness, generalized R53.1\n- Dehydration E86.0 from viral gastroenteritis',
      expect: [{ ruleId: 'symptom-integral-to-dx', code: 'R53.1', message: ['E86.0'] }],
    },
    {
      name: 'hyponatremia with Na 124 and weakness, symptom listed second',
      text: 'Labs: Na 124 (L).\nAssessment:\n1. Hyponatremia (E87.1) - fluid restriction\n2. Generalized weakness (R53.1)',
      expect: [{ ruleId: 'symptom-integral-to-dx', severity: 'warning', code: 'R53.1', message: ['E87.1'], evidence: ['R53.1', 'E87.1'] }],
    },
    {
      name: 'symptom listed first: same finding, whatever the order',
      text: 'Assessment:\n1. Fatigue (R53.83)\n2. Iron deficiency anemia (D50.9), ferritin 4, start ferrous sulfate',
      expect: [{ ruleId: 'symptom-integral-to-dx', code: 'R53.83', message: ['D50.9'] }],
    },
    {
      name: 'anemia in CKD coded with fatigue: any anemia code carries its integral fatigue',
      text: 'HPI: tired all the time, DOE.\nA/P: CKD stage 4 (N18.4). Anemia of CKD, Hgb 9.4 (D63.1), start ESA. Fatigue (R53.83).',
      expect: [{ ruleId: 'symptom-integral-to-dx', code: 'R53.83', message: ['D63.1'] }],
    },
    {
      name: 'depression with fatigue, codes from the user',
      text: 'HPI: low mood, anhedonia, tired all the time. PHQ-9 17.\nAssessment: Major depression.',
      codes: ['F32.9', 'R53.83'],
      expect: [{ ruleId: 'symptom-integral-to-dx', code: 'R53.83' }],
    },
    {
      name: 'probable cause inpatient is confirmed (II.H)',
      text: 'Discharge diagnoses: Weakness R53.1; probable hypothyroidism E03.9, TSH 18.',
      options: { setting: 'inpatient' },
      expect: [{ ruleId: 'symptom-integral-to-dx', code: 'R53.1' }],
    },
  ],
} satisfies RuleCases;
