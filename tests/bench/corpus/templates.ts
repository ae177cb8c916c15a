/**
 * Sentence pools shared by every generated note, written for this bench: history, review of systems,
 * exam, lab panel and plan phrasing, including the negated, historical, family and hypothetical
 * mentions that give the assertion stage real work. `{x}` and `[a|b]` are filled by fill.ts.
 */

export const HPI_SENTENCES: readonly string[] = [
  '{He} reports [gradual|progressive|intermittent] {complaint} over the past {dur}.',
  'Symptoms are worse [in the afternoon|after activity|by the end of the day|in the morning].',
  '{He} has had difficulty [climbing stairs|rising from a low chair|carrying groceries|combing {his} hair|getting out of the bathtub].',
  '{He} denies [fever|chills|night sweats], chest pain, palpitations or shortness of breath.',
  'No [recent falls|loss of consciousness|bowel or bladder incontinence|new medications].',
  '{He} denies numbness, tingling or double vision.',
  'Appetite is [fair|reduced|unchanged]; weight [down 4 kg|stable|up 2 lb] since the last visit.',
  'Sleep is [poor|adequate|fragmented], about {hours} hours per night.',
  '{His} [daughter|son|wife|husband] notes {he} has been [less active|napping more|walking more slowly].',
  'No history of stroke or seizure.',
  '[Mother|Father|Sister|Brother] had [myasthenia gravis|multiple sclerosis|hypothyroidism|ALS|muscular dystrophy].',
  'Concern for [possible|probable|suspected] [myositis|neuropathy|thyroid disease|sleep apnea].',
  'If the weakness [worsens|progresses|spreads to the arms], {he} will return to the emergency department.',
  '{He} was treated for [pneumonia|a hip fracture|depression|breast cancer|prostate cancer] [last year|in 2019|several years ago].',
  'Pain is {pain}/10 [in the thighs|in the low back|in both shoulders].',
  '{He} walks [without an assistive device|with a cane|with a walker] and [drives|no longer drives].',
  'Independent in bathing and dressing but needs help with [shopping|housework|finances].',
  'Ruled out for myocardial infarction during a prior admission.',
  'Patient is not sure whether the [tiredness|weakness] is better or worse than last month.',
  'Energy level [low|fair|improved] since starting [iron|levothyroxine|physical therapy].',
];

export const ROS_SYSTEMS: readonly { system: string; negatives: readonly string[] }[] = [
  { system: 'Constitutional', negatives: ['fever', 'chills', 'night sweats', 'weight loss'] },
  { system: 'Eyes', negatives: ['blurred vision', 'double vision', 'eye pain'] },
  { system: 'ENT', negatives: ['sore throat', 'hearing loss', 'nasal congestion'] },
  { system: 'Cardiovascular', negatives: ['chest pain', 'palpitations', 'leg swelling', 'orthopnea'] },
  { system: 'Respiratory', negatives: ['cough', 'wheezing', 'hemoptysis'] },
  { system: 'Gastrointestinal', negatives: ['nausea', 'vomiting', 'abdominal pain', 'melena'] },
  { system: 'Genitourinary', negatives: ['dysuria', 'hematuria', 'frequency'] },
  { system: 'Musculoskeletal', negatives: ['joint swelling', 'back pain', 'morning stiffness'] },
  { system: 'Skin', negatives: ['rash', 'pruritus', 'easy bruising'] },
  { system: 'Neurological', negatives: ['headache', 'dizziness', 'seizures', 'tremor', 'numbness'] },
  { system: 'Psychiatric', negatives: ['depressed mood', 'anxiety', 'hallucinations'] },
  { system: 'Endocrine', negatives: ['heat intolerance', 'polyuria', 'polydipsia'] },
  { system: 'Hematologic', negatives: ['bleeding', 'lymphadenopathy'] },
];

export const EXAM_GENERAL: readonly string[] = [
  'General: [Alert|Awake], [well appearing|tired appearing|thin], in no acute distress.',
  'HEENT: Normocephalic, atraumatic. Pupils equal and reactive. Mucous membranes [moist|dry].',
  'Neck: Supple, no lymphadenopathy, no thyromegaly.',
  'Heart: [Regular rate and rhythm|Irregularly irregular rhythm], no murmurs, rubs or gallops.',
  'Lungs: Clear to auscultation bilaterally[|, faint crackles at the right base].',
  'Abdomen: Soft, non-tender, non-distended, normal bowel sounds.',
  'Extremities: [No edema|Trace edema at the ankles], pulses 2+ and symmetric.',
  'Skin: Warm and dry, no rash.',
];

export const EXAM_NEURO: readonly string[] = [
  'Mental status: alert and oriented x3, speech fluent.',
  'Cranial nerves II-XII intact.',
  'Sensation intact to light touch and pinprick in all extremities.',
  'Reflexes [2+|1+|2+] and symmetric; toes downgoing bilaterally.',
  'Finger-to-nose and heel-to-shin without dysmetria.',
  'Gait: [normal base and stride|slow and cautious|wide based|antalgic], [no assistive device|uses a cane|uses a rolling walker].',
  'Strength {grade} in [bilateral hip flexors|both deltoids|the {side} grip|ankle dorsiflexors].',
  'Tone normal, no atrophy or fasciculations.',
];

/** Muscle groups of the graded strength table. */
export const MUSCLE_GROUPS: readonly string[] = [
  'Deltoid',
  'Biceps',
  'Triceps',
  'Wrist extensors',
  'Grip',
  'Hip flexors',
  'Quadriceps',
  'Hamstrings',
  'Ankle dorsiflexors',
  'Plantar flexors',
];

export interface PanelAnalyte {
  id: string;
  label: string;
  unit: string;
  low: number;
  high: number;
  digits: number;
}

/** Analytes the lab tables draw from; reference ranges are the usual adult ones. */
export const LAB_PANEL: readonly PanelAnalyte[] = [
  { id: 'sodium', label: 'Sodium', unit: 'mmol/L', low: 135, high: 145, digits: 0 },
  { id: 'potassium', label: 'Potassium', unit: 'mmol/L', low: 3.5, high: 5.1, digits: 1 },
  { id: 'chloride', label: 'Chloride', unit: 'mmol/L', low: 98, high: 107, digits: 0 },
  { id: 'bicarbonate', label: 'CO2', unit: 'mmol/L', low: 22, high: 29, digits: 0 },
  { id: 'bun', label: 'BUN', unit: 'mg/dL', low: 7, high: 20, digits: 0 },
  { id: 'creatinine', label: 'Creatinine', unit: 'mg/dL', low: 0.6, high: 1.2, digits: 2 },
  { id: 'egfr', label: 'eGFR', unit: 'mL/min/1.73m2', low: 60, high: 120, digits: 0 },
  { id: 'glucose', label: 'Glucose', unit: 'mg/dL', low: 70, high: 99, digits: 0 },
  { id: 'calcium', label: 'Calcium', unit: 'mg/dL', low: 8.6, high: 10.2, digits: 1 },
  { id: 'magnesium', label: 'Magnesium', unit: 'mg/dL', low: 1.7, high: 2.2, digits: 1 },
  { id: 'phosphorus', label: 'Phosphorus', unit: 'mg/dL', low: 2.5, high: 4.5, digits: 1 },
  { id: 'albumin', label: 'Albumin', unit: 'g/dL', low: 3.5, high: 5, digits: 1 },
  { id: 'alt', label: 'ALT', unit: 'U/L', low: 7, high: 56, digits: 0 },
  { id: 'ck', label: 'CK', unit: 'U/L', low: 30, high: 200, digits: 0 },
  { id: 'tsh', label: 'TSH', unit: 'mIU/L', low: 0.4, high: 4.0, digits: 2 },
  { id: 'free-t4', label: 'Free T4', unit: 'ng/dL', low: 0.8, high: 1.8, digits: 1 },
  { id: 'hemoglobin', label: 'Hemoglobin', unit: 'g/dL', low: 12, high: 16, digits: 1 },
  { id: 'hematocrit', label: 'Hematocrit', unit: '%', low: 36, high: 46, digits: 1 },
  { id: 'mcv', label: 'MCV', unit: 'fL', low: 80, high: 100, digits: 0 },
  { id: 'wbc', label: 'WBC', unit: 'K/uL', low: 4.5, high: 11, digits: 1 },
  { id: 'platelets', label: 'Platelets', unit: 'K/uL', low: 150, high: 400, digits: 0 },
  { id: 'ferritin', label: 'Ferritin', unit: 'ng/mL', low: 15, high: 150, digits: 0 },
  { id: 'b12', label: 'Vitamin B12', unit: 'pg/mL', low: 200, high: 900, digits: 0 },
  { id: 'vitamin-d', label: '25-OH vitamin D', unit: 'ng/mL', low: 30, high: 100, digits: 0 },
  { id: 'esr', label: 'ESR', unit: 'mm/hr', low: 0, high: 20, digits: 0 },
  { id: 'crp', label: 'CRP', unit: 'mg/L', low: 0, high: 10, digits: 1 },
  { id: 'ldl', label: 'LDL', unit: 'mg/dL', low: 0, high: 100, digits: 0 },
  { id: 'csf-protein', label: 'CSF protein', unit: 'mg/dL', low: 15, high: 45, digits: 0 },
];

export const PAST_HISTORY: readonly string[] = [
  'Hypertension',
  'Type 2 diabetes mellitus',
  'Hyperlipidemia',
  'Osteoarthritis of both knees',
  'Gastroesophageal reflux disease',
  'Chronic low back pain',
  'Atrial fibrillation',
  'Hypothyroidism',
  'Depression',
  'Obstructive sleep apnea on CPAP',
  'Benign prostatic hyperplasia',
  'Osteoporosis',
  'Remote history of breast cancer, treated',
];

export const SURGICAL_HISTORY: readonly string[] = [
  'Cholecystectomy',
  'Right total knee arthroplasty',
  'Appendectomy',
  'Cesarean section',
  'Cataract extraction, left eye',
  'Lumbar laminectomy',
];

export const COMMON_MEDICATIONS: readonly string[] = [
  'metformin 1000 mg PO twice daily',
  'lisinopril 20 mg PO daily',
  'amlodipine 10 mg PO daily',
  'omeprazole 20 mg PO daily',
  'levothyroxine 75 mcg PO daily',
  'gabapentin 300 mg PO three times daily',
  'acetaminophen 650 mg PO every 6 hours as needed',
  'vitamin D3 1000 IU PO daily',
  'furosemide 20 mg PO daily',
  'prednisone 5 mg PO daily',
  'tamsulosin 0.4 mg PO nightly',
  'insulin glargine 18 units subcutaneous nightly',
];

export const ALLERGIES: readonly string[] = [
  'No known drug allergies.',
  'Penicillin (hives).',
  'Sulfa drugs (rash).',
  'Codeine (nausea).',
  'NKDA.',
];

export const SOCIAL_SENTENCES: readonly string[] = [
  'Lives [alone|with {his} spouse|with {his} daughter] in a [single-story home|second-floor apartment].',
  '[Never smoker|Former smoker, quit in 2009|Smokes half a pack per day].',
  'Alcohol: [none|1-2 drinks per week|daily wine with dinner].',
  'Retired [teacher|mechanic|nurse|accountant|farmer].',
  'Denies illicit drug use.',
];

export const FAMILY_SENTENCES: readonly string[] = [
  'Mother with [hypertension|breast cancer|dementia], deceased at {oldAge}.',
  'Father with [coronary artery disease|stroke|diabetes].',
  'No family history of neuromuscular disease.',
  '[Sister|Brother] with [hypothyroidism|rheumatoid arthritis|lupus].',
];

export const PLAN_SENTENCES: readonly string[] = [
  'Return precautions reviewed: new weakness, trouble breathing or swallowing.',
  'Follow up in [2|4|6] weeks or sooner if symptoms worsen.',
  'Discussed the plan with the patient, who agrees.',
  'Fall precautions at home; night lights and grab bars recommended.',
  'Encouraged walking 20 minutes daily as tolerated.',
  'Medication list reconciled.',
  'Will consider [EMG and nerve conduction studies|MRI of the lumbar spine|neurology referral] if no improvement.',
];

export const PROGRESS_SUBJECTIVE: readonly string[] = [
  'Slept [well|poorly] overnight.',
  'Reports [less|the same|more] fatigue than yesterday.',
  'Walked [to the nursing station|twice in the hallway|10 meters] with physical therapy.',
  'No chest pain or shortness of breath.',
  'Tolerating [a regular diet|clear liquids|tube feeds at goal].',
  'Denies new weakness or numbness.',
  'Family at bedside, updated on the plan.',
];

export const PROGRESS_PLAN: readonly string[] = [
  'Continue physical and occupational therapy daily.',
  'Recheck BMP and magnesium in the morning.',
  'Advance activity as tolerated.',
  'Discharge planning: [home with services|skilled nursing facility|acute rehabilitation] when medically stable.',
  'Continue current medications.',
  'DVT prophylaxis with enoxaparin.',
];
