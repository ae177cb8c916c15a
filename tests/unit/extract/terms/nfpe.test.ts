import { describe, expect, it } from 'vitest';
import type { Assertion, NfpeAttributes } from '../../../../src/engine/types.ts';
import { findingsOf } from './helpers.ts';

const nfpe = (note: string) => findingsOf(note, 'nfpe');
const flags = (a: Assertion) => Object.entries(a).filter(([k, v]) => v && k !== 'chronic').map(([k]) => k);

const POSITIVE: { note: string; found: [string, NfpeAttributes][] }[] = [
  { note: 'Moderate temporal wasting.', found: [['Moderate temporal wasting', { domain: 'muscle', severity: 'moderate', sites: ['temporal'] }]] },
  { note: 'Thin, bitemporal wasting.', found: [['bitemporal wasting', { domain: 'muscle', severity: null, sites: ['temporal'] }]] },
  { note: 'Severe bi-temporal hollowing.', found: [['Severe bi-temporal hollowing', { domain: 'muscle', severity: 'severe', sites: ['temporal'] }]] },
  { note: 'severe fat loss orbital and triceps', found: [['severe fat loss orbital and triceps', { domain: 'fat', severity: 'severe', sites: ['orbital', 'triceps'] }]] },
  { note: 'Mild muscle wasting at clavicles.', found: [['Mild muscle wasting at clavicles', { domain: 'muscle', severity: 'mild', sites: ['clavicle'] }]] },
  { note: 'Ext: bilateral pitting edema 2+', found: [['pitting edema 2+', { domain: 'fluid', severity: 'moderate', sites: [] }]] },
  { note: 'Trace pedal edema.', found: [['Trace pedal edema', { domain: 'fluid', severity: 'mild', sites: ['ankle'] }]] },
  { note: '3+ pitting edema to the knees.', found: [['3+ pitting edema to the knees', { domain: 'fluid', severity: 'severe', sites: ['lower-extremity'] }]] },
  { note: 'Anasarca.', found: [['Anasarca', { domain: 'fluid', severity: null, sites: [] }]] },
  {
    note: 'NFPE: Temples: moderate depletion, Clavicle: severe depletion',
    found: [
      ['Temples: moderate depletion', { domain: 'muscle', severity: 'moderate', sites: ['temporal'] }],
      ['Clavicle: severe depletion', { domain: 'muscle', severity: 'severe', sites: ['clavicle'] }],
    ],
  },
  {
    note: 'Fat loss orbital and triceps, muscle wasting temporal.',
    found: [
      ['Fat loss orbital and triceps', { domain: 'fat', severity: null, sites: ['orbital', 'triceps'] }],
      ['muscle wasting temporal', { domain: 'muscle', severity: null, sites: ['temporal'] }],
    ],
  },
  {
    note: 'Mild temporal and severe clavicular wasting.',
    found: [['Mild temporal and severe clavicular wasting', { domain: 'muscle', severity: 'mild', sites: ['temporal', 'clavicle'] }]],
  },
  { note: 'Prominent clavicles, sunken eyes.', found: [['Prominent clavicles', { domain: 'muscle', severity: null, sites: ['clavicle'] }], ['sunken eyes', { domain: 'fat', severity: null, sites: ['orbital'] }]] },
];

describe('nfpe', () => {
  it.each(POSITIVE)('$note', ({ note, found }) => {
    expect(nfpe(note).map((f) => [f.text, f.attributes])).toEqual(found);
  });

  it.each([
    'Pulmonary edema on CXR.',
    'MRI: muscle edema of the thighs c/w myositis.',
    'Cerebral atrophy on CT.',
    'Renal potassium wasting.',
    'Volume depletion, given fluids.',
    'Moderate assist for transfers.',
    'Wasting time.',
    'Left temporal headache.',
  ])('no nfpe finding in: %s', (note) => {
    expect(nfpe(note).map((f) => f.text)).toEqual([]);
  });

  it('a severity word in another sentence is not the finding\'s', () => {
    expect(nfpe('Severe sepsis. Edema of the legs.').map((f) => f.attributes.severity)).toEqual([null]);
  });

  it.each([
    ['negated', 'No muscle wasting.', ['negated']],
    ['negated site', 'No bitemporal wasting.', ['negated']],
    ['negated edema', 'Extremities: no edema.', ['negated']],
    ['historical', 'History of ascites requiring paracentesis in 2019.', ['historical']],
    ['family', 'Mother had muscle wasting.', ['family']],
    ['hypothetical', 'Call if leg edema worsens.', ['hypothetical']],
  ])('assertion: %s', (_why, note, expected) => {
    const [f] = nfpe(note);
    expect(f).toBeDefined();
    expect(flags(f!.assertion)).toEqual(expected);
  });
});
