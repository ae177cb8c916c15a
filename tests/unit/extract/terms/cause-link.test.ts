import { describe, expect, it } from 'vitest';
import { lint } from '../../../../src/engine/index.ts';
import type { Finding } from '../../../../src/engine/types.ts';

/** The texts of the symptom and the diagnosis each cause link of the note joins. */
function links(text: string): [string, string | null, string | null][] {
  const { findings } = lint(text);
  const byId = (id: number | null) => (id === null ? null : (findings[id] as Finding).text);
  return findings.flatMap((f) => (f.type === 'cause-link' ? [[f.text, byId(f.attributes.symptomId), byId(f.attributes.diagnosisId)]] : []));
}

describe('cause-link: joins the symptom and the diagnosis', () => {
  it.each([
    ['Assessment: Weakness due to hypokalemia.', 'due to', 'Weakness', 'hypokalemia'],
    ['Assessment: Generalized weakness secondary to hypothyroidism.', 'secondary to', 'Generalized weakness', 'hypothyroidism'],
    ['Assessment: Fatigue likely from anemia.', 'likely from', 'Fatigue', 'anemia'],
    ['Assessment: Weakness attributed to deconditioning.', 'attributed to', 'Weakness', 'deconditioning'],
    ['Assessment: Muscle weakness caused by statin myopathy.', 'caused by', 'Muscle weakness', 'statin myopathy'],
    ['Assessment: Weakness in the setting of pneumonia.', 'in the setting of', 'Weakness', 'pneumonia'],
    ['Assessment: Weakness from hypothyroidism.', 'from', 'Weakness', 'hypothyroidism'],
    ['Assessment: Fatigue related to depression.', 'related to', 'Fatigue', 'depression'],
    ['Assessment: Hypokalemia causing weakness.', 'causing', 'weakness', 'Hypokalemia'],
    ['Assessment: M62.81 secondary to inflammatory myopathy (G72.4).', 'secondary to', 'M62.81', 'inflammatory myopathy'],
    ['Assessment: Secondary to inflammatory myopathy.', 'Secondary to', null, 'inflammatory myopathy'],
    ['Assessment: Fatigue and weakness due to anemia.', 'due to', 'weakness', 'anemia'],
  ])('%s', (text, link, symptom, diagnosis) => {
    expect(links(text)).toEqual([[link, symptom, diagnosis]]);
  });

  it('links stay inside their sentence', () => {
    expect(links('Weakness. Due to anemia, she rests.')).toEqual([['Due to', null, 'anemia']]);
  });
});

describe('cause-link: common words need both sides', () => {
  it.each([
    'HPI: Transferred from home.',
    'HPI: Weakness from the start of the week.',
    'HPI: Pain 2/2 today.',
    'HPI: She came from the nursing home with anemia.',
  ])('%s', (text) => {
    expect(links(text)).toEqual([]);
  });
});
