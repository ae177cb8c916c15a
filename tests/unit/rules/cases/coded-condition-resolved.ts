import type { RuleCases } from '../rule-tester.ts';

export default {
  ruleId: 'coded-condition-resolved',
  valid: [
    {
      name: 'a date and "since then" do not make a symptom past',
      text: 'Post-COVID clinic: COVID 3/2025, since then fatigue and post-exertional crashes.\nA/P: Fatigue (R53.83), post COVID-19 condition (U09.9).',
    },
    {
      name: 'a code without words naming its condition: past wording about a procedure is not about the code',
      text: 'Discharge diagnoses:\n1. Dehydration E86.0\n2. CAD s/p PCI - I25.10',
    },
    {
      name: 'inpatient: resolved with treatment during the stay is still coded',
      text: 'DISCHARGE SUMMARY\nK 2.8 on admission, repleted IV and PO.\nDischarge diagnoses: Hypokalemia E87.6 - resolved with repletion.',
    },
    {
      name: '"not resolved" after the code',
      text: 'Labs: K 3.0 (L).\nAssessment: Hypokalemia (E87.6), not resolved, continue KCl 20 mEq.',
    },
    {
      name: '"partially resolved" is still present',
      text: 'Assessment: Hyponatremia E87.1 - partially resolved, Na 131 today.',
    },
    {
      name: 'chronic condition listed in the past medical history is not "resolved"',
      text: 'PMH: Hypothyroidism, HTN.\nMeds: levothyroxine.\nAssessment: Hypothyroidism (E03.9), stable.',
    },
    {
      name: 'resolved during the stay but documented as present on admission',
      text: 'Discharge summary\nHospital course: admitted with hyponatremia, Na 121, treated with fluids.\nDischarge diagnoses: Hyponatremia (E87.1), resolved with fluids.',
    },
    {
      name: 'another condition resolved, coded one current',
      text: 'HPI: UTI resolved after nitrofurantoin. Still tired, TSH 9.8.\nAssessment: Hypothyroidism (E03.9).',
    },
    {
      name: 'history of stroke with residual deficits is current',
      text: 'HPI: History of stroke with residual left hemiparesis.\nAssessment: Hemiplegia following cerebral infarction affecting left non-dominant side (I69.354).',
    },
  ],
  invalid: [
    {
      name: 'problem-list status after the code',
      text: 'Assessment:\n1. Hypokalemia (E87.6), resolved.\n2. Weakness (R53.1), PT.',
      expect: [{ ruleId: 'coded-condition-resolved', code: 'E87.6' }],
    },
    {
      name: 'coded condition marked resolved',
      text: 'Assessment:\n1. Hypothyroidism E03.9 (resolved)\n2. Fatigue R53.83',
      // The code's own label is its only evidence and never a query indicator: no query to send.
      expect: [{ ruleId: 'coded-condition-resolved', severity: 'warning', code: 'E03.9', evidence: ['Hypothyroidism'], query: null }],
    },
    {
      name: 'only a history of the coded condition',
      text: 'HPI: history of iron deficiency anemia, s/p iron infusions 2021, Hgb 13.4 today.\nAssessment: Fatigue.',
      codes: ['D50.9'],
      expect: [{ ruleId: 'coded-condition-resolved', code: 'D50.9' }],
    },
    {
      name: 'hypokalemia no longer present, still coded',
      text: 'HPI: K was 2.9 last month, repleted, hypokalemia has resolved.\nLabs: K 4.1.\nA/P: Hypokalemia E87.6 - stop KCl.',
      expect: [{ ruleId: 'coded-condition-resolved', code: 'E87.6' }],
    },
  ],
} satisfies RuleCases;
