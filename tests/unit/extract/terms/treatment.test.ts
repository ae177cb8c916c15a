import { describe, expect, it } from 'vitest';
import type { TreatmentAttributes } from '../../../../src/engine/types.ts';
import { findingsOf, findingWith, isAffirmed, type AssertionCase } from './helpers.ts';

describe('treatment: class, amount, status', () => {
  it.each<[string, string, Partial<TreatmentAttributes>]>([
    ['POD1 s/p R TKA, EBL 900 mL.  Hgb 9.1 this am.\n1 unit PRBC given.', '1 unit PRBC', { class: 'transfusion', units: 1, unit: 'unit', status: 'given' }],
    ['Plan: transfuse 2 units pRBCs for Hgb 6.8', 'transfuse 2 units pRBCs', { class: 'transfusion', units: 2, status: 'ordered', purpose: 'Hgb 6.8' }],
    ['Hgb 7.2 -> 2u PRBC overnight', '2u PRBC', { class: 'transfusion', units: 2, unit: 'unit', status: 'given' }],
    ['HPI: was transfused x2 at OSH', 'transfused', { class: 'transfusion', status: 'given', units: 2 }],
    ['K 3.1 this AM, 40 mEq KCl given.', '40 mEq KCl', { class: 'potassium-replacement', units: 40, unit: 'meq', dose: '40 mEq', status: 'given' }],
    ['A/P: hypoK - KCl 20meq PO BID', 'KCl', { class: 'potassium-replacement', units: 20, unit: 'meq', status: 'ordered' }],
    ['Plan: replete K, recheck BMP in AM', 'replete K', { class: 'potassium-replacement', status: 'ordered' }],
    ['Mag sulfate 2 g IV x1', 'Mag sulfate', { class: 'magnesium-replacement', units: 2, unit: 'g', status: 'ordered' }],
    ['Plan: K-Phos Neutral 500 mg TID', 'K-Phos Neutral', { class: 'phosphate-replacement', units: 500, unit: 'mg' }],
    ['Plan: fluid restrict 1.5 L/day', 'fluid restrict', { class: 'fluid-restriction', units: 1.5, unit: 'l', status: 'ordered' }],
    ['Na 124 - 1.2 L fluid restriction', '1.2 L fluid restriction', { class: 'fluid-restriction', units: 1.2, unit: 'l' }],
    ['K 3.2 - 12.5 mEq KCl given', '12.5 mEq KCl', { class: 'potassium-replacement', units: 12.5, unit: 'meq', status: 'given' }],
    ['Na 124. Started salt tabs 1 g TID and tolvaptan 15 mg', 'salt tabs', { class: 'sodium-chloride', units: 1, unit: 'g', status: 'given' }],
    ['Na 124. Started salt tabs 1 g TID and tolvaptan 15 mg', 'tolvaptan', { class: 'vasopressin-antagonist', units: 15, unit: 'mg' }],
    ['ICU: 3% saline 100 mL bolus for Na 114 with seizure', '3% saline', { class: 'hypertonic-saline', units: 100, unit: 'ml' }],
    ['Plan: free water flushes 200 mL q4h via PEG', 'free water flushes', { class: 'free-water', units: 200, unit: 'ml' }],
    ['Hyperkalemia: SZC 10 g TID x 48 h', 'SZC', { class: 'potassium-binder', units: 10, unit: 'g' }],
    ['K 6.8: insulin + dextrose, calcium gluconate 1 g IV given', 'insulin + dextrose', { class: 'insulin-dextrose', status: 'given' }],
    ['K 6.8: insulin + dextrose, calcium gluconate 1 g IV given', 'calcium gluconate', { class: 'iv-calcium', units: 1, unit: 'g', status: 'given' }],
    ['A/P: metabolic acidosis - sodium bicarbonate 650 mg TID', 'sodium bicarbonate', { class: 'bicarbonate', units: 650, unit: 'mg' }],
    ['Nephrology: urgent HD tonight.', 'HD', { class: 'dialysis', status: 'ordered' }],
    ['Started CRRT overnight for volume and K.', 'CRRT', { class: 'crrt', status: 'given' }],
    ['CKD 4, anemia of CKD. Continue darbepoetin 40 mcg q2 weeks.', 'darbepoetin', { class: 'esa', status: 'continued', units: 40, unit: 'mcg' }],
    ['Ferritin 8. Iron sucrose 200 mg IV x5 doses ordered.', 'Iron sucrose', { class: 'iv-iron', units: 200, unit: 'mg', status: 'ordered' }],
    ['Plan: ferrous sulfate 325 mg daily', 'ferrous sulfate', { class: 'oral-iron', units: 325, unit: 'mg', status: 'ordered' }],
    ['Plan: cyanocobalamin 1000 mcg IM monthly', 'cyanocobalamin', { class: 'b12', units: 1000, unit: 'mcg' }],
    ['Plan: folic acid 1 mg daily', 'folic acid', { class: 'folate', units: 1, unit: 'mg' }],
    ['RD: cont tube feeds Jevity 1.2 at 60 mL/h', 'tube feeds Jevity 1.2', { class: 'tube-feeding', status: 'continued' }],
    ['Plan: start TPN tonight via PICC', 'TPN', { class: 'parenteral-nutrition', status: 'ordered' }],
    ['RD recs: Ensure Plus BID with meals', 'Ensure Plus', { class: 'oral-supplement' }],
    ['Plan: consider megestrol for appetite', 'megestrol', { class: 'appetite-stimulant', status: 'planned', purpose: 'appetite' }],
    ['Na 151. D5W at 100 mL/h; DDAVP held', 'D5W', { class: 'free-water', units: 100, unit: 'ml/h' }],
    ['Received 2 L NS in the ED.', '2 L NS', { class: 'iv-fluids', units: 2, unit: 'l', status: 'given' }],
    ['CK 48,500. NS at 250 mL/h for rhabdo.', 'NS', { class: 'iv-fluids', units: 250, unit: 'ml/h', purpose: 'rhabdo' }],
    ['Hypotensive, 1 L LR bolus given', 'LR bolus', { class: 'fluid-bolus', units: 1, unit: 'l', status: 'given' }],
    ['Plan: fluid restriction for CHF', 'fluid restriction', { class: 'fluid-restriction', purpose: 'CHF' }],
  ])('%s -> %s', (text, phrase, expected) => {
    expect(findingWith(text, 'treatment', phrase).attributes).toMatchObject(expected);
  });
});

describe('treatment: maintenance-fluid additives are not replacement', () => {
  it.each<[string, string, boolean]>([
    ['K 3.3, 3.4; D5 1/2NS + 20 KCl at 75 mL/h', 'KCl', true],
    ['IVF: D5NS with 20 mEq KCl/L @ 100 cc/hr', 'KCl', true],
    ['mIVF: LR + KCl 20', 'KCl', true],
    ['KCl 20 mEq/L in 1/2NS', 'KCl', true],
    ['K 3.1 this AM, 40 mEq KCl given.', 'KCl', false],
    ['NS bolus given; KCl 40 mEq PO x1', 'KCl', false],
  ])('%s -> maintenance %s', (text, phrase, maintenance) => {
    expect(findingWith(text, 'treatment', phrase).attributes.maintenance === true).toBe(maintenance);
  });
});

describe('treatment: drug holds', () => {
  it.each<[string, string, string, string | undefined]>([
    ['A/P: K 5.9. Hold lisinopril for hyperkalemia.', 'Hold lisinopril', 'lisinopril', 'hyperkalemia'],
    ['Lisinopril held.', 'Lisinopril held', 'lisinopril', undefined],
    ['CK 12,000 - stop atorvastatin', 'stop atorvastatin', 'statin', undefined],
    ['AKI: holding home losartan and HCTZ', 'holding home losartan', 'losartan', undefined],
    ['Na 126 - sertraline discontinued', 'sertraline discontinued', 'ssri', undefined],
    ['Hold Lasix given AKI', 'Hold Lasix', 'furosemide', undefined],
    ['Cr 2.3 - d/c metformin', 'd/c metformin', 'metformin', undefined],
  ])('%s', (text, phrase, drug, purpose) => {
    const f = findingWith(text, 'treatment', phrase);
    expect(f.attributes).toMatchObject({ class: 'drug-held', drug, status: 'held' });
    expect(f.attributes.purpose).toBe(purpose);
  });

  it.each([
    'Continue lisinopril 10 mg daily.',
    'Medications: atorvastatin 40 mg, metformin 500 mg BID.',
    'HD 3: feeling better, ambulating.',
    'Hospital day #2. HD #2 stable.',
  ])('no hold and no dialysis in: %s', (text) => {
    const found = findingsOf(text, 'treatment');
    expect(found.filter((f) => f.attributes.class === 'drug-held' || f.attributes.class === 'dialysis')).toEqual([]);
  });
});

describe('treatment: status and assertion', () => {
  const cases: (AssertionCase & { status?: TreatmentAttributes['status'] })[] = [
    { text: 'Hgb 6.9, 1 unit PRBC transfused this morning.', phrase: 'PRBC', expect: 'affirmed', status: 'given' },
    { text: 'No transfusion needed at this time.', phrase: 'transfusion', expect: 'negated' },
    { text: 'Pt declines PRBC (Jehovah\'s Witness).', phrase: 'PRBC', expect: 'affirmed', status: 'declined' },
    { text: 'She refused the blood transfusion.', phrase: 'transfusion', expect: 'affirmed', status: 'declined' },
    { text: 'Anemia, transfused in 2019 for a GI bleed.', phrase: 'transfused', expect: 'historical' },
    { text: 'PMH: ESRD, was on hemodialysis until transplant.', phrase: 'hemodialysis', expect: 'historical' },
    { text: 'Family history: mother on dialysis.', phrase: 'dialysis', expect: 'family' },
    { text: 'Plan: transfuse 1 unit PRBC if Hgb < 7.', phrase: 'PRBC', expect: 'hypothetical' },
    { text: 'Replete KCl for K < 3.5 per protocol.', phrase: 'KCl', expect: 'hypothetical' },
    { text: 'Plan: consider ESA if Hgb stays below 10.', phrase: 'ESA', expect: 'hypothetical', status: 'planned' },
    { text: 'Plan: consider ESA at next visit.', phrase: 'ESA', expect: 'uncertain', status: 'planned' },
    { text: 'Tube feeds on hold for procedure.', phrase: 'Tube feeds', expect: 'affirmed', status: 'held' },
    // A condition after the order makes it conditional, whatever the condition says.
    { text: 'Plan: dialysis if refractory.', phrase: 'dialysis', expect: 'hypothetical', status: 'ordered' },
    { text: 'Will transfuse for Hgb < 7.', phrase: 'transfuse', expect: 'hypothetical', status: 'ordered' },
    { text: 'Consider CRRT should K remain > 6.5.', phrase: 'CRRT', expect: 'hypothetical', status: 'planned' },
    { text: 'Hold off on tube feeds unless intake stays poor.', phrase: 'tube feeds', expect: 'hypothetical', status: 'held' },
    { text: 'Start tube feeds if intake remains poor.', phrase: 'tube feeds', expect: 'hypothetical', status: 'ordered' },
    { text: 'Transfuse 2 units PRBC if Hgb < 7.', phrase: 'PRBC', expect: 'hypothetical', status: 'ordered' },
    { text: 'Hyperkalemia: Lokelma given, dialysis in case of no response.', phrase: 'dialysis', expect: 'hypothetical' },
    // A future event the order waits for ("once", "depending on") makes it conditional too ...
    { text: 'Will start ferrous sulfate once iron studies back.', phrase: 'ferrous sulfate', expect: 'hypothetical', status: 'ordered' },
    { text: 'Start IV iron once ferritin results.', phrase: 'IV iron', expect: 'hypothetical', status: 'ordered' },
    { text: 'Will transfuse 1 unit PRBC once consent obtained.', phrase: 'PRBC', expect: 'hypothetical' },
    { text: 'Plan: IV iron depending on ferritin.', phrase: 'IV iron', expect: 'hypothetical' },
    // ... but not a dose frequency, a single dose given, an order in another clause, or another assertion
    { text: 'Start ferrous sulfate 325 mg once daily.', phrase: 'ferrous sulfate', expect: 'affirmed', status: 'ordered' },
    { text: 'Kayexalate given once.', phrase: 'Kayexalate', expect: 'affirmed', status: 'given' },
    { text: 'Transfused once overnight for Hgb 6.8.', phrase: 'Transfused', expect: 'affirmed', status: 'given' },
    { text: 'Started IV iron today; recheck CBC once iron studies back.', phrase: 'IV iron', expect: 'affirmed' },
    { text: 'Family history: mother on dialysis once weekly.', phrase: 'dialysis', expect: 'family' },
    { text: 'No IV iron once ferritin back, per GI.', phrase: 'IV iron', expect: 'negated' },
    // ... but not an order given now, in another clause or several words before the condition
    { text: 'Hyperkalemia: Lokelma given, dialysis if K stays up.', phrase: 'Lokelma', expect: 'affirmed', status: 'given' },
    { text: 'Transfused 2 units PRBC, will repeat if Hgb < 7.', phrase: 'PRBC', expect: 'affirmed', status: 'given' },
    { text: 'KCl 40 mEq PO now and repeat if K < 3.5.', phrase: 'KCl', expect: 'affirmed', status: 'ordered' },
    { text: 'Dialysis started 3/2 for refractory hyperkalemia.', phrase: 'Dialysis', expect: 'affirmed', status: 'given' },
    { text: 'Hgb 6.9: transfuse 1 unit PRBC today.', phrase: 'PRBC', expect: 'affirmed', status: 'ordered' },
    // other assertions of a conditional order stay theirs
    { text: 'No dialysis even if refractory per goals of care.', phrase: 'dialysis', expect: 'negated' },
  ];
  it.each(cases)('$text -> $expect', ({ text, phrase, expect: flag, status }) => {
    const f = findingWith(text, 'treatment', phrase);
    if (flag === 'affirmed') expect(isAffirmed(f)).toBe(true);
    else if (flag !== 'none') expect(f.assertion[flag]).toBe(true);
    if (status) expect(f.attributes.status).toBe(status);
  });
});

describe('treatment: not a treatment', () => {
  it.each([
    'Labs: iron studies pending, B12 level 180.',
    'Transfusion reaction precautions reviewed.',
    'Insulin resistance noted. A1c 6.9.',
    'Fluid status: euvolemic.',
    'Ensure adequate hydration at home.',
    'B12 240, folate 5.1.',
    // The head of a written ICD-10-CM code is no drug abbreviation ("D50" of D50.9 is not 50% dextrose).
    'A/P: Iron deficiency anemia (D50.9) - iron panel ordered.',
    'Dx: D50.0 iron deficiency anemia secondary to blood loss',
  ])('%s', (text) => {
    expect(findingsOf(text, 'treatment')).toEqual([]);
  });

  it('the drug abbreviation itself still counts (negative row)', () => {
    expect(findingsOf('BG 38: D50 1 amp IV push given.', 'treatment').map((f) => f.attributes.class)).toEqual(['dextrose']);
  });
});
