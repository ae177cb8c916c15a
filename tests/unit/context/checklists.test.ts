/**
 * Review-of-systems and checklist notation: each item is negated or affirmed on its own, in long
 * templated blocks where positives and negatives alternate. Targets are marked «like this», since
 * checkboxes use square brackets.
 */
import { describe, expect, it } from 'vitest';
import { assertSpan } from '../../../src/engine/assertion/assert.ts';
import type { AssertionCategory } from '../../../src/engine/types.ts';
import { expected } from './marked.ts';

function assertGuillemets(marked: string) {
  const open = marked.indexOf('«');
  const close = marked.indexOf('»', open);
  if (open < 0 || close < 0) throw new Error(`no «target» in ${JSON.stringify(marked)}`);
  const text = marked.slice(0, open) + marked.slice(open + 1, close) + marked.slice(close + 1);
  return assertSpan(text, open, close - 1);
}

const NEG: AssertionCategory[] = ['negated'];
const rows: [name: string, marked: string, flags: AssertionCategory[]][] = [
  ['dash items after a system colon, first', 'ROS:\nMSK: - «myalgia» - weakness\n', NEG],
  ['dash items after a system colon, second', 'ROS:\nMSK: - myalgia - «weakness»\n', NEG],
  ['a dash bullet outside a ROS is not a denial', 'HPI:\n- «weakness» of both legs x 2 wks\n', []],
  ['a dash bullet in a ROS is not a denial', 'ROS:\n- «fatigue»\n- weakness\n', []],
  ['a heading dash is not a denial', 'Neuro - «weakness» of the left arm.', []],
  ['a hyphenated word is not a denial', 'Non-tender, «weakness» of grip.', []],
  ['glued minus items', 'General: +fatigue, -«fever», -chills', NEG],
  ['glued plus item', 'General: +«fatigue», -fever, -chills', []],
  ['glued minus in a ROS line', 'ROS:\n-«fever»\n+fatigue\n', NEG],
  ['plus line after a minus line', 'ROS:\n-fever\n+«fatigue»\n', []],
  ['answer neg', '«Weakness»: neg', NEG],
  ['answer No', '«Weakness»: No', NEG],
  ['answer yes', 'Fever: no, «fatigue»: yes, weight loss: no', []],
  ['answer neg on its own line', 'Review of Systems:\n  fever: neg\n  «weakness»: neg\n  joint pain: neg\n', NEG],
  ['answer yes on its own line', 'Review of Systems:\n  fever: neg\n  «weakness»: yes\n  joint pain: neg\n', []],
  ['(-) before the item', '(-) «weakness»', NEG],
  ['(+) then (-)', 'Constitutional: (+) «fatigue» (-) weight loss', []],
  ['(-) after (+)', 'Constitutional: (+) fatigue (-) «weight loss»', NEG],
  ['(-) (+) (-): the positive', 'Constitutional: (-) fever (+) «fatigue» (-) weight loss', []],
  ['(-) (+): the negative', 'Constitutional: (-) «fever» (+) fatigue', NEG],
  ['unchecked box after the item', '«weakness» [ ]', NEG],
  ['checked box after the item', '«weakness» [x]', []],
  ['checked item among unchecked', 'Fever [ ] Chills [ ] «Weakness» [x] Fatigue [x]', []],
  ['unchecked item after a checked one', 'Fever [ ] Chills [ ] Weakness [x] «Fatigue» [ ]', NEG],
  ['first unchecked item', '«Fever» [ ] Chills [ ] Weakness [x]', NEG],
  // Boxes before their items: the line's first box opens it (alone, after a bullet or a label's colon).
  ['a box that opens its line denies the item after it', 'Assessment:\n[x] Muscle weakness\n[ ] «Sarcopenia»\n', NEG],
  ['a checked box that opens its line', '[ ] Sarcopenia\n[x] «Deconditioning»\n', []],
  ['leading boxes: the checked item before an unchecked box', 'Reason for stay: [x] «PT/OT»  [ ] IV abx  [ ] wound care', []],
  ['leading boxes: the unchecked item after a checked one', 'Reason for stay: [x] PT/OT  [ ] «IV abx»  [ ] wound care', NEG],
  ['leading boxes after a system label: checked first', 'Constitutional: [x] «fatigue» [ ] fever [ ] chills', []],
  ['leading boxes after a system label: unchecked before a checked one', 'Constitutional: [ ] fever [ ] «chills» [x] weakness', NEG],
  ['leading boxes after a system label: the checked last item', 'Constitutional: [ ] fever [ ] chills [x] «weakness»', []],
  ['a bulleted leading box', '- [ ] «focal weakness»\n- [x] fatigue', NEG],
  // Boxes after their labels stay boxes after their items.
  ['label then its unchecked box', '«Fever»: [ ]  Chills: [x]', NEG],
  ['label then its checked box', 'Fever: [ ]  «Chills»: [x]', []],
  ['empty ballot box before the item', '☐ «weakness» ☑ fatigue', NEG],
  ['ticked ballot box before the item', '☐ weakness ☑ «fatigue»', []],
  ['neg for list', 'Neg for: fever, chills, «weakness»', NEG],
  ['all negative except', 'ROS: all negative except «fatigue»', []],
  ['all negative except, second positive', 'ROS: all negative except fatigue, «weakness»', []],
  ['denies slash list, middle', 'denies: fatigue/«weakness»/falls', NEG],
  ['denies slash list, first', 'denies: «fatigue»/weakness/falls', NEG],
  ['pertinent negatives', 'Pertinent negatives: fever, chills, «weakness».', NEG],
  ['pertinent positives', 'Pertinent positives: «fatigue». Pertinent negatives: fever.', []],
  ['negative for then positive for', 'Constitutional: Negative for fever, chills. Positive for «fatigue».', []],
  ['positive for then negative for', 'Constitutional: Positive for fatigue. Negative for «fever», chills.', NEG],
];

describe('checklist and ROS notation', () => {
  it.each(rows)('%s', (_name, marked, flags) => {
    expect(assertGuillemets(marked)).toEqual(expected(flags));
  });
});

describe('a long templated ROS block', () => {
  const block = [
    'REVIEW OF SYSTEMS:',
    'Constitutional: Negative for fever, chills, weight loss. Positive for «fatigue».',
    'Eyes: Negative for blurred vision.',
    'Musculoskeletal: Positive for myalgias. Negative for joint swelling, back pain.',
    'Neurological: Negative for dizziness, numbness. Positive for weakness.',
    'Constitutional: (+) malaise (-) fevers',
    'MSK: - arthralgia - stiffness',
    'NEURO: tremor [ ] falls [x] numbness [ ]',
    'Psych: depression: no; anxiety: yes',
  ].join('\n');
  const cases: [item: string, negated: boolean][] = [
    ['fever', true], ['chills', true], ['weight loss', true], ['fatigue', false], ['blurred vision', true],
    ['myalgias', false], ['joint swelling', true], ['back pain', true], ['dizziness', true], ['numbness.', true],
    ['weakness', false], ['malaise', false], ['fevers', true], ['arthralgia', true], ['stiffness', true],
    ['tremor', true], ['falls', false], ['numbness [', true], ['depression', true], ['anxiety', false],
  ];
  it.each(cases)('%s negated: %s', (item, negated) => {
    const text = block.replace(/[«»]/g, '');
    const start = text.indexOf(item === 'fatigue' ? 'fatigue.' : item);
    const word = item.replace(/[.[ ]+$/, '');
    expect(assertSpan(text, start, start + word.length).negated).toBe(negated);
  });
});
