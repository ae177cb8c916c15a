/**
 * Clinical stories the generated notes are built around, written for this bench. Each one gives a
 * complaint, HPI sentences, review-of-systems positives, exam lines, abnormal labs and the coded
 * problems of the assessment, so a note exercises the engine's weakness/fatigue extractors, values,
 * assertion and code rules the way a real note would (some notes back their codes, some do not).
 */

export interface Problem {
  title: string;
  code: string;
  assessment: string[];
  plan: string[];
}

/** Abnormal lab result: analyte id as in LAB_PANEL, value, and the flag the lab would print. */
export interface LabResult {
  analyte: string;
  value: number;
  flag: 'L' | 'H' | '';
}

export interface Scenario {
  id: string;
  /** The first one reads well after "presents with"; the others are chief-complaint phrasings. */
  complaints: string[];
  hpi: string[];
  rosPositives: string[];
  exam: string[];
  labs: LabResult[];
  problems: Problem[];
  medications: string[];
  /** Set when the story only fits one sex. */
  sex?: 'female' | 'male';
}

export const SCENARIOS: readonly Scenario[] = [
  {
    id: 'hypokalemia',
    complaints: ['generalized weakness', 'feeling weak all over', 'muscle weakness and cramps'],
    hpi: [
      '{He} started hydrochlorothiazide {weeks} weeks ago for blood pressure and since then has felt weak all over.',
      'Leg cramps at night, [worse after walking|relieved by stretching|waking {him} from sleep].',
      '{He} denies vomiting or diarrhea.',
      'No palpitations or syncope.',
    ],
    rosPositives: ['generalized weakness', 'muscle cramps', 'fatigue'],
    exam: [
      'Motor: strength 4/5 throughout, symmetric; no fasciculations.',
      'Reflexes 1+ and symmetric at biceps, patellae and ankles.',
    ],
    labs: [
      { analyte: 'potassium', value: 2.9, flag: 'L' },
      { analyte: 'magnesium', value: 1.5, flag: 'L' },
    ],
    problems: [
      {
        title: 'Muscle weakness (generalized)',
        code: 'M62.81',
        assessment: ['Diffuse weakness with strength 4/5 throughout, most likely from diuretic-induced hypokalemia.'],
        plan: ['Potassium chloride 40 mEq PO twice daily for 3 days.', 'Repeat BMP and magnesium in 1 week.'],
      },
      {
        title: 'Hypokalemia',
        code: 'E87.6',
        assessment: ['Potassium 2.9 on thiazide.'],
        plan: ['Stop hydrochlorothiazide; start amlodipine 5 mg daily.'],
      },
    ],
    medications: ['hydrochlorothiazide 25 mg PO daily', 'lisinopril 20 mg PO daily'],
  },
  {
    id: 'statin-myopathy',
    complaints: ['thigh weakness', 'trouble getting up from a chair', 'muscle aches and weakness'],
    hpi: [
      'Atorvastatin was increased to 80 mg {weeks} weeks ago after a lipid panel.',
      'Since then {he} has aching thighs and cannot rise from a low chair without using {his} arms.',
      'No dark urine.',
      '{He} has not started any new supplements.',
    ],
    rosPositives: ['proximal muscle weakness', 'myalgias'],
    exam: [
      'Hip flexors 4/5 bilaterally, deltoids 4+/5 bilaterally, distal strength 5/5.',
      'Unable to rise from chair without arm support; five-times sit-to-stand 19 seconds.',
      'Mild tenderness of the quadriceps to palpation.',
    ],
    labs: [
      { analyte: 'ck', value: 2480, flag: 'H' },
      { analyte: 'alt', value: 61, flag: 'H' },
    ],
    problems: [
      {
        title: 'Drug-induced myopathy',
        code: 'G72.0',
        assessment: ['Symmetric proximal weakness with CK 2480 on high-dose atorvastatin.'],
        plan: ['Hold atorvastatin.', 'Repeat CK in 2 weeks.', 'Consider EMG if weakness persists after 6 weeks off statin.'],
      },
      {
        title: 'Adverse effect of antihyperlipidemic drugs, initial encounter',
        code: 'T46.6X5A',
        assessment: ['Statin intolerance documented.'],
        plan: ['Add to allergy list as intolerance.'],
      },
    ],
    medications: ['atorvastatin 80 mg PO nightly', 'aspirin 81 mg PO daily', 'metoprolol succinate 50 mg PO daily'],
  },
  {
    id: 'iron-deficiency',
    complaints: ['fatigue', 'feeling tired all the time', 'low energy and shortness of breath on stairs'],
    hpi: [
      '{He} reports {dur} of fatigue and exertional dyspnea.',
      'Heavy menstrual bleeding over the past year.',
      'Craves ice.',
      'No melena or hematochezia.',
    ],
    rosPositives: ['fatigue', 'exertional dyspnea', 'pica'],
    exam: ['Conjunctival pallor.', 'Strength 5/5 in all extremities.'],
    labs: [
      { analyte: 'hemoglobin', value: 8.7, flag: 'L' },
      { analyte: 'ferritin', value: 6, flag: 'L' },
      { analyte: 'mcv', value: 71, flag: 'L' },
    ],
    problems: [
      {
        title: 'Iron deficiency anemia, unspecified',
        code: 'D50.9',
        assessment: ['Microcytic anemia with ferritin 6, consistent with iron deficiency from menorrhagia.'],
        plan: ['Ferrous sulfate 325 mg every other day.', 'Gynecology referral.', 'Repeat CBC in 4 weeks.'],
      },
      {
        title: 'Other fatigue',
        code: 'R53.83',
        assessment: ['Fatigue explained by anemia.'],
        plan: ['Reassess after iron repletion.'],
      },
    ],
    medications: ['norethindrone 0.35 mg PO daily', 'ibuprofen 400 mg PO as needed'],
    sex: 'female',
  },
  {
    id: 'hypothyroidism',
    complaints: ['fatigue and weight gain', 'tiredness', 'no energy'],
    hpi: [
      '{He} reports fatigue, cold intolerance and constipation for {dur}.',
      'Weight up 5 kg since last visit.',
      'Hair thinning noted by {his} hairdresser.',
    ],
    rosPositives: ['fatigue', 'cold intolerance', 'constipation', 'dry skin'],
    exam: ['Thyroid not enlarged, no nodules.', 'Delayed relaxation phase of ankle reflexes.', 'Strength 5/5 throughout.'],
    labs: [
      { analyte: 'tsh', value: 14.2, flag: 'H' },
      { analyte: 'free-t4', value: 0.5, flag: 'L' },
    ],
    problems: [
      {
        title: 'Hypothyroidism, unspecified',
        code: 'E03.9',
        assessment: ['Primary hypothyroidism with TSH 14.2 and low free T4.'],
        plan: ['Levothyroxine 50 mcg daily on an empty stomach.', 'TSH in 6 weeks.'],
      },
      {
        title: 'Other fatigue',
        code: 'R53.83',
        assessment: ['Fatigue likely due to hypothyroidism.'],
        plan: ['Follow up after dose adjustment.'],
      },
    ],
    medications: ['omeprazole 20 mg PO daily', 'calcium carbonate 500 mg PO twice daily'],
  },
  {
    id: 'stroke',
    complaints: ['{side} arm and leg weakness', 'sudden {side}-sided weakness', 'trouble using {his} {side} hand'],
    hpi: [
      '{He} woke with {side} arm and leg weakness and slurred speech, last known well at 22:30.',
      'Symptoms have not improved since arrival.',
      'No headache, no seizure activity.',
      'History of atrial fibrillation, not anticoagulated.',
    ],
    rosPositives: ['focal weakness', 'dysarthria'],
    exam: [
      '{Side} pronator drift; none on the other side.',
      '{Side} upper extremity 3/5 proximally and 2/5 distally; {side} lower extremity 4-/5; contralateral side 5/5.',
      'Mild {side} facial droop sparing the forehead.',
      'NIHSS 7.',
    ],
    labs: [
      { analyte: 'glucose', value: 162, flag: 'H' },
      { analyte: 'ldl', value: 141, flag: 'H' },
    ],
    problems: [
      {
        title: 'Cerebral infarction, unspecified',
        code: 'I63.9',
        assessment: ['Acute ischemic stroke with {side} hemiparesis; cardioembolic mechanism suspected.'],
        plan: ['MRI brain and MRA head and neck.', 'Telemetry.', 'PT, OT and speech evaluation.'],
      },
      {
        title: 'Hemiplegia, unspecified affecting unspecified side',
        code: 'G81.90',
        assessment: ['Dense arm weakness, graded above.'],
        plan: ['Fall precautions.'],
      },
    ],
    medications: ['apixaban 5 mg PO twice daily (on hold)', 'atorvastatin 80 mg PO nightly'],
  },
  {
    id: 'deconditioning',
    complaints: ['weakness after a hospital stay', 'deconditioning', 'unsteady walking'],
    hpi: [
      'Recently discharged after an 11-day admission for pneumonia.',
      'Since returning home {he} tires after walking one block and needs a walker.',
      'Completed antibiotics; cough resolved.',
      'Lives alone; {his} neighbor helps with groceries.',
    ],
    rosPositives: ['fatigue', 'generalized weakness', 'unsteady gait'],
    exam: [
      'Strength 4+/5 in hip flexors and knee extensors bilaterally, 5/5 in upper extremities.',
      'Gait slow with a rolling walker; timed up and go 18 seconds.',
      'Romberg negative.',
    ],
    labs: [{ analyte: 'albumin', value: 3.1, flag: 'L' }],
    problems: [
      {
        title: 'Other malaise',
        code: 'R53.81',
        assessment: ['Post-hospital deconditioning with reduced lower-extremity strength and slow gait.'],
        plan: ['Home physical therapy 2-3 times weekly.', 'Protein supplement twice daily.'],
      },
      {
        title: 'Unsteadiness on feet',
        code: 'R26.81',
        assessment: ['Uses a rolling walker; fall risk.'],
        plan: ['Home safety evaluation.'],
      },
    ],
    medications: ['amlodipine 5 mg PO daily', 'tamsulosin 0.4 mg PO nightly'],
  },
  {
    id: 'frailty',
    complaints: ['progressive weakness', 'slower walking', 'frailty'],
    hpi: [
      '{His} family reports gradual decline over {dur}: slower walking, two falls, and needing help bathing.',
      'Eats one meal a day.',
      'No focal weakness reported.',
    ],
    rosPositives: ['fatigue', 'weight loss', 'falls'],
    exam: [
      'Grip strength 14 kg right and 12 kg left by dynamometer.',
      'Strength 4/5 in proximal lower extremities bilaterally.',
      'Gait: short steps, uses a cane.',
    ],
    labs: [
      { analyte: 'vitamin-d', value: 14, flag: 'L' },
      { analyte: 'albumin', value: 3.2, flag: 'L' },
    ],
    problems: [
      {
        title: 'Age-related physical debility',
        code: 'R54',
        assessment: ['Frailty: low grip strength, slow gait, weight loss and exhaustion.'],
        plan: ['Physical therapy for strength and balance.', 'Vitamin D3 2000 IU daily.', 'Nutrition consult.'],
      },
    ],
    medications: ['donepezil 5 mg PO nightly', 'docusate 100 mg PO twice daily'],
  },
  {
    id: 'myasthenia',
    complaints: ['drooping eyelids and weakness by evening', 'double vision'],
    hpi: [
      '{He} notes eyelid drooping and double vision that worsen by evening.',
      'Chewing tires {him} during meals.',
      'Arms tire when brushing {his} hair.',
      'No shortness of breath.',
    ],
    rosPositives: ['diplopia', 'ptosis', 'fatigable weakness'],
    exam: [
      'Bilateral ptosis worse after sustained upgaze for 60 seconds.',
      'Neck flexion 4/5; deltoids 4/5 after repetition, initially 5/5.',
      'Ice pack test positive.',
    ],
    labs: [],
    problems: [
      {
        title: 'Myasthenia gravis without (acute) exacerbation',
        code: 'G70.00',
        assessment: ['Suspected myasthenia gravis; acetylcholine receptor antibodies pending.'],
        plan: ['AChR binding antibodies.', 'Repetitive nerve stimulation and single-fiber EMG.', 'CT chest for thymoma.'],
      },
    ],
    medications: ['sertraline 50 mg PO daily'],
  },
  {
    id: 'gbs',
    complaints: ['ascending leg weakness', 'legs giving out', 'numb feet and weak legs'],
    hpi: [
      'Tingling in both feet began {days} days ago, followed by weakness climbing to the thighs.',
      'Diarrheal illness three weeks ago.',
      'Now unable to stand unassisted.',
    ],
    rosPositives: ['paresthesias', 'bilateral leg weakness'],
    exam: [
      'Lower extremities 3/5 proximally and distally, upper extremities 4+/5.',
      'Areflexia at knees and ankles.',
      'Vibration reduced at the toes.',
    ],
    labs: [{ analyte: 'csf-protein', value: 112, flag: 'H' }],
    problems: [
      {
        title: 'Guillain-Barre syndrome',
        code: 'G61.0',
        assessment: ['Ascending symmetric weakness with areflexia and albuminocytologic dissociation.'],
        plan: ['IVIG 0.4 g/kg daily for 5 days.', 'NIF and vital capacity every 6 hours.', 'Nerve conduction studies.'],
      },
    ],
    medications: ['enoxaparin 40 mg subcutaneous daily'],
  },
  {
    id: 'depression',
    complaints: ['fatigue', 'low energy and low mood', 'tiredness'],
    hpi: [
      '{He} reports low mood, poor sleep and fatigue for {dur}.',
      'Lost interest in gardening.',
      'PHQ-9 score 16.',
      'Denies suicidal ideation.',
    ],
    rosPositives: ['fatigue', 'insomnia', 'anhedonia'],
    exam: ['Affect flat.', 'Strength 5/5 in all extremities.'],
    labs: [],
    problems: [
      {
        title: 'Depression, unspecified',
        code: 'F32.A',
        assessment: ['Moderate depressive symptoms with fatigue.'],
        plan: ['Start sertraline 50 mg daily.', 'Refer to behavioral health.', 'Follow up in 4 weeks.'],
      },
    ],
    medications: ['trazodone 50 mg PO nightly as needed'],
  },
  {
    id: 'ckd',
    complaints: ['fatigue', 'fatigue and itching'],
    hpi: [
      'Known chronic kidney disease followed by nephrology.',
      '{He} reports fatigue and poor appetite for {dur}.',
      'Mild ankle swelling.',
    ],
    rosPositives: ['fatigue', 'pruritus', 'ankle edema'],
    exam: ['Trace pitting edema at both ankles.', 'Strength 5/5 throughout.'],
    labs: [
      { analyte: 'creatinine', value: 1.9, flag: 'H' },
      { analyte: 'egfr', value: 36, flag: 'L' },
      { analyte: 'hemoglobin', value: 10.4, flag: 'L' },
    ],
    problems: [
      {
        title: 'Chronic kidney disease, stage 3b',
        code: 'N18.32',
        assessment: ['eGFR 36, stable over 6 months.'],
        plan: ['Continue ACE inhibitor.', 'Renal function panel in 3 months.'],
      },
      {
        title: 'Other fatigue',
        code: 'R53.83',
        assessment: ['Fatigue with anemia of CKD.'],
        plan: ['Iron studies.'],
      },
    ],
    medications: ['lisinopril 10 mg PO daily', 'sodium bicarbonate 650 mg PO twice daily'],
  },
  {
    id: 'weak-coded-without-exam',
    complaints: ['weakness', 'feels weak'],
    hpi: ['Patient feels weak for {dur}.', 'No other complaints today.'],
    rosPositives: ['weakness'],
    exam: ['Well appearing, in no distress.'],
    labs: [],
    problems: [
      {
        title: 'Weakness',
        code: 'R53.1',
        assessment: ['Weakness.'],
        plan: ['Follow up as needed.'],
      },
      {
        title: 'Muscle weakness (generalized)',
        code: 'M62.81',
        assessment: ['See above.'],
        plan: ['Return if worse.'],
      },
    ],
    medications: ['multivitamin PO daily'],
  },
];
