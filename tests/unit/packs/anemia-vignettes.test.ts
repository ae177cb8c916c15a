/**
 * The anemia rulebook's vignettes (spec packs/anemia.md), in our own wording, beyond which rules fire:
 * the severity each diagnostic must carry (a transfused blood loss is a warning, a D62 the note calls
 * chronic is an error, a D63 code without its etiology code is an error) and the query each
 * possible-dx offers (the pack's question, QA3 and QA4).
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/engine/index.ts';
import { defaultLexicon } from '../../../src/engine/lexicon.ts';

const question = (id: string) => defaultLexicon().data.queries.queries.find((q) => q.id === id)!.question;

function diagnostics(note: string, codes: string[], setting: 'inpatient' | 'outpatient') {
  return lint(note, { codes, setting }).diagnostics;
}

describe('anemia vignettes: severity and query', () => {
  it.each([
    ['a post-op fall with a transfusion', 'POD1 s/p right TKA, EBL 850 mL. Hgb 13.5 pre-op, 9.0 g/dL on POD1. 1 unit PRBC given.\nA/P: stable.', ['M17.11'], 'inpatient', 'possible-acute-blood-loss-anemia', 'warning'],
    ['a GI bleed with a fall, not transfused', 'Melena. Hgb 12.6 (3/5 06:00), 10.2 (3/5 14:00), 9.1 (3/5 22:00). HR 108.\nA/P: GI bleed.', [], 'inpatient', 'possible-acute-blood-loss-anemia', 'info'],
    ['low counts after chemotherapy', 'Day 9 after FOLFOX cycle 2: Hgb 8.4, WBC 2.0, plt 57. Neutropenic precautions.', ['C18.9'], 'outpatient', 'possible-pancytopenia', 'info'],
    ['D62 for chronic menorrhagia', 'Blood loss anemia from chronic menorrhagia; Hgb 8.8, ferritin 5.', ['D62'], 'outpatient', 'acute-blood-loss-anemia-evidence', 'error'],
    ['D62 for chronic menorrhagia, acuity', 'Blood loss anemia from chronic menorrhagia; Hgb 8.8, ferritin 5.', ['D62'], 'outpatient', 'blood-loss-anemia-acuity', 'error'],
    ['D63.1 without its CKD code', 'CKD stage 4 with anemia of CKD, Hgb 9.2, on darbepoetin.', ['D63.1'], 'outpatient', 'anemia-code-first', 'error'],
    ['D64.9 beside N18.4', 'CKD stage 4 with anemia, Hgb 9.2, on darbepoetin.', ['N18.4', 'D64.9'], 'outpatient', 'anemia-ckd-combination', 'warning'],
  ] as const)('%s', (_name, note, codes, setting, ruleId, severity) => {
    const found = diagnostics(note, [...codes], setting).filter((d) => d.ruleId === ruleId);
    expect(found.map((d) => d.severity)).toEqual([severity]);
  });

  it.each([
    ['possible-acute-blood-loss-anemia', 'blood-loss-anemia-significance', 'POD1 s/p right TKA, EBL 850 mL. Hgb 13.5 pre-op, 9.0 g/dL on POD1. 1 unit PRBC given.', ['M17.11'], 'inpatient'],
    ['possible-pancytopenia', 'pancytopenia-significance', 'Day 9 after FOLFOX cycle 2: Hgb 8.4, WBC 2.0, plt 57. Neutropenic precautions.', ['C18.9'], 'outpatient'],
    ['anemia-type-query', 'anemia-type', 'A/P: #Anemia - Hgb 9.8, MCV 73. Iron panel pending.', ['D64.9'], 'inpatient'],
  ] as const)('%s offers its query', (ruleId, template, note, codes, setting) => {
    const d = diagnostics(note, [...codes], setting).find((x) => x.ruleId === ruleId);
    expect(d?.query ?? '').toContain(question(template));
  });

  it('one hemoglobin value gets one possible-dx, the most specific', () => {
    const fired = diagnostics('POD1 s/p right TKA, EBL 850 mL. Hgb 13.5 pre-op, 9.0 g/dL on POD1, WBC 3.1, plt 120. 1 unit PRBC given.', ['M17.11'], 'inpatient')
      .filter((d) => d.kind === 'possible-dx')
      .map((d) => d.ruleId);
    expect(fired).toEqual(['possible-acute-blood-loss-anemia']);
  });
});
