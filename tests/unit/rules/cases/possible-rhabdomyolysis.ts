import type { RuleCases } from '../rule-tester.ts';

// The rhabdomyolysis pack's possible-dx (packs/rhabdomyolysis.md), formerly the CK branch of
// abnormal-lab-without-dx: a CK of at least 5 x the upper limit AND a sign of clinical significance
// (a second CK, fluids for the CK, muscle pain or weakness, dark urine, high creatinine/K/phosphate),
// no rhabdomyolysis or myopathy documented, no cardiac source, no baseline CK of a chronic myopathy.
export default {
  ruleId: 'possible-rhabdomyolysis',
  valid: [
    // --- a high CK alone, or below 5 x the limit
    { name: 'CK over 5x after spine surgery, no response', text: 'POD1 L4-5 fusion. CK 1,400 U/L (30-200). Pain controlled.\nA/P: routine post-op care.' },
    { name: 'CK 4x the limit with myalgia', text: 'HPI: Myalgias after starting a new workout.\nLabs: CK 850 U/L (30-200)\nA/P: Rest, hydrate.' },
    { name: 'research CK after a half marathon, nothing done', text: 'Pre-participation exam. Ran 21 km yesterday, feels fine.\nCK 1,350 U/L (ref 30-200) drawn for a study.\nA: cleared, no f/u labs.' },
    // --- another source of CK, or a stated baseline
    { name: 'CK with an acute MI', text: 'Labs: CK 1,800 U/L, troponin I 45 ng/mL. Repeat CK in AM.\nAssessment: NSTEMI, heparin drip.' },
    { name: 'baseline CK of a muscular dystrophy', text: 'Neuromuscular clinic. 26M Becker MD, stable proximal weakness.\nCK 4,900 U/L (baseline CK 4-6K for him). Repeat CK in 6 months.' },
    // --- documented: the question is answered
    { name: 'very high CK with rhabdomyolysis documented', text: 'Labs: CK 14,500 U/L (ref 30-200).\nAssessment: Rhabdomyolysis after a long lie on the floor, IV fluids.' },
    { name: 'high CK explained by a documented inflammatory myopathy', text: 'Labs: CK 1,200 U/L (Ref: 30-200), repeat CK next week\nEMG: Myopathic motor units\nAssessment: Inflammatory myopathy.' },
    { name: 'a probable other explanation attributes the value (ED, outpatient)', text: 'ED NOTE\nCalves sore, legs weak. CK 1,800.\nMDM: likely viral myositis. CK with PCP in 2-3 days.', options: { setting: 'outpatient' } },
    { name: 'crush syndrome names the muscle injury', text: 'Trench collapse, legs buried 5 h. CK 88,000, Cr 3.1, oliguric.\nImp: crush syndrome with AKI - CRRT, trend CK.' },
    // --- historical, family, hypothetical, negated
    { name: 'the CK of a past episode', text: 'Rheum f/u. Hx rhabdomyolysis 2019 (CK 31,000 after a flu), recovered.\nToday CK 140, ESR 12.\nA/P: RA stable, repeat labs 3 mo.' },
    { name: 'a relative\'s CK', text: 'Family History: brother with rhabdomyolysis, CK 40,000 during anesthesia.\n\nLabs: CK 95.\nPlan: MH-safe anesthetic.' },
    { name: 'maintenance fluids are no sign', text: 'Post-op day 2, hip replacement. CK 2,100 U/L (30-200).\nPlan: D5 1/2NS at 75 mL/h, advance diet.' },
    { name: 'blood in the urine with many red cells is hematuria', text: 'Foley trauma. CK 1,900 U/L (30-200). UA: large blood, >50 RBC/hpf.\nA/P: hematuria from foley trauma, flush.' },
    { name: 'a hypothetical threshold in the plan', text: 'Hip fx, found within 1 h. CK 310 (30-200).\nPlan: ORIF; repeat CK in AM, if CK > 5,000 start IVF 200 mL/h.' },
  ],
  invalid: [
    {
      name: 'very high CK in a patient found down',
      text: 'HPI: Found down at home, unknown down time.\nLabs: CK 4,800 U/L (ref 30-200)\nA/P: AKI, IV fluids.',
      expect: [{ ruleId: 'possible-rhabdomyolysis', suggested: ['M62.82'], query: ['"CK 4,800 U/L (ref 30-200)"', 'Found down at home', '[ ] Rhabdomyolysis', '[ ] CK elevation without clinical significance'] }],
    },
    {
      name: 'high CK with a recheck ordered',
      text: 'Labs: CPK 3,100 (30-200)\nPlan: trend CK q12h, encourage PO fluids.',
      expect: [{ ruleId: 'possible-rhabdomyolysis', suggested: ['M62.82'] }],
    },
    {
      name: 'statin myalgia clinic visit, CK 27 x the limit, repeat ordered',
      text: 'Telehealth. 61M on atorva 80, 10 d of aching thighs + shoulders, trouble w/ stairs.\nCK 4,700 U/L (ref 46-170). Cr 0.8.\nA: myalgia, likely statin - HOLD atorvastatin\nP: repeat CK + BMP 1 wk',
      codes: ['M79.10'],
      expect: [{ ruleId: 'possible-rhabdomyolysis', severity: 'info', code: null, spanText: 'CK 4,700 U/L (ref 46-170)', query: ['The CK results and findings above were documented.'] }],
    },
    {
      name: 'tea-colored urine after a spin class',
      text: 'ED: 24F, spin class 2 d ago, sore thighs, urine looks like tea.\nCK 12,400 U/L (ref 25-180). UA large blood, 0-2 RBC/hpf.\nDx: abnormal urine color. 2 L NS, PCP 48 h for repeat CK.',
      expect: [{ ruleId: 'possible-rhabdomyolysis', message: ['Rhabdomyolysis?'] }],
    },
    {
      name: 'fluids at 250 mL/h are the only sign',
      text: 'Admit. CK 7,300 U/L (30-200). Cr 0.8, K 4.1.\nPlan: NS 250 mL/h overnight.',
      expect: [{ ruleId: 'possible-rhabdomyolysis', message: ['with "NS" documented'], query: ['NS 250 mL/h'] }],
    },
    {
      name: 'heme-positive urine without red cells is the only sign',
      text: 'Labs: CK 6,200 U/L (30-200). UA: blood 3+, RBC 0-2/hpf.\nA/P: will discuss with family.',
      expect: [{ ruleId: 'possible-rhabdomyolysis', query: ['"blood 3', 'RBC 0-2/hpf'] }],
    },
  ],
} satisfies RuleCases;
