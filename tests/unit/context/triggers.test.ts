/**
 * ConText triggers by category and direction, pseudo-triggers, terminations and lists. Each row is
 * a sentence with its target in brackets and the flags that must be set (all others false).
 */
import { describe, expect, it } from 'vitest';
import type { AssertionCategory } from '../../../src/engine/types.ts';
import { assertMarked, expected } from './marked.ts';

type Row = [marked: string, flags: AssertionCategory[]];

function table(name: string, rows: Row[]): void {
  describe(name, () => {
    it.each(rows)('%s -> %j', (marked, flags) => {
      expect(assertMarked(marked)).toEqual(expected(flags));
    });
  });
}

table('negated, forward', [
  ['Patient denies [weakness] or numbness.', ['negated']],
  ['No [fever], chills or night sweats.', ['negated']],
  ['She has no [focal deficits] on exam.', ['negated']],
  ['Negative for [muscle cramps] and joint pain.', ['negated']],
  ['Neuro exam without [asymmetry].', ['negated']],
  ['He is not [fatigued] today.', ['negated']],
  ['No evidence of [myopathy] on EMG.', ['negated']],
  ['Free of [tremor] at rest.', ['negated']],
  ['Home meds: none [diuretic] (omeprazole, tamsulosin).', ['negated']],
  // contractions typed without the apostrophe
  ['Pt doesnt have [weakness], just tired.', ['negated']],
  ['She didnt notice any [numbness].', ['negated']],
  // negative cases: the same words with nothing denied
  ['Recent travel: none. [Weakness] of both legs for a week.', []],
  ['Complications: none; [weakness] improving with PT.', []],
  ['Tried none of the usual remedies for her [fatigue].', []],
  ['Patient reports [weakness] in both legs.', []],
  ['[Weakness] of the left arm, no numbness.', []],
]);

table('negated, backward and clause-final', [
  ['[Rhabdomyolysis] was ruled out.', ['negated']],
  ['CK normal; [myositis] ruled out.', ['negated']],
  ['[Fatigue] has resolved.', ['negated']],
  ['[Ptosis] is not seen.', ['negated']],
  ['[Neuropathy] is unlikely given normal conduction studies.', ['negated']],
  ['[Myalgias]: none.', ['negated']],
  ['[Weakness]: no; fatigue: yes.', ['negated']],
  ['[Tremor] absent, clonus present.', ['negated']],
  ['Romberg [sign] negative.', ['negated']],
  // negative cases: the denial belongs to what follows, not to the target
  ['Weakness: no; [fatigue]: yes.', []],
  ['Edema absent, [tremor] present.', []],
  ['[Distal phalanx fracture], no other fractures.', []],
  ['[Q waves] with negative deflections in V1.', []],
]);

table('lists stay in scope; terminations end it', [
  ['Denies fever, chills, or [weakness].', ['negated']],
  ['No headache, dizziness, [diplopia] or dysphagia.', ['negated']],
  ['No fever but reports [weakness].', []],
  ['Denies chest pain, complains of [generalized weakness].', []],
  ['No ptosis or diplopia; [proximal weakness] in hip flexors.', []],
  ['No cyanosis, however [edema] of both ankles.', []],
  ['Negative for fever, positive for [fatigue].', []],
  ['No weakness, positive [Romberg sign].', []],
  ['Denies fever, states she has been [weak] for a week.', []],
  ['No focal deficits except [mild weakness] of the left grip.', []],
  ['No atrophy, there is mild [fasciculation] of the tongue.', []],
  ['No history of diabetes who presents with [weakness].', []],
  ['No cause is confirmed and the patient is still [weak].', []],
  ['No fever and has [fatigue] every afternoon.', []],
  ['No fever and [chills].', ['negated']],
]);

table('pseudo-triggers do not negate', [
  ['No increase in [weakness] since the last visit.', []],
  ['Not only [fatigue] but also aches.', []],
  ['Urine culture grew gram negative [rods].', []],
  ['No significant change in [proximal weakness].', []],
  ['MRI brain with and without contrast shows old [infarct].', ['historical']],
  ['Ambulates without difficulty and [climbs stairs] slowly.', []],
  ['We do not know the cause of her [myopathy].', []],
  ['She was unable to [rise from a chair].', []],
  ['She could not [climb stairs].', []],
]);

table('normal findings are not negations', [
  ['Strength [5/5] in all extremities.', []],
  ['Motor strength 5/5 throughout, no [pronator drift].', ['negated']],
  ['[Normal strength] in both arms.', []],
]);

table('uncertain, forward, backward and bidirectional', [
  ['Possible [myasthenia gravis].', ['uncertain', 'chronic']],
  ['Concern for [Guillain-Barre syndrome].', ['uncertain']],
  ['Rule out [hypokalemia].', ['uncertain']],
  ['R/O [hypothyroidism].', ['uncertain', 'chronic']],
  ['Cannot exclude [early ALS].', ['uncertain']],
  ['Suspicious for [inflammatory myopathy].', ['uncertain']],
  ['Differential includes [myositis] and neuropathy.', ['uncertain']],
  ['Questionable [fasciculations] in the calves.', ['uncertain']],
  ['Weakness likely secondary to [hypothyroidism].', ['uncertain', 'chronic']],
  ['[Critical illness myopathy] cannot be excluded.', ['uncertain']],
  ['[Anemia] is suspected.', ['uncertain']],
  ['[Statin myopathy] versus polymyositis.', ['uncertain']],
  ['Polymyositis vs [statin myopathy].', ['uncertain']],
  ['[Stroke]?', ['uncertain']],
  ['?[stroke] on the CT report', ['uncertain']],
  ['Weakness after influenza, benign acute childhood [myositis] likely.', ['uncertain']],
  ['A/P: dysuria, [UTI] possible; UA sent.', ['uncertain']],
  ['Impression: [pneumonia] most likely, CXR pending.', ['uncertain']],
  // negative cases
  ['[Myositis] likely to resolve with hydration.', []],
  ['[Weakness] from a likely viral illness.', []],
  ['[Pneumonia] confirmed on CT; recovery likely.', []],
  ['[Weakness] likely secondary to hypothyroidism.', []],
  ['Consider physical therapy for [weakness].', []],
  ['Rule out stroke for [left arm weakness].', []],
  ['Confirmed [myasthenia gravis] by antibody testing.', ['chronic']],
  ['[Statin myopathy] improved after stopping atorvastatin; no other diagnosis.', []],
]);

table('historical, and residual deficits that are current', [
  ['History of [stroke] in 2019.', ['historical']],
  ['H/o [DVT] on apixaban.', ['historical']],
  ['Hx of [hypertension].', ['historical', 'chronic']],
  ['Prior [right MCA stroke].', ['historical']],
  ['Status post [fall] last month.', ['historical']],
  ['[Asthma] as a child.', ['historical', 'chronic']],
  ['Right-sided weakness since her [stroke].', ['historical']],
  // sequelae and residual deficits are current
  ['History of stroke with residual right [hemiparesis].', []],
  ['Left [hemiparesis] as a late effect of stroke.', []],
  ['[Dysphagia] as a sequela of stroke.', []],
  ['Right-sided [weakness] since her stroke.', []],
  ['Prior stroke complicated by [left hemiparesis].', []],
  ['History of stroke which left her with right [hemiparesis].', []],
  ['History of DVT, who now has [leg weakness].', []],
  ['Fatigue has resolved, [weakness] persists.', []],
  ['Prior stroke, [weakness] remains in the right leg.', []],
  // "still" after a denial starts what persists; a conditional keeps it
  ['Walks to the mailbox without resting, still [holds the wall] on the stairs.', []],
  ['Denies [weakness], still tired.', ['negated']],
  ['If still [weak] in a week, call the office.', ['hypothetical']],
  // a subject and a present-tense verb after "since <event>" start the current clause
  ['Since home she is unable to [rise from a low chair].', []],
  ['Since the stroke he cannot [climb stairs].', []],
  ['History of stroke, pt is [weak] on the right.', []],
  ['Since her [fall] last week, she is afraid to walk.', ['historical']],
  ['History of [hyponatremia], she is on fluid restriction.', ['historical']],
  // current symptoms after a history
  ['Hx of hypertension, now presents with [weakness].', []],
  ['Three-week history of progressive [weakness].', []],
  ['72-year-old woman with [fatigue].', []],
  ['History of present illness: [fatigue] for 2 months.', []],
  ['Compared to prior study, new [infarct] in the left pons.', []],
]);

table('hypothetical', [
  ['Return to the ED if [weakness] worsens.', ['hypothetical']],
  ['Call if [fever] develops.', ['hypothetical']],
  ['Should she develop [chest pain], call 911.', ['hypothetical']],
  ['In case of [syncope], seek care.', ['hypothetical']],
  ['At risk for [falls].', ['hypothetical']],
  ['[Fall] precautions.', ['hypothetical']],
  ['Aspiration and [fall] precautions.', ['hypothetical']],
  // a precaution guards against the words right before it, not the problem it is written beside
  ['1. Falls/[weakness] - PT/OT, fall precautions.', []],
  ['Neutropenic precautions, [hypokalemia] - replete.', []],
  ['Tylenol prn [pain].', ['hypothetical']],
  // negative cases
  ['She should continue PT for [weakness].', []],
  ['Consider EMG if [weakness] persists.', ['hypothetical']],
  ['[Weakness] worse with exertion.', []],
  // return precautions name, after them, what to come back for (held-out-2 ED note)
  ['Strict return precautions for urinary retention, saddle anesthesia or worsening [weakness].', ['hypothetical']],
  ['Return precautions given for chest pain or [weakness].', ['hypothetical']],
  ['Return precautions: worsening [weakness], fever.', ['hypothetical']],
  ['[Weakness] improving, return precautions reviewed.', []],
  ['Generalized [weakness]. Return precautions given.', []],
]);

table('family and experiencer', [
  ['Mother with [MS].', ['family']],
  ["Patient's brother has [ALS].", ['family']],
  ['Family history of [myasthenia gravis].', ['family', 'historical', 'chronic']],
  ['FHx: [Parkinson disease] in father.', ['family', 'chronic']],
  ['[Diabetes] in her mother.', ['family', 'chronic']],
  ['Mother has diabetes and [hypertension].', ['family', 'chronic']],
  ['Brother who has [ALS].', ['family']],
  ['No family history of [neuromuscular disease].', ['negated', 'family', 'historical']],
  ['Caregiver for her husband who uses a walker and cannot do stairs since his [stroke].', ['family', 'historical']],
  ['Her wife has [multiple sclerosis] and uses a wheelchair.', ['family', 'chronic']],
  // negative cases: relatives as informants and companions
  ['Husband at bedside; she has had [falls] at home.', []],
  ['Wife reports he has [weakness] in both legs.', []],
  ['Per husband, the patient has [fatigue] all day.', []],
  ['Lives with her husband and has [weakness] climbing stairs.', []],
  ['Daughter reports the patient has [weakness].', []],
  ['Lives with her son, who helps with [bathing].', []],
  ['Accompanied by his wife; [fatigue] for 3 weeks.', []],
  ['Brought in by her daughter for progressive [weakness].', []],
  ['Per daughter, she has had [falls] at home.', []],
  ['Lives with her mother and has [fatigue] most days.', []],
]);
