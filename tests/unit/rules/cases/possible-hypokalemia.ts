import type { RuleCases } from '../rule-tester.ts';

// The electrolytes pack's possible-hypokalemia (was the potassium branch of abnormal-lab-without-dx):
// K < 3.0 once, or K < 3.5 replaced, a diuretic held, rechecked or cited; never a maintenance-fluid
// additive, a documented hypokalemia or periodic paralysis.
export default {
  ruleId: 'possible-hypokalemia',
  valid: [
    { name: 'potassium 3.2 alone, no treatment', text: 'Labs: K 3.2 mEq/L (L)\nAssessment: Fatigue, follow up 3 months.' },
    { name: 'potassium only as a maintenance-fluid additive', text: 'Labs: K 3.3, 3.4\nPlan: D5 1/2NS + 20 KCl at 75 mL/h.' },
    { name: 'low potassium with hypokalemia documented', text: 'Labs: K 2.9 mEq/L.\nAssessment: Hypokalemia, start KCl 20 mEq daily.' },
    { name: 'chosen code covers the lab', text: 'Labs: K 2.6 mEq/L.', codes: ['E87.6'] },
    { name: 'a resolved diagnosis written with its code answers the question', text: 'Hospital course: K 2.9 on admission, repleted with IV KCl.\nDischarge diagnoses:\n1. Hypokalemia E87.6 - resolved with repletion' },
    { name: 'periodic paralysis explains it', text: 'K 2.4 during the attack.\nA/P: hypokalemic periodic paralysis, oral KCl, neurology f/u.' },
    { name: 'a repletion protocol that may apply later', text: 'K 3.4.\nPlan: if K < 3.0, start potassium protocol.' },
    // Another patient's result filed under this one (held-out-2 ED note): not the patient's value.
    {
      name: "a mislabeled panel that belonged to another patient",
      text: 'ED: dysuria x 2 d.\nLab addendum: initial BMP (Na 127, K 2.7) was mislabeled - specimen belonged to another patient; result corrected.\nRepeat BMP on this pt: Na 138, K 4.1.\nDx: UTI (N39.0).',
    },
    { name: "a wrong-patient potassium", text: 'K 2.6 - wrong patient, lab notified. Redraw K 4.0.\nA/P: cellulitis.' },
    // A result the note withdraws, named again in the correction (held-out-3 addendum): not a result.
    {
      name: 'an addendum that withdraws the value it names',
      text: 'Labs AM: K 2.8 L, Na 139.\nA/P: afib (I48.91), dilt 60 q6h.\nADDENDUM: the AM BMP above was resulted on the wrong patient. Redrawn: K 4.2. Disregard K 2.8.',
    },
    { name: 'a value resulted in error', text: 'K 2.7 resulted in error per lab, redraw K 4.0.\nA/P: cellulitis.' },
    // Magnesium given for a low magnesium says nothing about the potassium.
    { name: 'magnesium repleted for its own low value', text: 'Labs: K 3.3, Mg 1.4 (L).\nPlan: Mg sulfate 2 g IV for Mg 1.4.' },
    { name: 'magnesium for the potassium only if it stays low', text: 'Labs: K 3.3, Mg 1.6.\nPlan: if K refractory, replete magnesium.' },
  ],
  invalid: [
    {
      name: "the patient disregarding advice withdraws no result",
      text: 'K 2.8 L, KCl 40 mEq given; pt disregarded advice to stay.\nA/P: cellulitis.',
      expect: [{ ruleId: 'possible-hypokalemia', suggested: ['E87.6'] }],
    },
    {
      name: 'a withdrawn ECG read says nothing about the potassium',
      text: 'Please disregard the earlier ECG read.\nLabs: K 2.6 L.\nA/P: cellulitis, cefazolin.',
      expect: [{ ruleId: 'possible-hypokalemia', suggested: ['E87.6'] }],
    },
    {
      name: 'magnesium repleted to help the potassium during diuresis',
      text: 'Acute on chronic HFrEF, net -4 L.\nLabs: K 3.2 (from 3.9), Mg 1.5\nPlan:\n- Mg sulfate 2 g IV to help K\n- daily wts',
      options: { setting: 'inpatient' },
      expect: [{ ruleId: 'possible-hypokalemia', message: ['"Mg sulfate"'] }],
    },
    {
      name: 'clearly low potassium, nothing documented',
      text: 'HPI: 68F with vomiting x3 days.\nLabs: K 2.7 mmol/L (L)\nA/P: Gastroenteritis, ondansetron.',
      expect: [{ ruleId: 'possible-hypokalemia', suggested: ['E87.6'], message: ['below range, ungraded'], query: ['"K 2.7 mmol/L (L)" (Labs and data)', '[ ] Hypokalemia', '[ ] Other (please specify): ______', '[ ] Clinically undetermined'] }],
    },
    {
      name: 'mild potassium replaced and rechecked',
      text: 'Labs: K 3.3, Mg 1.9\nPlan: KCl 40 mEq PO x1 now, recheck BMP in AM.\nAssessment: Gastroenteritis.',
      expect: [{ ruleId: 'possible-hypokalemia', message: ['with "KCl" documented'], query: ['"KCl 40 mEq PO x1 now, recheck BMP in AM." (Plan)'] }],
    },
    {
      name: 'severe hypokalemia graded',
      text: 'RN note 0400: critical K 2.3 called to MD, IV KCl 10 mEq x4 ordered.',
      expect: [{ ruleId: 'possible-hypokalemia', message: ['severe, below 2.5'] }],
    },
  ],
} satisfies RuleCases;
