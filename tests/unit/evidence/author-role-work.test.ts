/**
 * Who wrote the text at an offset is asked for every finding a rule looks at (suggested-code asks it
 * of each weakness and fatigue mention): the answer must not walk every finding each time. Work is
 * counted (reads of the findings array), not timed, at n and 2n findings.
 */
import { describe, expect, it } from 'vitest';
import { authorRoleAt } from '../../../src/engine/evidence/authors.ts';
import { lint } from '../../../src/engine/index.ts';
import type { Finding } from '../../../src/engine/types.ts';

/** The findings of a note of n fatigue mentions, behind a proxy that counts element reads. */
function countedFindings(n: number): { findings: readonly Finding[]; reads: () => number } {
  const text = `RD NUTRITION ASSESSMENT\n${'tired, '.repeat(n)}\nHospitalist progress note\n${'fatigue, '.repeat(n)}`;
  const { findings, sections } = lint(text, {});
  let reads = 0;
  // A copy: lint() has already answered for its own array (the answer is kept with the array).
  const counted = new Proxy([...findings], {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
      return Reflect.get(target, key, receiver);
    },
  });
  const result = { findings: counted, sections };
  for (const f of findings) authorRoleAt(result, f.start);
  return { findings, reads: () => reads };
}

describe('authorRoleAt', () => {
  it('reads the findings once per result, not once per question', () => {
    const small = countedFindings(400);
    const large = countedFindings(800);
    expect(large.findings.length).toBeGreaterThan(small.findings.length * 1.8);
    expect(small.reads()).toBeGreaterThan(0);
    expect(large.reads()).toBeLessThan(small.reads() * 2.4);
  });

  it('still answers by position: the dietitian above, the provider below', () => {
    const text = 'RD NUTRITION ASSESSMENT\nPt tired.\nHospitalist progress note\nFatigue.';
    const result = lint(text, {});
    expect(authorRoleAt(result, text.indexOf('tired'))).toBe('dietitian');
    expect(authorRoleAt(result, text.indexOf('Fatigue'))).toBe('provider');
  });
});
