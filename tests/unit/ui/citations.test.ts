// One table of source forms (src/ui/citations.ts) serves the rule's page in the catalogue and the popup.
import { describe, expect, it } from 'vitest';
import { citation, citations } from '../../../src/ui/citations.ts';

const GUIDELINES = 'ICD-10-CM Official Guidelines for Coding and Reporting FY2026';

/** [source, on the rule's page, in the popup]; null: not shown there. */
const ROWS: [string, string | null, string | null][] = [
  ['ICD-10-CM Official Guidelines FY2026 Section I.B.5', `${GUIDELINES}, Section I.B.5`, 'ICD-10-CM Official Guidelines FY2026 Section I.B.5'],
  ['ICD-10-CM Official Guidelines FY2026 Section I.A.12.a (Excludes1)', `${GUIDELINES}, Section I.A.12.a (Excludes1)`,
    'ICD-10-CM Official Guidelines FY2026 Section I.A.12.a (Excludes1)'],
  // a slash inside an explanation is no path: the explanation stays
  ['ICD-10-CM Official Guidelines FY2026 Section I.A.13 (etiology/manifestation convention)', `${GUIDELINES}, Section I.A.13 (etiology/manifestation convention)`,
    'ICD-10-CM Official Guidelines FY2026 Section I.A.13 (etiology/manifestation convention)'],
  ['Katz MA. N Engl J Med 1973;289:843-4 (sodium falls 1.6 mmol/L per 100 mg/dL)', 'Katz MA. N Engl J Med 1973;289:843-4 (sodium falls 1.6 mmol/L per 100 mg/dL)',
    'Katz MA. N Engl J Med 1973;289:843-4 (sodium falls 1.6 mmol/L per 100 mg/dL)'],
  // "seeded" in a real citation is no seed
  ['ICD-10-CM Official Guidelines FY2026 Section I.C.1 (seeded sepsis example)', `${GUIDELINES}, Section I.C.1 (seeded sepsis example)`,
    'ICD-10-CM Official Guidelines FY2026 Section I.C.1 (seeded sepsis example)'],
  ['ICD-10-CM FY2026 tabular: R53.1 Excludes1 sarcopenia (M62.84)', 'ICD-10-CM Tabular List, FY2026: R53.1 Excludes1 sarcopenia (M62.84)',
    'ICD-10-CM FY2026 tabular: R53.1 Excludes1 sarcopenia (M62.84)'],
  // repository folders and the excerpts are removed
  ['ICD-10-CM FY2026 tabular Excludes1 notes (lexicon/codes)', 'ICD-10-CM Tabular List, FY2026: Excludes1 notes', 'ICD-10-CM FY2026 tabular Excludes1 notes'],
  ['ICD-10-CM FY2026 tabular: R53-R54, M62.8 (excerpts)', 'ICD-10-CM Tabular List, FY2026: R53-R54, M62.8', 'ICD-10-CM FY2026 tabular: R53-R54, M62.8'],
  ['ICD-10-CM FY2026 order file (billable flag): excerpt_icd10cm_order_2026_lines.txt',
    'ICD-10-CM order file (code descriptions in tabular order), FY2026: billable flag', 'ICD-10-CM FY2026 order file (billable flag)'],
  ['ACDIS/AHIMA Guidelines for Achieving a Compliant Query Practice (2022 update)', 'ACDIS/AHIMA Guidelines for Achieving a Compliant Query Practice (2022 update)',
    'ACDIS/AHIMA Guidelines for Achieving a Compliant Query Practice (2022 update)'],
  ['Adrogue HJ, Madias NE. Hypernatremia. N Engl J Med 2000;342:1493-9', 'Adrogue HJ, Madias NE. Hypernatremia. N Engl J Med 2000;342:1493-9',
    'Adrogue HJ, Madias NE. Hypernatremia. N Engl J Med 2000;342:1493-9'],
  ['WHO. Haemoglobin concentrations for the diagnosis of anaemia and assessment of severity, 2011',
    'WHO. Haemoglobin concentrations for the diagnosis of anaemia and assessment of severity, 2011',
    'WHO. Haemoglobin concentrations for the diagnosis of anaemia and assessment of severity, 2011'],
  ['Schulman S, Kearon C. ISTH major bleeding. J Thromb Haemost 2005;3:692-4', 'Schulman S, Kearon C. ISTH major bleeding. J Thromb Haemost 2005;3:692-4',
    'Schulman S, Kearon C. ISTH major bleeding. J Thromb Haemost 2005;3:692-4'],
  // development material: on neither
  ['rules.md: workup-plan', null, null],
  ['rules.md (rulebook v1)', null, null],
  ['packs/rhabdomyolysis.md: rhabdomyolysis-cause', null, null],
  ['packs/functional-quadriplegia.md (core vs support findings)', null, null],
  ['spec/packs/electrolytes.md: possible-hypokalemia', null, null],
];

describe('citation: one table for the rule page and the popup', () => {
  it.each(ROWS)('%s', (source, page, popup) => {
    expect(citation(source, 'page')).toBe(page);
    expect(citation(source, 'popup')).toBe(popup);
  });

  it('names a seed article on the page, marked as not official; the popup shows no seed', () => {
    const source = "seed 001 (serum potassium < 3.5 mEq/L; the seed's E87.5 is hyperkalemia)";
    const cited = citation(source, 'page');
    expect(cited).toMatch(/^Industry article \(not an official coding source\): "ICD-10 Coding for Generalized Weakness/);
    expect(cited).toContain("the article's E87.5");
    expect(cited).not.toMatch(/\bseed\b/i);
    expect(citation(source, 'popup')).toBeNull();
    expect(citation('Seed 000', 'popup')).toBeNull();
  });

  it.each([
    ['seed 009 (an article nobody knows)', /unknown seed 009/],
    ['see the wiki', /unknown form/],
    ['Smith J says so', /unknown form/],
    ['Bosch X. a blog post about CK', /unknown form/],
    ['Smith J, a talk without a year', /unknown form/],
    ['ICD-10-CM FY2026 tabular: see ../shared/reference/icd10cm/excerpt_2026-04_M62.xml', /internal reference/],
  ])('the page refuses %j', (source, error) => {
    expect(() => citation(source, 'page')).toThrow(error);
  });

  it.each([
    ['see the wiki', 'see the wiki'],
    ['excerpt_2026-04_M62.8.xml', null],
    ['ICD-10-CM FY2026 tabular: see ../shared/reference/icd10cm/excerpt_2026-04_M62.xml', 'ICD-10-CM FY2026 tabular: see'],
  ])('the popup shows an unknown form %j as written, file references removed', (source, shown) => {
    expect(citation(source, 'popup')).toBe(shown);
  });

  it('says each citation once, in order', () => {
    expect(citations(['B guideline', 'A guideline', 'B guideline'], 'popup')).toEqual(['B guideline', 'A guideline']);
    expect(citations(['rules.md: x', 'ICD-10-CM Official Guidelines FY2026 Section I.B.5', 'ICD-10-CM Official Guidelines FY2026 Section I.B.5'], 'page'))
      .toEqual([`${GUIDELINES}, Section I.B.5`]);
  });
});
