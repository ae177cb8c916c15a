import { describe, expect, it } from 'vitest';
import type { ElectrodiagnosticAttributes } from '../../../../src/engine/types.ts';
import { findingsOf, findingWith, isAffirmed, type AssertionCase } from './helpers.ts';

describe('electrodiagnostic: test and result in one finding', () => {
  const cases: { text: string; span: string; attrs: ElectrodiagnosticAttributes }[] = [
    { text: 'EMG: Myopathic motor units.', span: 'EMG: Myopathic motor units', attrs: { test: 'emg', result: 'Myopathic motor units', abnormal: true } },
    { text: 'Labs: NCS normal.', span: 'NCS normal', attrs: { test: 'ncs', result: 'normal', abnormal: false } },
    {
      text: 'Assessment: EMG confirmed critical illness myopathy.',
      span: 'EMG confirmed critical illness myopathy',
      attrs: { test: 'emg', result: 'critical illness myopathy', abnormal: true },
    },
    {
      text: 'EMG/NCS showed length-dependent sensorimotor polyneuropathy.',
      span: 'EMG/NCS showed length-dependent sensorimotor polyneuropathy',
      attrs: { test: 'emg', result: 'length-dependent sensorimotor polyneuropathy', abnormal: true },
    },
    { text: 'HPI: Myopathic changes on EMG last month.', span: 'Myopathic changes on EMG', attrs: { test: 'emg', result: 'Myopathic changes', abnormal: true } },
    {
      text: 'Results: Nerve conduction studies were within normal limits.',
      span: 'Nerve conduction studies were within normal limits',
      attrs: { test: 'ncs', result: 'within normal limits', abnormal: false },
    },
  ];
  it.each(cases)('$text', ({ text, span, attrs }) => {
    const f = findingWith(text, 'electrodiagnostic', span.split(' ')[0]!);
    expect(f.text).toBe(span);
    expect(f.attributes).toEqual(attrs);
  });

  it('two tests in one sentence each keep their own result', () => {
    const found = findingsOf('EMG: fibrillation potentials; NCS: normal.', 'electrodiagnostic');
    expect(found.map((f) => [f.attributes.test, f.attributes.abnormal])).toEqual([
      ['emg', true],
      ['ncs', false],
    ]);
  });

  it('a resulted test is also a resulted workup item', () => {
    expect(findingWith('EMG: Myopathic motor units.', 'workup', 'EMG').attributes.status).toBe('resulted');
  });
});

describe('electrodiagnostic: no result yet', () => {
  it.each(['Plan: EMG/NCS ordered.', 'Plan: EMG to evaluate for myopathy.', 'HPI: NCS pending.', 'Plan: Will obtain EMG to rule out neuropathy.'])(
    '%s',
    (text) => {
      expect(findingsOf(text, 'electrodiagnostic')).toEqual([]);
    },
  );
});

describe('electrodiagnostic: assertion', () => {
  const cases: AssertionCase[] = [
    { text: 'Results: EMG showed myopathic units.', phrase: 'EMG', expect: 'affirmed' },
    { text: 'PMH: EMG in 2012 showed carpal tunnel syndrome.', phrase: 'EMG', expect: 'historical' },
  ];
  it.each(cases)('$text -> $expect', ({ text, phrase, expect: want }) => {
    const f = findingWith(text, 'electrodiagnostic', phrase);
    if (want === 'affirmed') expect(isAffirmed(f)).toBe(true);
    else if (want !== 'none') expect(f.assertion[want]).toBe(true);
  });
});
