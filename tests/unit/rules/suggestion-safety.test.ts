// Every suggestion the engine can make is safe (issue 11): a valid, billable FY2026 code of the
// lexicon, never forbidden by an Excludes1 note beside a code already chosen (other than the one it
// replaces), never less specific than a chosen code of its category. The notes are generated from
// the lexicon's own data (every diagnosis term, in several clinical phrasings, with and without
// codes, with sides and past strokes) and every code of the code lexicon chosen beside them.
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/engine/index.ts';
import { defaultLexicon } from '../../../src/engine/lexicon.ts';
import { excludes1Ref, isBillable, refCovers } from '../../../src/engine/rules/support/codes.ts';
import type { LintOptions, LintResult } from '../../../src/engine/types.ts';

const lexicon = defaultLexicon();
const diagnoses = lexicon.data.diagnoses.diagnoses;
const billable = lexicon.data.codes.filter((c) => isBillable(c)).map((c) => c.code);

/** Clinical phrasings around one diagnosis term; `{t}` is the term. */
const TEMPLATES: { text: string; codes?: string[]; options?: LintOptions }[] = [
  { text: 'HPI: 74F with {t}. Feels weak all over for 3 weeks.\nExam: strength 4/5 proximal, 5/5 distal.\nPlan: CBC, CMP, TSH.' },
  { text: 'HPI: fatigue due to {t}, no energy, tired all day.\nAssessment: Fatigue (R53.83).' },
  { text: 'Exam: left {t}, arm 3/5.\nAssessment: Muscle weakness (M62.81). PT referral.' },
  { text: 'HPI: history of stroke with residual right {t}.\nAssessment: Weakness (R53.1).' },
  { text: 'Discharge summary. Hospital day 4.\nAssessment: probable {t}; generalized weakness (R53.1).' },
  { text: 'HPI: right-handed, {t}, weakness of the left side, 4/5.' },
  { text: 'Assessment: Generalized weakness R53.1 secondary to {t}, ambulates with walker, falls x2.' },
];

function notes(): { name: string; text: string; options: LintOptions }[] {
  const out: { name: string; text: string; options: LintOptions }[] = [];
  for (const d of diagnoses) {
    for (const term of d.terms.slice(0, 2)) {
      TEMPLATES.forEach((t, i) => out.push({ name: `${d.concept} #${i} "${term}"`, text: t.text.replaceAll('{t}', term), options: t.options ?? {} }));
    }
  }
  // Every billable code of the lexicon chosen beside a note that invites suggestions.
  for (const code of billable) {
    out.push({
      name: `chosen ${code}`,
      text: 'HPI: weak all over, hemiparesis on the left after stroke in 2019, fatigue, sarcopenia, frailty, CK 2,400 U/L.\nExam: 4/5 proximal.',
      options: { codes: [code] },
    });
    out.push({ name: `chosen ${code} + R53.1`, text: 'Assessment: Weakness (R53.1), iron deficiency anemia, hypokalemia K 2.9, depression.', options: { codes: [code] } });
  }
  return out;
}

function problems(result: LintResult): string[] {
  const out: string[] = [];
  const chosen = result.codes.map((c) => c.code);
  for (const d of result.diagnostics) {
    for (const s of d.suggestedCodes) {
      const def = lexicon.codes.get(s.code);
      if (!def) {
        out.push(`${d.ruleId}: ${s.code} is not in the code lexicon`);
        continue;
      }
      if (!isBillable(def)) out.push(`${d.ruleId}: ${s.code} is not billable`);
      if (s.title !== def.title) out.push(`${d.ruleId}: ${s.code} carries the title "${s.title}", not "${def.title}"`);
      for (const other of chosen) {
        if (other === d.code || other === s.code) continue;
        const otherDef = lexicon.codes.get(other);
        const codeFirst = def.codeFirst.some((r) => refCovers(r.code, other)) || otherDef?.codeFirst.some((r) => refCovers(r.code, s.code));
        if (!codeFirst && (excludes1Ref(def, other) || excludes1Ref(otherDef, s.code))) out.push(`${d.ruleId}: ${s.code} is Excludes1 with chosen ${other}`);
        const vague = (t: string) => (t.match(/\bunspecified\b|\bNOS\b/gi) ?? []).length;
        if (otherDef?.billable && other.slice(0, 3) === s.code.slice(0, 3) && vague(otherDef.title) < vague(def.title)) {
          out.push(`${d.ruleId}: ${s.code} is less specific than chosen ${other}`);
        }
      }
    }
  }
  return out;
}

describe('every suggestion the engine makes is safe', () => {
  const all = notes();

  it('the generated notes produce many suggestions to check', () => {
    const count = all.reduce((n, c) => n + lint(c.text, c.options).diagnostics.reduce((m, d) => m + d.suggestedCodes.length, 0), 0);
    expect(count).toBeGreaterThan(500);
  });

  it('valid, billable, no Excludes1 with the chosen set, never less specific than a chosen code', () => {
    const found: string[] = [];
    for (const c of all) for (const p of problems(lint(c.text, c.options))) found.push(`${c.name}: ${p}`);
    expect([...new Set(found)]).toEqual([]);
  });

  it('every diagnosis code the lexicon can suggest resolves to billable lexicon codes', () => {
    const missing = diagnoses.flatMap((d) =>
      d.codes.filter((code) => !lexicon.data.codes.some((c) => isBillable(c) && refCovers(code.replace(/\.?-$/, ''), c.code))).map((code) => `${d.concept}: ${code}`),
    );
    // Status codes of musculoskeletal etiologies (Z74.0-, Z98.890, Z96.6-) and injuries (S14.1- ...) are evidence, never suggested.
    const suggestable = missing.filter((m) => !/: [SZ]/.test(m));
    expect(suggestable).toEqual([]);
  });
});

describe('specific unsafe suggestions of issue 11 never appear', () => {
  const suggestedBy = (text: string, codes: string[] = []) => lint(text, { codes }).diagnostics.flatMap((d) => d.suggestedCodes.map((s) => s.code));
  it.each([
    ['isolated high CK', 'Labs: CK 1,450 U/L (H).\nHPI: started rosuvastatin 2 weeks ago, no complaints.', [], 'G72.9'],
    ['isolated high CK after exercise', 'Labs: CPK 820 (H) after CrossFit.\nAssessment: elevated CK, recheck in 1 week.', [], 'G72.9'],
    ['alcoholic myopathy', 'HPI: alcoholic myopathy, proximal weakness 4/5, trouble with stairs.', [], 'M62.81'],
    ['drug-induced myopathy', 'HPI: steroid-induced myopathy on prednisone 40 mg, hip flexors 4/5.', [], 'M62.81'],
    ['D50.0 chosen', 'HPI: fatigue due to iron deficiency anemia, ferritin 5.', ['D50.0'], 'D50.9'],
    ['F32.1 documented', 'HPI: fatigue due to major depressive disorder, moderate.', [], 'F32.A'],
    ['G81 beside a chosen I69.35-', 'HPI: left hemiparesis. Weak.\nAssessment: Weakness (R53.1)', ['I69.354'], 'G81.94'],
    ['acute code for a late effect', 'HPI: late effect of CVA, left hemiparesis.\nAssessment: Weakness (R53.1)', [], 'I63.9'],
    ['sequela code for an acute stroke', 'ED: acute ischemic stroke now, new left hemiparesis.\nAssessment: Weakness (R53.1)', [], 'I69.354'],
    ['unspecified side when a side is documented', 'HPI: right facial weakness; right hemiparesis on exam.', [], 'G81.90'],
    ['unspecified side beside right facial weakness', 'HPI: developed right facial weakness and weakness in RUE. Exam revealed the hemiparesis.', [], 'G81.90'],
    ['an acute code for a stroke years ago', 'HPI: right-handed, left pontine infarct 2 years ago, residual right hemiparesis, cane.', [], 'I63.9'],
    ['the lesion side for the deficit side', 'HPI: late effect of CVA (R MCA infarct 2022) with left-sided weakness.\nAssessment: Weakness (R53.1)', [], 'I69.351'],
    ['MS unspecified for a documented relapsing-remitting course', 'HPI: relapsing-remitting MS, new leg weakness 4/5.\nAssessment: Weakness R53.1', [], 'G35.D'],
    ['G70.00 beside a documented exacerbation', 'HPI: myasthenia gravis, now myasthenic exacerbation, neck flexors 3/5.\nDx: Weakness R53.1', [], 'G70.00'],
    ['the unspecified depression beside a documented moderate episode', 'A: Major depressive disorder, single episode, moderate. Her fatigue is due to the depression.', [], 'F32.A'],
    ['myasthenia without its exacerbation', 'HPI: myasthenic crisis, ptosis, proximal weakness 3/5.\nAssessment: Weakness R53.1', [], 'G70.00'],
    ['G81 from one rule beside I69.35- from another', 'Late effect of CVA (R MCA infarct 2022) with left-sided weakness.\nExam: LUE 3/5, LLE 4-/5. Right side 5/5.\nAssessment: Weakness (R53.1).', [], 'G81.94'],
    ['G81 beside I69.35-, stroke written as "old CVA"', 'PMH: old CVA with residual right hemiparesis.\nExam: RUE 3/5, RLE 4/5, left 5/5.\nAssessment: weakness R53.1', [], 'G81.91'],
  ] as [string, string, string[], string][])('%s', (_name, text, codes, forbidden) => {
    expect(suggestedBy(text, codes)).not.toContain(forbidden);
  });
});

describe('suggestions across the diagnostics of one note are codable together', () => {
  const suggestedBy = (text: string, codes: string[] = []) => lint(text, { codes }).diagnostics.flatMap((d) => d.suggestedCodes.map((s) => s.code));
  it.each([
    // The late effect keeps its sequela code; the hemiplegia code its Excludes1 points away from goes.
    ['late effect of stroke with a one-sided exam', 'Late effect of CVA (R MCA infarct 2022) with left-sided weakness.\nExam: LUE 3/5, LLE 4-/5. Right side 5/5.\nAssessment: Weakness (R53.1).', 'I69.354'],
    // Negative rows: with no sequela code suggested, the hemiplegia code stays.
    ['acute stroke with new hemiparesis', 'ED: acute ischemic stroke today, new left hemiparesis, LUE 3/5, LLE 3/5, right 5/5.\nAssessment: Weakness (R53.1).', 'G81.94'],
    ['hemiparesis without any stroke', 'Exam: left hemiparesis, LUE 3/5, LLE 4/5, right 5/5. Etiology under evaluation, MRI brain ordered.\nAssessment: Weakness (R53.1).', 'G81.94'],
  ] as [string, string, string][])('%s: suggests %s', (_name, text, expected) => {
    expect(suggestedBy(text)).toContain(expected);
  });
});
