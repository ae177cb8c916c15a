/**
 * The patient's sex and pregnancy as the note states them (packs: WHO anemia thresholds by sex and
 * pregnancy; unknown = the pack's conservative threshold). Pure: reads `sex` and `pregnancy` findings.
 *
 * Sex: the first explicit statement (an age with its sex noun, a "Sex:" field, a title) that is about
 * the patient wins; a pronoun counts only when there is none. Pregnancy: an affirmed, current pregnancy
 * finding ("28 weeks pregnant", "G2P1 at 28 weeks") or a postpartum one; negated ("not pregnant"),
 * historical, family or hypothetical mentions do not count.
 */
import type { Finding, FindingOf, PregnancyAttributes } from '../types.ts';
import { NoteMemo } from '../note-memo.ts';

const aboutPatientNow = (f: Finding) => !f.assertion.family && !f.assertion.hypothetical && !f.assertion.negated && !f.assertion.historical;

// Both are asked once per lab value and threshold; the answer is per finding list.
const sexOf = new NoteMemo<readonly Finding[], { sex: 'female' | 'male' | null }>('sex');
const pregnancyOf = new NoteMemo<readonly Finding[], { pregnancy: PregnancyAttributes | null }>('pregnancy');

export function patientSex(findings: readonly Finding[]): 'female' | 'male' | null {
  let known = sexOf.get(findings);
  if (known === undefined) sexOf.set(findings, (known = { sex: readSex(findings) }));
  return known.sex;
}

/** The current pregnancy (weeks when stated) or postpartum state, or null when the note states neither. */
export function pregnancyStatus(findings: readonly Finding[]): PregnancyAttributes | null {
  let known = pregnancyOf.get(findings);
  if (known === undefined) pregnancyOf.set(findings, (known = { pregnancy: readPregnancy(findings) }));
  return known.pregnancy;
}

function readSex(findings: readonly Finding[]): 'female' | 'male' | null {
  const sex = findings.filter((f): f is FindingOf<'sex'> => f.type === 'sex' && aboutPatientNow(f)).sort((a, b) => a.start - b.start);
  return (sex.find((f) => f.attributes.cue === 'explicit') ?? sex[0])?.attributes.sex ?? null;
}

function readPregnancy(findings: readonly Finding[]): PregnancyAttributes | null {
  const found = findings.filter((f): f is FindingOf<'pregnancy'> => f.type === 'pregnancy' && aboutPatientNow(f) && !f.assertion.uncertain);
  if (found.length === 0) return null;
  const pregnant = found.filter((f) => !f.attributes.postpartum);
  const withWeeks = pregnant.find((f) => f.attributes.weeks !== undefined);
  return withWeeks?.attributes ?? pregnant[0]?.attributes ?? { postpartum: true };
}
