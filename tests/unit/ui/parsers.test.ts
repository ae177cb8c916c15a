import { describe, expect, it } from 'vitest';
import { parseCodeInput } from '../../../src/ui/code-shape.ts';
import { parseOriginInput } from '../../../src/ui/origin.ts';
import { parseRangeInput } from '../../../src/ui/options/LabRangesSection.tsx';
import { countLabel, groupBySeverity } from '../../../src/ui/severity.ts';
import { diagnostic } from './fixtures.ts';

describe('parseCodeInput', () => {
  it.each([
    ['R53.1', 'R53.1'],
    ['r531', 'R53.1'],
    ['  m62.81 ', 'M62.81'],
    ['M6281', 'M62.81'],
    ['R54', 'R54'],
    ['G35.A', 'G35.A'],
    ['U09.9', 'U09.9'],
    ['S72.001A', 'S72.001A'],
    ['G72 .41', 'G72.41'],
  ])('accepts %j as %s', (input, code) => {
    expect(parseCodeInput(input)).toEqual({ ok: true, code });
  });

  it.each(['', '   ', '1234', 'R5', 'RR3.1', 'R53.12345', 'R53..1', 'weakness', 'R53-1', '<img>', 'M62.81;'])(
    'rejects %j with a message',
    (input) => {
      const parsed = parseCodeInput(input);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.error.length).toBeGreaterThan(10);
    },
  );
});

describe('parseOriginInput', () => {
  it.each([
    ['https://ehr.example.org', 'https://ehr.example.org'],
    ['ehr.example.org', 'https://ehr.example.org'],
    ['https://ehr.example.org/chart/12?x=1', 'https://ehr.example.org'],
    ['http://127.0.0.1:8080/', 'http://127.0.0.1:8080'],
    ['HTTPS://EHR.Example.org:443', 'https://ehr.example.org'],
  ])('accepts %j as %s', (input, origin) => {
    expect(parseOriginInput(input)).toEqual({ ok: true, origin });
  });

  it.each(['', 'file:///etc/passwd', 'chrome://extensions', 'javascript:alert(1)', 'https://', 'ftp://x.org', 'http://exa mple.org'])(
    'rejects %j',
    (input) => {
      expect(parseOriginInput(input).ok).toBe(false);
    },
  );
});

describe('parseRangeInput', () => {
  it.each([
    [['potassium', '3.5', '5.1'], { analyte: 'potassium', range: { low: 3.5, high: 5.1 } }],
    [[' CK ', '', '1,000'], { analyte: 'ck', range: { high: 1000 } }],
    [['vitamin-d', '30', ''], { analyte: 'vitamin-d', range: { low: 30 } }],
  ] as const)('accepts %j', ([analyte, low, high], expected) => {
    expect(parseRangeInput(analyte, low, high)).toEqual({ ok: true, ...expected });
  });

  it.each([
    ['', '1', '2'],
    ['potassium', '', ''],
    ['potassium', 'low', '5'],
    ['potassium', '5', '3.5'],
    ['potassium', '4', '4'],
    ['vitamin d', '1', '2'],
    ['potassium', 'Infinity', ''],
  ])('rejects %j', (analyte, low, high) => {
    expect(parseRangeInput(analyte, low, high).ok).toBe(false);
  });
});

describe('groupBySeverity', () => {
  it('orders groups error, warning, info, drops empty ones, and keeps note order within a group', () => {
    const groups = groupBySeverity([
      diagnostic({ ruleId: 'b', severity: 'info', message: 'i', start: 5 }),
      diagnostic({ ruleId: 'c', severity: 'error', message: 'e2', start: 9 }),
      diagnostic({ ruleId: 'd', severity: 'error', message: 'e1', start: 2 }),
    ]);
    expect(groups.map((g) => [g.severity, g.diagnostics.map((d) => d.message)])).toEqual([
      ['error', ['e1', 'e2']],
      ['info', ['i']],
    ]);
    expect(groupBySeverity([])).toEqual([]);
  });

  it.each([
    ['error', 1, '1 error'],
    ['error', 2, '2 errors'],
    ['warning', 0, '0 warnings'],
    ['info', 3, '3 infos'],
  ] as const)('countLabel(%s, %d) = %s', (severity, count, label) => {
    expect(countLabel(severity, count)).toBe(label);
  });
});
