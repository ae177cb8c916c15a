import type { RuleCases } from '../rule-tester.ts';

export default {
  ruleId: 'suggested-code',
  valid: [
    {
      name: 'weakness of a past visit that resolved',
      text: 'HPI: ankle sprain 2 days ago. Seen at urgent care last winter with flu and weakness, which resolved with the flu.\nAssessment: ATFL sprain (S93.492A).',
    },
    // Issue 11: no suggestion rather than an unsafe one.
    { name: 'D50.0 coded: no D50.9 for the fatigue of its anemia', text: 'HPI: tired, fatigue due to iron deficiency anemia.', codes: ['D50.0'] },
    { name: 'an isolated high CK suggests no myopathy code', text: 'Labs: CK 640 U/L (H) after a half marathon.\nHPI: feels fine, no weakness, no myalgia.' },
    {
      name: 'I69.354 chosen: no G81.- beside it (Excludes1)',
      text: 'Assessment: Hemiplegia following cerebral infarction affecting left non-dominant side (I69.354). Left-sided weakness 3/5, hemiparesis.',
    },
    { name: 'weakness and fatigue denied', text: 'ROS: Denies weakness or fatigue.' },
    // The code the documentation supports is already chosen: nothing to advise (held-out-2 ED foot drop).
    {
      name: 'focal leg weakness with its sign code R29.898 chosen',
      text: 'ED: R leg weakness since yesterday. Exam: R ankle DF 3/5. MRI L-spine ordered.\nDx: Weakness of right lower extremity (R29.898).',
      codes: ['R29.898'],
    },
    { name: 'weakness only in return precautions', text: 'Dx: ankle sprain.\nDispo: home. Strict return precautions for numbness or worsening weakness.' },
    { name: 'weakness code chosen', text: 'Feels weak all over.', codes: ['R53.1'] },
    { name: 'a relative\'s weakness', text: 'Family History: Mother has weakness from ALS.' },
    { name: 'return precautions are hypothetical', text: 'Patient Instructions: Return if weakness or numbness develops.' },
    { name: 'the chosen code is a condition that explains the weakness', text: 'HPI: Generalized weakness and dark urine after a marathon.\nAssessment: Rhabdomyolysis (M62.82).' },
    // A documented condition coded with a more specific code of its own (lexicon `codedBy`) codes the symptom it explains.
    {
      name: 'anemia documented, anemia in CKD chosen: its fatigue is coded',
      text: 'Reports fatigue, DOE.\nA/P: CKD 4. Anemia - CKD-related, start ESA.',
      codes: ['N18.4', 'D63.1'],
    },
    { name: 'pneumonia documented, its organism code chosen', text: 'Feels weak and tired. A/P: pneumonia, sputum grew pneumococcus.', codes: ['J13'] },
    // Codes come from the provider (Guideline I.B.14): other clinicians' notes hold indicators, not codable symptoms.
    {
      name: "a dietitian's grip weakness",
      text: 'RD NUTRITION ASSESSMENT\nNFPE: moderate temporal wasting. Grip weak bilaterally. Intake <50% x 1 week.',
    },
    {
      name: "a therapist's section in the provider's note",
      text: 'Hospitalist progress note. Cellulitis improving on cefazolin.\nPT: pt fatigues easily, ambulated 60 ft with RW.',
      codes: ['L03.115'],
    },
  ],
  invalid: [
    {
      name: 'focal leg weakness with no code chosen suggests its sign code',
      text: 'ED: R leg weakness since yesterday. Exam: R ankle DF 3/5. MRI L-spine ordered.\nDx: low back pain.',
      expect: [{ ruleId: 'suggested-code', suggested: ['R29.898'] }],
    },
    {
      name: 'generalized weakness with no code suggests R53.1',
      text: 'HPI: Feels weak all over for 2 weeks.',
      expect: [{ ruleId: 'suggested-code', severity: 'info', code: null, suggested: ['R53.1'], spanText: 'Feels weak all over' }],
    },
    {
      name: "the provider's own weakness after a therapist's section",
      text: 'PT: ambulated 60 ft with RW.\nHospitalist progress note\nHPI: feels weak all over since the fall.',
      expect: [{ ruleId: 'suggested-code', suggested: ['R53.1'], spanText: 'feels weak all over' }],
    },
    {
      name: 'fatigue only suggests R53.83',
      text: 'HPI: Tired all the time, low energy since the move.',
      expect: [{ ruleId: 'suggested-code', suggested: ['R53.83'] }],
    },
    {
      name: 'graded weakness from deconditioning suggests M62.81',
      text: 'HPI: Generalized weakness since her hospital stay.\nExam: Hip flexors and deltoids 4/5 bilaterally.\nAssessment: Deconditioning.',
      codes: ['E87.6'],
      expect: [{ ruleId: 'suggested-code', suggested: ['M62.81'] }],
    },
    {
      name: 'weakness linked to a cause suggests the cause',
      text: 'HPI: Weakness due to hypokalemia, K 2.9 this morning.',
      expect: [{ ruleId: 'suggested-code', message: ['due to "hypokalemia"'], suggested: ['E87.6'] }],
    },
    {
      name: 'weakness with a neurological condition suggests the condition',
      text: 'HPI: MS flare with new leg weakness.',
      expect: [{ ruleId: 'suggested-code', message: ['neurological condition'], suggested: ['G35.D'] }],
    },
    {
      name: 'sarcopenia suggests M62.84',
      text: 'Assessment: Sarcopenia with progressive weakness; grip strength 15 kg.',
      expect: [{ ruleId: 'suggested-code', suggested: ['M62.84'] }],
    },
    {
      name: 'frailty suggests R54',
      text: 'HPI: 88-year-old, frail, weaker over the past year.',
      expect: [{ ruleId: 'suggested-code', suggested: ['R54'] }],
    },
    // Issue 11: suggested codes must be safe.
    {
      name: 'alcoholic myopathy with graded weakness: G72.1, never M62.81',
      text: 'HPI: 56M, drinks a fifth a day, alcoholic myopathy per neurology. Hip flexors 4-/5 bilaterally, cannot rise from a chair.',
      expect: [{ ruleId: 'suggested-code', suggested: ['G72.1'] }],
    },
    {
      name: 'statin myopathy with graded weakness: G72.0, never M62.81',
      text: 'HPI: on simvastatin 40, statin-induced myopathy, proximal weakness 4/5, CK 1,900.\nPlan: hold simvastatin.',
      expect: [{ ruleId: 'suggested-code', suggested: ['G72.0'] }],
    },
    {
      name: 'fatigue of cancer: R53.0',
      text: 'Onc f/u: metastatic breast cancer on cycle 4; cancer-related fatigue, naps most afternoons.',
      expect: [{ ruleId: 'suggested-code', suggested: ['R53.0'] }],
    },
    {
      name: 'fatigue due to a documented moderate major depression: F32.1, not F32.A',
      text: 'HPI: fatigue due to major depressive disorder, single episode, moderate. Depression otherwise stable.',
      expect: [{ ruleId: 'suggested-code', suggested: ['F32.1'] }],
    },
    {
      name: 'residual hemiparesis after an old stroke, unprompted: the sequela code for the side',
      text: 'HPI: 79M, old CVA 2017 with residual left hemiparesis, weak left arm, uses a quad cane.',
      expect: [{ ruleId: 'suggested-code', suggested: ['I69.354'] }],
    },
  ],
} satisfies RuleCases;

