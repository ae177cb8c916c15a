/**
 * The anemia rulebook's series criteria, read from the hemoglobin series in time order (spec
 * packs/anemia.md): possible-acute-blood-loss-anemia needs the LATEST hemoglobin below the WHO
 * threshold (by time, else text order), and an acute drop starts from this encounter's results or
 * from a pre-op, baseline or prior value dated at most 7 days before the fall (an undated pre-op value
 * is this stay's; an undated baseline proves nothing acute). Negative rows: recovered values,
 * old or undated baselines, values of relatives, past episodes and conditional orders.
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/engine/index.ts';

const ABLA = 'possible-acute-blood-loss-anemia';
const ANEMIA = 'possible-anemia';

function fired(note: string): string[] {
  return lint(note, { setting: 'inpatient' })
    .diagnostics.map((d) => d.ruleId)
    .filter((id) => id === ABLA || id === ANEMIA);
}

describe('possible-acute-blood-loss-anemia: the latest hemoglobin decides', () => {
  it.each<[string, string, string[]]>([
    ['falling and still low', 'Melena. Hgb 12.6 (3/5 06:00), 10.2 (3/5 14:00), 9.1 (3/5 22:00). HR 108.\nA/P: GI bleed.', [ABLA]],
    ['clocks with no date order the draws', 'Hematemesis overnight. Hgb 13.1 (02:00), 11.4 (08:00), 9.8 (14:00). HR 118.\nA/P: UGIB, PPI drip.', [ABLA]],
    // recovered after transfusion: the latest value is normal, nothing to ask
    ['recovered after transfusion', 'Melena. Hgb 12.9 (3/5 06:00), 9.4 (3/5 14:00). 2 units PRBC given. Hgb 13.2 (3/6 06:00).\nA/P: GI bleed, stable.', []],
    // the latest by date, though written first
    ['latest by date, written first', 'Melena. Hgb 13.2 (3/7 06:00) after 2 units PRBC; earlier Hgb 12.9 (3/5 06:00), 9.4 (3/6 06:00).\nA/P: GI bleed.', []],
    ['recovered, by clock', 'Hematemesis overnight. Hgb 13.1 (02:00), 9.8 (08:00), 12.9 (18:00) after 2 units. HR 96.\nA/P: UGIB.', []],
    // a conditional order's threshold is no result
    ['a threshold is no latest value', 'Melena. Hgb 12.8 (3/5 06:00), 9.6 (3/5 18:00). HR 110. Transfuse if Hgb < 7.\nA/P: GI bleed.', [ABLA]],
  ])('%s', (_name, note, want) => {
    expect(fired(note)).toEqual(want);
  });
});

describe('acute drop: an earlier value from before the encounter counts only within 7 days', () => {
  it.each<[string, string, string[]]>([
    ['a clinic value 5 days before', 'Date of service: 3/10/2026. Hematochezia since yesterday. Hgb 13.6 on 3/5/2026 at the clinic. Hgb 9.9 today. HR 112.', [ABLA]],
    ['a clinic value 2 months before', 'Date of service: 3/10/2026. Hematochezia since yesterday. Hgb 13.6 on 1/5/2026 at the clinic. Hgb 9.9 today. HR 112.', [ANEMIA]],
    ['an undated baseline', 'Hematochezia since yesterday. Baseline Hgb 13.6. Hgb 9.9 today. HR 112.', [ANEMIA]],
    ['a dated pre-op value 5 days before', 'Date of surgery: 3/2/2026. EBL 900 mL. Pre-op Hgb 13.4 on 2/27/2026. Hgb 9.1 on POD 2, HR 115.', [ABLA]],
    ['a dated pre-op value 3 weeks before', 'Date of surgery: 3/2/2026. EBL 900 mL. Pre-op Hgb 13.4 on 2/10/2026. Hgb 9.1 on POD 2, HR 115.', [ANEMIA]],
    ['an undated pre-op value (this stay)', 'POD1 s/p right TKA, EBL 900 mL. Hgb pre-op 13.4, POD1 9.1 g/dL. 1 unit PRBC given. A/P: stable.', [ABLA]],
    // a relative's value or a past episode's values start no fall
    ["a relative's value", 'Date of service: 3/10/2026. Hematochezia since yesterday. Her sister had Hgb 13.6 on 3/5/2026. Hgb 9.9 today. HR 112.', [ANEMIA]],
    ['a past episode', 'Hx GI bleed in 2019 with Hgb 13.0 -> 8.0. Now hematochezia since yesterday. Hgb 9.9 today. HR 112.', [ANEMIA]],
  ])('%s', (_name, note, want) => {
    expect(fired(note)).toEqual(want);
  });
});

describe('pancytopenia: the three low counts come from one draw', () => {
  const pancytopenia = (note: string, codes: string[] = ['C18.9']) =>
    lint(note, { codes: codes.map((code) => ({ code, source: 'option' as const })), setting: 'outpatient' })
      .diagnostics.map((d) => d.ruleId)
      .filter((id) => id === 'possible-pancytopenia' || id === 'pancytopenia-evidence');
  it.each<[string, string, string[], string[]]>([
    ['one line, no time', 'Day 10 after FOLFOX cycle 3: Hgb 8.1, WBC 2.1, plt 54. Neutropenic precautions.', ['C18.9'], ['possible-pancytopenia']],
    ['the same date in three sentences', 'Day 10 after FOLFOX. Hgb 8.1 on 3/5/2026. WBC 2.1 on 3/5/2026. Plt 54 on 3/5/2026. Neutropenic precautions.', ['C18.9'], ['possible-pancytopenia']],
    ['the same clock in three sentences', 'Day 10 after FOLFOX. Hgb 8.1 (06:00). WBC 2.1 (06:00). Plt 54 (06:00). Neutropenic precautions.', ['C18.9'], ['possible-pancytopenia']],
    ['one column of a lab table', 'Day 10 after FOLFOX.\nLabs      3/5     3/7\nHgb       8.1     9.0\nWBC       5.1     2.1\nPlt       160     54\nNeutropenic precautions.', ['C18.9'], ['possible-pancytopenia']],
    ['D61.818 backed by one draw', 'CBC 3/5/2026: Hgb 8.1, WBC 2.1, plt 54. Pancytopenia due to marrow infiltration.', ['D61.818'], []],
    // a CBC printed one analyte per line is one draw, also past a line of an analyte the lexicon does not know
    ['one analyte per line under one heading', 'Day 10 after FOLFOX.\nCBC w/ diff\nWBC   1.9  L\nANC   0.9  L\nHgb   8.1  L\nPlt   54   L\nNeutropenic precautions.', ['C18.9'], ['possible-pancytopenia']],
    ['D61.818 backed by one block of result lines', 'CBC:\nHgb 8.1\nWBC 2.1\nPlt 54\nA/P: pancytopenia due to marrow infiltration.', ['D61.818'], []],
    // different days are no draw, even in one sentence or one table row
    ['three values of two days in one sentence', 'Day 10 after FOLFOX. CBC: Hgb 8.1 (3/5), WBC 2.1 (3/7), plt 54 (3/7). Neutropenic precautions.', ['C18.9'], []],
    ['three dates', 'Day 10 after FOLFOX. Hgb 8.1 on 3/5/2026. WBC 2.1 on 3/7/2026. Plt 54 on 3/7/2026. Neutropenic precautions.', ['C18.9'], []],
    ['table: low counts in different columns', 'Day 10 after FOLFOX.\nLabs      3/5     3/7\nHgb       8.1     12.9\nWBC       2.5     5.1\nPlt       160     54\nNeutropenic precautions.', ['C18.9'], []],
    ['result lines split by a blank line', 'Day 10 after FOLFOX.\nWBC 1.9\nHgb 8.1\n\nPlt 54 (outside lab)\nNeutropenic precautions.', ['C18.9'], []],
    ['result lines split by a prose line', 'Day 10 after FOLFOX.\nWBC 1.9\nHgb 8.1\nSeen by the oncology fellow, plan reviewed with the patient at length.\nPlt 54\nNeutropenic precautions.', ['C18.9'], []],
    ['D61.818 with counts of different days', 'Hgb 8.1 on 3/5/2026; WBC 2.1 on 3/8/2026; plt 54 on 3/9/2026. Pancytopenia.', ['D61.818'], ['pancytopenia-evidence']],
    // a relative's or a past count is not one of them
    ["a relative's platelets", 'Day 10 after FOLFOX: Hgb 8.1, WBC 2.1. Her sister had plt 54 last year.', ['C18.9'], []],
    ['normal platelets', 'Day 10 after FOLFOX: Hgb 8.1, WBC 2.1, plt 188.', ['C18.9'], []],
  ])('%s', (_name, note, codes, want) => {
    expect(pancytopenia(note, codes)).toEqual(want);
  });
});

describe('anemia-type-specificity: the code an iron deficiency anemia with its stated cause selects', () => {
  const suggested = (note: string) =>
    lint(note, { codes: [{ code: 'D64.9', source: 'option' as const }], setting: 'outpatient' })
      .diagnostics.filter((d) => d.ruleId === 'anemia-type-specificity')
      .flatMap((d) => d.suggestedCodes.map((s) => s.code));
  it.each<[string, string, string[]]>([
    // Index: Anemia, iron deficiency, secondary to blood loss (chronic) D50.0
    ['due to chronic blood loss', 'Ferritin 6. A/P: Iron deficiency anemia d/t chronic blood loss from menorrhagia - oral iron, TXA.', ['D50.0']],
    ['secondary to chronic GI blood loss', 'A/P: IDA secondary to chronic GI blood loss (AVMs), IV iron.', ['D50.0']],
    // the cause denied, or only in another sentence: iron deficiency anemia, unspecified
    ['chronic blood loss ruled out', 'Ferritin 6. A/P: Iron deficiency anemia, no chronic blood loss on EGD/colonoscopy. Oral iron.', ['D50.9']],
    ['chronic blood loss of a relative', 'A/P: Iron deficiency anemia, oral iron.\nFamily hx: mother with chronic blood loss from fibroids.', ['D50.9']],
  ])('%s', (_name, note, want) => {
    expect(suggested(note)).toEqual(want);
  });
});
