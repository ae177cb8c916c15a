import type { RuleCases } from '../rule-tester.ts';

// The electrolytes pack's possible-hyperkalemia (was the potassium branch of abnormal-lab-without-dx):
// K >= 6.0 once on a specimen not called hemolyzed, or above range and treated, rechecked or cited;
// a normal repeat clears a spurious high value.
export default {
  ruleId: 'possible-hyperkalemia',
  valid: [
    { name: 'potassium 5.6 before dialysis, nothing done', text: 'ESRD on HD MWF.\nK 5.6.\nA/P: ESRD, HD tomorrow as scheduled.' },
    { name: 'hemolyzed potassium with a normal repeat', text: 'K 6.3 (specimen hemolyzed), repeat K 4.4.' },
    { name: 'hyperkalemia documented', text: 'K 6.4.\nA/P: Hyperkalemia from lisinopril - hold, Lokelma 10 g.' },
    { name: 'high value with a normal recheck', text: 'BMP: K 5.9.\nRecheck K 4.6 on a fresh draw.\nA/P: HTN.' },
    { name: 'a hypothetical treatment', text: 'K 5.4.\nPlan: if K above 6, give Lokelma.' },
    // The next morning's panel is routine labs, not a recheck of this value (packs/README.md "significant").
    { name: 'a panel repeated with the morning labs', text: 'Found down. CK 31,200, K 5.4 (3.5-5.1) H.\nA/P: NS 200 mL/h, repeat BMP/CK in AM, strict I/O.' },
    { name: 'daily BMP while on IV fluids', text: 'K 5.3 (H).\nPlan: IVF, recheck BMP daily.' },
  ],
  invalid: [
    {
      name: 'high potassium treated with a binder',
      text: 'ESRD on HD MWF. K 5.8, 6.0 before dialysis.\nPlan: sodium zirconium cyclosilicate 10 g given, HD in AM.',
      expect: [{ ruleId: 'possible-hyperkalemia', suggested: ['E87.5'], message: ['moderate, 6.0-6.4'], evidence: ['sodium zirconium cyclosilicate'], query: ['[ ] Hyperkalemia', 'hemolyzed'] }],
    },
    {
      name: 'moderate hyperkalemia treated',
      text: 'K 6.2 mmol/L (3.5-5.1). Lokelma 10 g PO given, repeat K in 4 h.',
      expect: [{ ruleId: 'possible-hyperkalemia', message: ['moderate, 6.0-6.4'] }],
    },
    {
      name: 'severe hyperkalemia alone',
      text: 'Labs: K 6.9 (3.5-5.1) H, non-hemolyzed. Cr 4.2.\nA/P: AKI on CKD, renal consult.',
      expect: [{ ruleId: 'possible-hyperkalemia', message: ['severe'] }],
    },
    {
      name: 'a panel rechecked this afternoon for the high value',
      text: 'K 5.6 (3.5-5.1) H, not hemolyzed.\nPlan: hold spironolactone, repeat BMP this afternoon.',
      expect: [{ ruleId: 'possible-hyperkalemia' }],
    },
    {
      name: 'a panel on a short interval',
      text: 'K 5.4 (3.5-5.1) H.\nPlan: BMP q6h overnight.',
      expect: [{ ruleId: 'possible-hyperkalemia' }],
    },
    {
      name: 'mild hyperkalemia cited in the plan',
      text: 'Labs reviewed.\nA/P: CKD 3b - K 5.7 today, hold losartan, low potassium diet.',
      expect: [{ ruleId: 'possible-hyperkalemia', message: ['mild, 5.5-5.9'] }],
    },
  ],
} satisfies RuleCases;
