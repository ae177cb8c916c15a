/**
 * BMI computed from a weight and a height of one date, only when the note states no BMI (packs
 * README, Values: "computed only from weight and height of one date; else only a stated BMI").
 * "One date" is one written time ("3/4", "on admission"), or none for both. Two different weights
 * (or heights) of that one date leave it unclear which pair belongs together: nothing is computed.
 *
 * The value is rounded to one decimal, the precision BMI is reported in and the ICD-10-CM Z68
 * categories are written in (Z68.20 "20.0-20.9"). The finding spans both measurements when they
 * are in one sentence, else the later one, which completes the pair.
 */
import type { Candidate } from '../../document.ts';
import type { VitalAttributes } from '../../types.ts';

function single(values: readonly Candidate<'vital'>[]): Candidate<'vital'> | null {
  const distinct = new Set(values.map((v) => v.attributes.value));
  return values.length > 0 && distinct.size === 1 ? values[values.length - 1]! : null;
}

export function computedBmis(vitals: readonly Candidate<'vital'>[]): Candidate<'vital'>[] {
  if (vitals.some((v) => v.attributes.measure === 'bmi')) return [];
  const byTime = new Map<string, { weights: Candidate<'vital'>[]; heights: Candidate<'vital'>[] }>();
  for (const v of vitals) {
    const { measure, time, comparator } = v.attributes;
    if ((measure !== 'weight' && measure !== 'height') || comparator) continue;
    const key = (time ?? '').toLowerCase();
    let group = byTime.get(key);
    if (!group) byTime.set(key, (group = { weights: [], heights: [] }));
    (measure === 'weight' ? group.weights : group.heights).push(v);
  }
  const out: Candidate<'vital'>[] = [];
  for (const group of byTime.values()) {
    const weight = single(group.weights);
    const height = single(group.heights);
    if (!weight || !height) continue;
    const metres = height.attributes.value / 100;
    const value = Math.round((weight.attributes.value / (metres * metres)) * 10) / 10;
    const attrs: VitalAttributes = { measure: 'bmi', value, unit: 'kg/m2', computed: true };
    if (weight.attributes.time) attrs.time = weight.attributes.time;
    const [a, b] = weight.start < height.start ? [weight, height] : [height, weight];
    const together = a.sentence === b.sentence;
    const first = together ? a : b;
    out.push({
      type: 'vital',
      start: first.start,
      end: b.end,
      firstToken: first.firstToken,
      endToken: b.endToken,
      sentence: b.sentence,
      attributes: attrs,
    });
  }
  return out;
}
