// @vitest-environment happy-dom
/** Site profile selectors are checked with the DOM's own parser where there is one (options page, content script). */
import { describe, expect, it } from 'vitest';
import { MAX_SELECTOR_LENGTH, MAX_SELECTORS, selectorProblem, validateSiteProfiles } from '../../../src/config/site-profiles.ts';

describe('selectorProblem', () => {
  it.each([
    ['#progress-note', null],
    ['.dx-table td.code', null],
    ['[data-testid="diagnosis-chip"]', null],
    ['section[aria-label="Encounter diagnoses"] li', null],
    ['td[[[', /not a valid CSS selector/],
    ['', /empty/],
    ['   ', /empty/],
    ['#a\n#b', /control characters/],
    ['x'.repeat(MAX_SELECTOR_LENGTH + 1), /longer than/],
  ])('%j -> %s', (selector, expected) => {
    const problem = selectorProblem(selector);
    if (expected === null) expect(problem).toBeNull();
    else expect(problem).toMatch(expected);
  });
});

describe('validateSiteProfiles', () => {
  it('names the origin, the field and the index of every problem', () => {
    const errors: string[] = [];
    validateSiteProfiles(
      {
        'https://ehr.example.org': { noteFields: ['#ok', 'td[[['], diagnosisCodes: Array.from({ length: MAX_SELECTORS + 1 }, (_, i) => `.c${i}`) },
      },
      errors,
    );
    expect(errors).toEqual([
      'siteProfiles.https://ehr.example.org.noteFields[1]: not a valid CSS selector: "td[[["',
      `siteProfiles.https://ehr.example.org.diagnosisCodes: at most ${MAX_SELECTORS} selectors, got ${MAX_SELECTORS + 1}`,
    ]);
  });

  it('trims and de-duplicates selectors', () => {
    const errors: string[] = [];
    expect(validateSiteProfiles({ 'https://ehr.example.org': { ignoreFields: [' #search ', '#search'] } }, errors)).toEqual({
      'https://ehr.example.org': { noteFields: [], ignoreFields: ['#search'], diagnosisCodes: [] },
    });
    expect(errors).toEqual([]);
  });
});
