import { describe, expect, it } from 'vitest';
import { citableSources } from '../../../src/ui/components/citations.ts';

describe('citableSources', () => {
  it.each([
    { name: 'an Official Guidelines section stays as written', sources: ['ICD-10-CM Official Guidelines FY2026 Section I.A.12.a (Excludes1)'], cited: ['ICD-10-CM Official Guidelines FY2026 Section I.A.12.a (Excludes1)'] },
    { name: 'a tabular note stays as written', sources: ['ICD-10-CM FY2026 tabular: R53.1 Excludes1 age-related weakness (R54)'], cited: ['ICD-10-CM FY2026 tabular: R53.1 Excludes1 age-related weakness (R54)'] },
    { name: 'the query practice stays', sources: ['ACDIS/AHIMA Guidelines for Achieving a Compliant Query Practice (2022 update)'], cited: ['ACDIS/AHIMA Guidelines for Achieving a Compliant Query Practice (2022 update)'] },
    { name: 'a seed article is dropped', sources: ['seed 003 (functional limitations support medical necessity)'], cited: [] },
    { name: 'a capitalised seed is dropped', sources: ['Seed 000'], cited: [] },
    { name: 'the rulebook is dropped', sources: ['rules.md: functional-impact', 'rules.md (rulebook v1)'], cited: [] },
    { name: 'a pack rulebook is dropped', sources: ['packs/functional-quadriplegia.md (core vs support findings)', 'packs/anemia.md: possible-anemia'], cited: [] },
    { name: 'the spec folder is dropped', sources: ['spec/packs/electrolytes.md: possible-hypokalemia'], cited: [] },
    { name: 'a folder in parentheses is removed', sources: ['ICD-10-CM FY2026 tabular Excludes1 notes (lexicon/codes)'], cited: ['ICD-10-CM FY2026 tabular Excludes1 notes'] },
    { name: 'an excerpt file name is removed', sources: ['ICD-10-CM FY2026 order file (billable flag): excerpt_icd10cm_order_2026_lines.txt'], cited: ['ICD-10-CM FY2026 order file (billable flag)'] },
    { name: 'a source left empty is dropped', sources: ['excerpt_2026-04_M62.8.xml'], cited: [] },
    { name: 'duplicates are said once, in order', sources: ['B guideline', 'A guideline', 'B guideline'], cited: ['B guideline', 'A guideline'] },
    { name: '"seeded" in the middle of a real citation is not an internal reference', sources: ['ICD-10-CM Official Guidelines FY2026 Section I.C.1 (seeded sepsis example)'], cited: ['ICD-10-CM Official Guidelines FY2026 Section I.C.1 (seeded sepsis example)'] },
  ])('$name', ({ sources, cited }) => {
    expect(citableSources(sources)).toEqual(cited);
  });
});
