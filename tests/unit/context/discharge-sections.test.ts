/**
 * Discharge-summary headers start their own section ("Hospital course:", "Discharge medications:",
 * "Discharge labs:"), so a historical section before them (PMH, an HPI copied from an earlier note)
 * ends there instead of making the stay's course, labs and medications history.
 */
import { describe, expect, it } from 'vitest';
import type { AssertionCategory } from '../../../src/engine/types.ts';
import { assertMarked, expected } from './marked.ts';

describe('discharge-summary sections end the section before them', () => {
  it.each<[string, string, AssertionCategory[]]>([
    ['hospital course after a copied HPI', 'HPI (copied from H&P 11/29):\nFever, rigors.\nHospital course:\nAnemia in CKD: [Hgb] 9.3 at discharge.\n', []],
    ['hospital course after PMH', 'Past Medical History:\nCKD 3b\nHospital course:\nTreated for [pneumonia] with ceftriaxone.\n', []],
    ['brief hospital course header', 'PMH: COPD\nBrief Hospital Course: [AKI] from sepsis, improving.\n', []],
    ['discharge medications after PMH', 'PMH:\nanemia of CKD\nDischarge medications:\n[darbepoetin] 40 mcg q2wk\n', []],
    ['discharge labs after PMH', 'PMH:\nCKD\nDischarge labs:\n[Hgb] 9.3, Cr 1.8\n', []],
    // negative rows: prose is no header, so the PMH default still holds; the copied HPI itself stays historical
    ['prose in PMH stays historical', 'Past Medical History:\nHospital course in 2019 for [pneumonia], 5 days.\n', ['historical']],
    ['the copied HPI stays historical', 'HPI (copied from prior):\n[Fever], rigors.\nHospital course:\nAfebrile since day 2.\n', ['historical']],
  ])('%s', (_name, marked, flags) => {
    expect(assertMarked(marked)).toEqual(expected(flags));
  });
});
