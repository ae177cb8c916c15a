/** One mark per span, in its most severe colour, filtered by what the page shows; cards grouped by code. */
import { describe, expect, it } from 'vitest';
import type { HighlightSpec } from '../../../src/messaging/protocol.ts';
import { groupByCode, marksFor, shownSpecs } from '../../../src/dom/marks.ts';

const spec = (ruleId: string, severity: HighlightSpec['severity'], start: number, end: number, code: string | null = 'M62.81'): HighlightSpec => ({
  ruleId,
  severity,
  code,
  message: `${ruleId} message`,
  fix: null,
  start,
  end,
});

// "Patient feels weak." with M62.81 and R53.1: one error and four warnings on "feels weak" (8-18).
const FEELS_WEAK = [
  spec('functional-impact', 'warning', 8, 18),
  spec('excludes1-conflict', 'error', 8, 18, 'R53.1'),
  spec('treatment-plan', 'warning', 8, 18),
  spec('unsupported-weakness', 'warning', 8, 18),
  spec('weakness-etiology', 'warning', 8, 18),
];
const LAB = spec('abnormal-lab-without-dx', 'info', 30, 56, null);
const PLAN = spec('workup-plan', 'warning', 60, 70, 'R53.1');

describe('marksFor', () => {
  it('paints one mark per span, in its most severe colour, with every diagnostic of the span', () => {
    const marks = marksFor([...FEELS_WEAK, LAB, PLAN], 'all');
    expect(marks.map((m) => [m.start, m.end, m.severity, m.specs.length])).toEqual([
      [8, 18, 'error', 5],
      [30, 56, 'info', 1],
      [60, 70, 'warning', 1],
    ]);
    expect(marks[0]!.specs[0]!.ruleId).toBe('excludes1-conflict');
  });

  it.each([
    ['errors', [[8, 18]]],
    ['errors-and-warnings', [[8, 18], [60, 70]]],
    ['all', [[8, 18], [30, 56], [60, 70]]],
  ] as const)('with pageDisplay %s shows %j', (display, spans) => {
    const marks = marksFor([...FEELS_WEAK, LAB, PLAN], display);
    expect(marks.map((m) => [m.start, m.end])).toEqual(spans);
    // A shown span keeps everything about it, warnings included, even when only errors are shown.
    expect(shownSpecs(marks).filter((s) => s.start === 8)).toHaveLength(5);
  });

  it('paints nothing for empty spans (a diagnostic about the note as a whole)', () => {
    expect(marksFor([spec('suggested-code', 'warning', 0, 0)], 'all')).toEqual([]);
  });
});

describe('groupByCode', () => {
  it('groups by code, most severe first, and drops repeats', () => {
    const groups = groupByCode([...FEELS_WEAK, FEELS_WEAK[0]!, LAB]);
    expect(groups.map((g) => [g.code, g.specs.map((s) => s.ruleId)])).toEqual([
      ['R53.1', ['excludes1-conflict']],
      ['M62.81', ['functional-impact', 'treatment-plan', 'unsupported-weakness', 'weakness-etiology']],
      [null, ['abnormal-lab-without-dx']],
    ]);
  });
});
