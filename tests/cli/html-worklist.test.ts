// @vitest-environment happy-dom
/**
 * The HTML report's charts and worklist: the charts count what they say, and the report's own
 * script (run here as the browser would, on the report's markup) filters by code, rule, severity,
 * pack and status and sorts the notes, without ever turning note text into markup.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChosenCode } from '../../src/engine/types.ts';
import type { NoteReport } from '../../src/cli/lint-input.ts';
import { chartData } from '../../src/cli/formatters/html-charts.ts';
import { formatHtml } from '../../src/cli/formatters/html.ts';
import { WORKLIST_SCRIPT } from '../../src/cli/formatters/html-worklist-script.ts';
import { diagnostic, report } from './report-fixtures.ts';

function chosen(code: string, title: string | null = null): ChosenCode {
  return { code, source: 'note', title, known: title !== null, billable: true };
}

const HOSTILE = 'Pt <img src=x onerror=alert(1)> </script><script>alert(2)</script> feels weak';
const A = 'HPI: feels weak.\nA: Muscle weakness M62.81';
const B = 'tired, weak. R53.1 and M62.81';
const C = 'Annual visit, no complaints.';
const D = 'TSH 9.1 (H). Weakness R53.1.';

const REPORTS: NoteReport[] = [
  report('clinic/a.txt', A, [
    diagnostic(A, 'M62.81', { ruleId: 'objective-strength-required', severity: 'error', query: 'Q1' }),
    diagnostic(A, 'M62.81', { ruleId: 'treatment-plan', severity: 'warning', query: 'Q2' }),
  ], { codes: [chosen('M62.81', 'Muscle weakness (generalized)')] }),
  report('clinic/b.txt', B, [
    diagnostic(B, 'R53.1', { ruleId: 'excludes1-conflict', severity: 'error', kind: 'conflicting-codes', code: 'R53.1' }),
    diagnostic(B, 'M62.81', { ruleId: 'treatment-plan', severity: 'warning', query: 'Q3' }),
    diagnostic(B, 'R53.1', { ruleId: 'workup-plan', severity: 'warning', code: 'R53.1', query: 'Q4' }),
  ], { codes: [chosen('R53.1', 'Weakness'), chosen('M62.81', 'Muscle weakness (generalized)')] }),
  report('clinic/c.txt', C, []),
  report('clinic/d.txt', D, [
    diagnostic(D, 'TSH 9.1', { ruleId: 'abnormal-lab-without-dx', severity: 'info', kind: 'possible-dx', code: null, query: 'Q5', suggestedCodes: [{ code: 'E03.9', title: 'Hypothyroidism, unspecified', reason: 'TSH high' }] }),
  ], { codes: [chosen('R53.1', 'Weakness')] }),
  report('<b>hostile</b>.txt', HOSTILE, [diagnostic(HOSTILE, 'feels weak', { severity: 'warning', ruleId: 'unsupported-weakness' })], { codes: [chosen('M62.81')] }),
  { file: 'scan.pdf.txt', text: null, result: null, error: 'binary file (contains NUL bytes), not a text note' },
];

describe('chart data', () => {
  const data = chartData(REPORTS);
  const asObject = (bars: { label: string; value: number }[]) => Object.fromEntries(bars.map((b) => [b.label, b.value]));

  it('counts notes by status, most in need of review first', () => {
    expect(data.status.map((b) => [b.label, b.value])).toEqual([
      ['errors', 2],
      ['warnings', 1],
      ['infos only', 1],
      ['no problems', 1],
      ['unreadable', 1],
    ]);
  });

  it('counts notes with gaps by rule and by pack, each note once per rule (conflicts are not gaps)', () => {
    expect(asObject(data.gapsByRule)).toEqual({ 'treatment-plan': 2, 'objective-strength-required': 1, 'workup-plan': 1, 'abnormal-lab-without-dx': 1, 'unsupported-weakness': 1 });
    expect(data.gapsByRule[0]).toEqual({ label: 'treatment-plan', value: 2 });
    expect(data.gapsByPack).toEqual([{ label: 'weakness', value: 4 }]);
  });

  it('counts query opportunities by the condition they ask about', () => {
    expect(asObject(data.queriesByCondition)).toEqual({ 'M62.81 Muscle weakness (generalized)': 2, 'R53.1 Weakness': 1, 'E03.9 Hypothyroidism, unspecified': 1 });
  });

  it('draws each bar with its value, scaled to the largest', () => {
    document.body.innerHTML = formatHtml(REPORTS).replace(/^[\s\S]*<body>|<\/body>[\s\S]*$/g, '');
    const bars = [...document.querySelectorAll('#chart-status g.bar')];
    expect(bars.map((g) => [g.getAttribute('data-label'), Number(g.getAttribute('data-value'))])).toEqual(data.status.map((b) => [b.label, b.value]));
    const widths = bars.map((g) => Number(g.querySelector('rect')!.getAttribute('width')));
    expect(widths[0]).toBeGreaterThan(widths[1]!);
    expect(widths[1]).toBe(widths[2]);
    expect(document.querySelectorAll('.chart svg')).toHaveLength(4);
    expect(document.querySelector('#chart-gaps-rule title')?.textContent).toBe('treatment-plan: 2 notes');
  });
});

describe('worklist in the browser', () => {
  beforeEach(() => {
    // The report's body as the browser parses it, then its own script.
    document.body.innerHTML = formatHtml(REPORTS).replace(/^[\s\S]*<body>|<\/body>[\s\S]*$/g, '').replace(/<script>[\s\S]*<\/script>/, '');
    new Function(WORKLIST_SCRIPT)();
  });
  afterEach(() => {
    document.body.innerHTML = '';
  });

  const form = () => document.getElementById('worklist-filters') as HTMLFormElement;
  const visible = () => [...document.querySelectorAll<HTMLTableRowElement>('#worklist tbody tr')].filter((row) => !row.hidden).map((row) => row.dataset.title);
  function filter(name: string, value: string) {
    (form().elements.namedItem(name) as HTMLSelectElement).value = value;
    form().dispatchEvent(new Event('change', { bubbles: true }));
  }

  it('lists every note, the clean and unreadable ones included, and shows the filters', () => {
    expect(form().hidden).toBe(false);
    expect(visible()).toEqual(['clinic/a.txt', 'clinic/b.txt', 'clinic/c.txt', 'clinic/d.txt', '<b>hostile</b>.txt', 'scan.pdf.txt']);
    expect(document.getElementById('worklist-shown')?.textContent).toBe('6 of 6 notes shown');
  });

  it.each([
    { name: 'code', value: 'R53.1', titles: ['clinic/b.txt', 'clinic/d.txt'] },
    { name: 'rule', value: 'treatment-plan', titles: ['clinic/a.txt', 'clinic/b.txt'] },
    { name: 'severity', value: 'error', titles: ['clinic/a.txt', 'clinic/b.txt'] },
    { name: 'severity', value: 'info', titles: ['clinic/d.txt'] },
    { name: 'pack', value: 'weakness', titles: ['clinic/a.txt', 'clinic/b.txt', 'clinic/d.txt', '<b>hostile</b>.txt'] },
    { name: 'status', value: 'ok', titles: ['clinic/c.txt'] },
    { name: 'status', value: 'unreadable', titles: ['scan.pdf.txt'] },
  ])('filters by $name $value', ({ name, value, titles }) => {
    const select = form().elements.namedItem(name) as HTMLSelectElement;
    expect([...select.options].map((o) => o.value)).toContain(value);
    filter(name, value);
    expect(visible()).toEqual(titles);
    expect(document.getElementById('worklist-shown')?.textContent).toBe(`${titles.length} of 6 notes shown`);
  });

  it('combines filters, hides the notes filtered out, and clears', async () => {
    filter('code', 'M62.81');
    filter('severity', 'warning');
    expect(visible()).toEqual(['clinic/a.txt', 'clinic/b.txt', '<b>hostile</b>.txt']);
    expect(document.getElementById('note-3')?.hidden).toBe(true);
    expect(document.getElementById('note-1')?.hidden).toBe(false);
    form().reset();
    form().dispatchEvent(new Event('reset'));
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(visible()).toHaveLength(6);
    expect(document.getElementById('note-3')?.hidden).toBe(false);
  });

  it.each([
    { key: 'problems', clicks: 1, first: ['clinic/c.txt', 'scan.pdf.txt', 'clinic/d.txt'], sort: 'ascending' },
    { key: 'problems', clicks: 2, first: ['clinic/b.txt', 'clinic/a.txt'], sort: 'descending' },
    { key: 'status', clicks: 1, first: ['clinic/a.txt', 'clinic/b.txt', '<b>hostile</b>.txt', 'clinic/d.txt', 'clinic/c.txt', 'scan.pdf.txt'], sort: 'ascending' },
    { key: 'title', clicks: 1, first: ['<b>hostile</b>.txt', 'clinic/a.txt'], sort: 'ascending' },
    // Ties (one error each) keep the report's order whichever way the column sorts.
    { key: 'errors', clicks: 2, first: ['clinic/a.txt', 'clinic/b.txt'], sort: 'descending' },
    { key: 'errors', clicks: 1, first: ['clinic/c.txt', 'clinic/d.txt', '<b>hostile</b>.txt', 'scan.pdf.txt', 'clinic/a.txt', 'clinic/b.txt'], sort: 'ascending' },
  ])('sorts by $key ($sort)', ({ key, clicks, first, sort }) => {
    const button = document.querySelector<HTMLButtonElement>(`#worklist th button[data-sort="${key}"]`)!;
    for (let i = 0; i < clicks; i++) button.click();
    expect(visible().slice(0, first.length)).toEqual(first);
    expect(button.parentElement?.getAttribute('aria-sort')).toBe(sort);
    expect(document.querySelectorAll('#worklist th[aria-sort]')).toHaveLength(1);
  });

  it('keeps hostile note text and file names as text', () => {
    expect(document.querySelectorAll('body img, body b, main script')).toHaveLength(0);
    expect(document.querySelector('#worklist a[href="#note-5"]')?.textContent).toBe('<b>hostile</b>.txt');
    expect(document.querySelector('#note-5 .note-text')?.textContent).toContain('<img src=x onerror=alert(1)>');
    filter('status', 'warning');
    expect(visible()).toEqual(['<b>hostile</b>.txt']);
    expect(document.querySelectorAll('body img, body b')).toHaveLength(0);
  });
});
