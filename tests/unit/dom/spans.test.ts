/** Keeping textarea marks on their text between an edit and the next lint result. */
import { describe, expect, it } from 'vitest';
import type { HighlightSpec } from '../../../src/messaging/protocol.ts';
import { countSeverities, countsAttribute, diffTexts, shiftSpans } from '../../../src/dom/spans.ts';
import { segmentSpans } from '../../../src/dom/textarea-mirror.ts';

const spec = (start: number, end: number, severity: HighlightSpec['severity'] = 'error'): HighlightSpec => ({
  ruleId: 'r',
  severity,
  code: null,
  message: 'm',
  fix: null,
  start,
  end,
});

describe('diffTexts', () => {
  it.each([
    ['same', 'abc', 'abc', null],
    ['insert in the middle', 'abcd', 'abXcd', { start: 2, oldEnd: 2, newEnd: 3 }],
    ['delete at the end', 'abcd', 'abc', { start: 3, oldEnd: 4, newEnd: 3 }],
    ['replace', 'weak pt', 'weary pt', { start: 3, oldEnd: 4, newEnd: 5 }],
  ])('%s', (_name, before, after, edit) => {
    expect(diffTexts(before, after)).toEqual(edit);
  });
});

describe('shiftSpans', () => {
  const before = 'Patient feels weak. Dx M62.81';
  const weak = spec(14, 18);
  const code = spec(23, 29);

  it.each([
    ['typing after everything keeps every span', before + ' more', [weak, code]],
    ['typing before a span moves it', 'The ' + before, [spec(18, 22), spec(27, 33)]],
    ['typing inside a span drops only that span', before.replace('weak', 'wexak'), [spec(24, 30)]],
    ['deleting a span drops it', before.replace(' Dx M62.81', ''), [weak]],
    ['no change keeps everything', before, [weak, code]],
  ])('%s', (_name, after, expected) => {
    expect(shiftSpans([weak, code], before, after)).toEqual(expected);
  });

  it('shifted spans still cover the same words', () => {
    const after = 'Note: ' + before;
    for (const span of shiftSpans([weak, code], before, after)) {
      expect(['weak', 'M62.81']).toContain(after.slice(span.start, span.end));
    }
  });
});

describe('counts', () => {
  it('counts by severity as "errors,warnings,infos"', () => {
    expect(countsAttribute(countSeverities([spec(0, 1), spec(1, 2, 'info'), spec(2, 3)]))).toBe('2,0,1');
    expect(countsAttribute(countSeverities([]))).toBe('0,0,0');
  });
});

describe('segmentSpans (textarea mirror runs)', () => {
  it('splits overlapping spans into runs, most severe first', () => {
    const runs = segmentSpans(10, [spec(2, 6, 'warning'), spec(4, 8, 'error')]);
    expect(runs.map((r) => [r.start, r.end, r.specs.map((s) => s.severity)])).toEqual([
      [0, 2, []],
      [2, 4, ['warning']],
      [4, 6, ['error', 'warning']],
      [6, 8, ['error']],
      [8, 10, []],
    ]);
  });

  it('ignores empty spans and spans past the text', () => {
    expect(segmentSpans(5, [spec(2, 2), spec(3, 9)]).every((r) => r.specs.length === 0)).toBe(true);
  });
});
