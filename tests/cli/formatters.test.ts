import { describe, expect, it } from 'vitest';
import { csvCell, formatCsv } from '../../src/cli/formatters/csv.ts';
import { createHash } from 'node:crypto';
import { escapeHtml, formatHtml } from '../../src/cli/formatters/html.ts';
import { WORKLIST_SCRIPT } from '../../src/cli/formatters/html-worklist-script.ts';
import { formatJson } from '../../src/cli/formatters/json.ts';
import { formatStylish } from '../../src/cli/formatters/stylish.ts';
import { LineIndex } from '../../src/cli/positions.ts';
import { diagnostic, report } from './report-fixtures.ts';

describe('LineIndex', () => {
  const cases: { name: string; text: string; offset: number; line: number; column: number }[] = [
    { name: 'start', text: 'abc', offset: 0, line: 1, column: 1 },
    { name: 'LF', text: 'ab\ncd', offset: 3, line: 2, column: 1 },
    { name: 'CRLF counts once', text: 'ab\r\ncd\r\nef', offset: 8, line: 3, column: 1 },
    { name: 'lone CR', text: 'ab\rcd', offset: 4, line: 2, column: 2 },
    { name: 'blank lines', text: 'a\n\n\nb', offset: 4, line: 4, column: 1 },
    { name: 'UTF-16 columns after an emoji', text: '💪 weak', offset: 3, line: 1, column: 4 },
    { name: 'line separator', text: 'a\u2028b', offset: 2, line: 2, column: 1 },
    { name: 'end of text', text: 'ab\n', offset: 3, line: 2, column: 1 },
  ];
  it.each(cases)('$name', ({ text, offset, line, column }) => {
    expect(new LineIndex(text).position(offset)).toEqual({ line, column });
  });
});

const TEXT = 'Progress note\r\nPatient feels weak.\r\nAssessment: Muscle weakness (M62.81).\r\n';
const reports = [
  report('notes/a.txt', TEXT, [
    diagnostic(TEXT, 'feels weak', { ruleId: 'unsupported-weakness', severity: 'warning', message: 'Only a subjective complaint supports the weakness code.' }),
    diagnostic(TEXT, 'M62.81', { evidence: [{ start: TEXT.indexOf('feels weak'), end: TEXT.indexOf('feels weak') + 10, findingId: 0, type: 'weakness', text: 'feels weak' }] }),
  ]),
  report('notes/b.txt', 'Clean note.', []),
  { file: 'notes/c.txt', text: null, result: null, error: 'binary file (contains NUL bytes), not a text note' },
];

describe('stylish', () => {
  const out = formatStylish(reports, false);

  it('prints one aligned row per diagnostic under the file, with CRLF-aware positions', () => {
    expect(out).toBe(
      [
        '',
        'notes/a.txt',
        '  2:9   warning  Only a subjective complaint supports the weakness code.  unsupported-weakness',
        '  3:30  error    M62.81 needs a measured reduction of strength.           objective-strength-required',
        '',
        '✖ 2 problems (1 error, 1 warning, 0 infos) in 2 notes',
        '✖ 1 input could not be read (reasons on standard error)',
        '',
      ].join('\n'),
    );
  });

  it('prints a success line when there is nothing to report', () => {
    expect(formatStylish([report('b.txt', 'Clean.', [])], false)).toBe('✔ No problems in 1 note\n');
  });

  it('does not call a run with unreadable inputs a success', () => {
    expect(formatStylish([reports[2]!], false)).toBe('No problems in 0 notes\n✖ 1 input could not be read (reasons on standard error)\n');
  });

  it('colours only when asked', () => {
    expect(out).not.toContain('\u001b[');
    expect(formatStylish(reports, true)).toContain('\u001b[31merror');
  });
});

describe('json', () => {
  it('follows the contract, with error entries and without engine-internal fields', () => {
    const json = JSON.parse(formatJson(reports));
    expect(Object.keys(json)).toEqual(['version', 'results']);
    expect(json.results[0].diagnostics[1]).toEqual({
      ruleId: 'objective-strength-required', severity: 'error', kind: 'lacking-evidence', code: 'M62.81',
      message: 'M62.81 needs a measured reduction of strength.', start: TEXT.indexOf('M62.81'), end: TEXT.indexOf('M62.81') + 6,
      evidence: [{ start: TEXT.indexOf('feels weak'), end: TEXT.indexOf('feels weak') + 10, findingId: 0, type: 'weakness', text: 'feels weak' }], suggestedCodes: [], documentationHint: null, query: null, sources: ['seed 000'],
    });
    expect(Object.keys(json.results[0])).toEqual(['file', 'codes', 'findings', 'diagnostics']);
    expect(json.results[2]).toEqual({ file: 'notes/c.txt', error: 'binary file (contains NUL bytes), not a text note', codes: [], findings: [], diagnostics: [] });
  });
});

describe('csv', () => {
  const cells: { value: string | number | null; cell: string }[] = [
    { value: 'plain', cell: 'plain' },
    { value: null, cell: '' },
    { value: 12, cell: '12' },
    { value: 'a, b', cell: '"a, b"' },
    { value: 'say "weak"', cell: '"say ""weak"""' },
    { value: 'two\nlines', cell: '"two\nlines"' },
    { value: '=HYPERLINK("x")', cell: `"'=HYPERLINK(""x"")"` },
    { value: '+1', cell: "'+1" },
    { value: '-2', cell: "'-2" },
    { value: '@SUM(A1)', cell: "'@SUM(A1)" },
    { value: '\tcmd', cell: "'\tcmd" },
  ];
  it.each(cells)('quotes $value safely', ({ value, cell }) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('lists every note: one CRLF row per diagnostic, one row for a clean note and one for an unreadable input', () => {
    const rows = formatCsv(reports).split('\r\n');
    expect(rows[0]).toBe('file,document_id,patient_id,encounter_id,note_status,note_codes,line,column,code,rule,severity,kind,message,evidence');
    expect(rows.slice(1)).toEqual([
      'notes/a.txt,,,,error,,2,9,M62.81,unsupported-weakness,warning,lacking-evidence,Only a subjective complaint supports the weakness code.,',
      'notes/a.txt,,,,error,,3,30,M62.81,objective-strength-required,error,lacking-evidence,M62.81 needs a measured reduction of strength.,feels weak',
      'notes/b.txt,,,,ok,,,,,,,,No problems found.,',
      'notes/c.txt,,,,unreadable,,,,,,,,"Could not be read: binary file (contains NUL bytes), not a text note",',
      '',
    ]);
  });

  it.each([
    { name: 'errors', severities: ['info', 'error', 'warning'] as const, status: 'error' },
    { name: 'warnings and infos', severities: ['info', 'warning'] as const, status: 'warning' },
    { name: 'infos only', severities: ['info'] as const, status: 'info' },
    { name: 'nothing', severities: [] as const, status: 'ok' },
  ])('gives a note with $name the status $status on every row', ({ severities, status }) => {
    const text = 'Pt weak. Weak again. Weak.';
    const diagnostics = severities.map((severity, i) => diagnostic(text, ['Pt weak', 'Weak again', 'Weak.'][i]!, { severity }));
    const rows = formatCsv([report('n.txt', text, diagnostics, { codes: [{ code: 'R53.1', source: 'note', title: 'Weakness', known: true, billable: true }, { code: 'E87.6', source: 'option', title: null, known: true, billable: true }] })])
      .split('\r\n')
      .slice(1, -1);
    expect(rows).toHaveLength(Math.max(1, severities.length));
    for (const row of rows) expect(row.startsWith(`n.txt,,,,${status},R53.1 E87.6,`)).toBe(true);
  });

  it('fills FHIR ids', () => {
    const fhir = { ...report('bundle.json', 'Weak.', [diagnostic('Weak.', 'Weak')]), fhir: { documentReference: 'd1', patient: 'p1', encounter: 'e1' } };
    expect(formatCsv([fhir]).split('\r\n')[1]).toMatch(/^bundle\.json,d1,p1,e1,error,,1,1,/);
  });

  it('keeps hostile text in cells inert', () => {
    const text = '=cmd|"/c calc"!A1 feels weak';
    const row = formatCsv([report('=evil.txt', text, [diagnostic(text, 'feels weak', { message: '@SUM(1)', evidence: [{ start: 0, end: 3, findingId: 0, type: 'weakness', text: '=cmd' }] })])]).split('\r\n')[1]!;
    expect(row.startsWith("'=evil.txt,")).toBe(true);
    expect(row).toContain(",'@SUM(1),'=cmd");
  });
});

describe('html', () => {
  it('escapes every markup character', () => {
    expect(escapeHtml(`<img src=x onerror="a('b')">&`)).toBe('&lt;img src=x onerror=&quot;a(&#39;b&#39;)&quot;&gt;&amp;');
  });

  const hostile = 'Pt <img src=x onerror=alert(1)> feels weak </script><script>alert(2)</script>';
  const html = formatHtml([
    report('x<y>.txt', hostile, [diagnostic(hostile, 'feels weak', { message: 'Needs <b>exam</b>', query: 'Please clarify "weakness" <b>' })], {
      checklists: [{ code: 'M62.81', title: 'Muscle weakness (generalized)', items: [{ requirement: 'strength', label: 'Graded strength', met: false, evidence: [], hint: 'Write "4/5 <proximal>"' }] }],
    }),
  ]);

  it('is self-contained: one inline script allowed by its hash, no external references, a CSP that loads nothing', () => {
    const hash = createHash('sha256').update(WORKLIST_SCRIPT, 'utf8').digest('base64');
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${hash}'"`);
    expect(html.match(/<script\b[^>]*>/g)).toEqual(['<script>']);
    expect(html).toContain(`<script>${WORKLIST_SCRIPT}</script>`);
    expect(html).not.toMatch(/<link|<iframe|<img|<object|<embed|<[a-z][^>]*\ssrc=|url\(|@import/i);
    // The only links are to the notes of the report itself.
    for (const [, href] of html.matchAll(/\shref="([^"]*)"/g)) expect(href).toMatch(/^#note-\d+$/);
  });

  it('keeps the script free of markup parsing', () => {
    expect(WORKLIST_SCRIPT).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(|new Function|setAttribute\('on/);
  });

  it('escapes note text, file names, messages, hints and queries', () => {
    expect(html).toContain('Pt &lt;img src=x onerror=alert(1)&gt; <mark class="error"');
    expect(html).toContain('&lt;/script&gt;&lt;script&gt;alert(2)&lt;/script&gt;');
    expect(html).toContain('x&lt;y&gt;.txt');
    expect(html).toContain('Needs &lt;b&gt;exam&lt;/b&gt;');
    expect(html).toContain('Please clarify &quot;weakness&quot; &lt;b&gt;');
    expect(html).toContain('Write &quot;4/5 &lt;proximal&gt;&quot;');
  });

  it('escapes hostile text in the worklist, its filters and the charts', () => {
    const evil = '"><img src=x onerror=alert(1)>';
    const text = 'Pt feels weak.';
    const out = formatHtml([
      report(`notes/${evil}.txt`, text, [diagnostic(text, 'feels weak', { ruleId: evil, code: evil, query: 'Q?' })], {
        codes: [{ code: evil, source: 'note', title: evil, known: false, billable: null }],
      }),
    ]);
    expect(out).not.toContain('<img');
    expect(out).toContain('data-title="notes/&quot;&gt;&lt;img src=x onerror=alert(1)&gt;.txt"');
    expect(out).toContain('<option value="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;">');
    expect(out).toContain('data-label="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"');
  });

  it('is deterministic', () => {
    expect(formatHtml(reports)).toBe(formatHtml(reports));
  });
});
