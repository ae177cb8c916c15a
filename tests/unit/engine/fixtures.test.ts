/**
 * Whole-note fixtures: tests/fixtures/notes/NAME.txt with NAME.expected.json. Each expected finding
 * must be present (type, exact text, and every attribute and assertion flag given); each `absent`
 * entry must not be; `codes` are the chosen codes; `diagnostics` lists rule ids that must fire and
 * `noDiagnostics` rule ids that must not.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint, type Finding } from '../../../src/engine/index.ts';

interface ExpectedFinding {
  type: string;
  text: string;
  attributes?: Record<string, unknown>;
  assertion?: Record<string, boolean>;
  section?: string;
}

interface Expected {
  options?: Record<string, unknown>;
  findings: ExpectedFinding[];
  absent?: ExpectedFinding[];
  sections?: string[];
  codes?: string[];
  diagnostics?: string[];
  noDiagnostics?: string[];
}

const dir = resolve(__dirname, '../../fixtures/notes');
const notes = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();

function matches(f: Finding, e: ExpectedFinding): boolean {
  if (f.type !== e.type || f.text !== e.text) return false;
  if (e.section !== undefined && f.section !== e.section) return false;
  for (const [k, v] of Object.entries(e.attributes ?? {})) {
    if (JSON.stringify((f.attributes as Record<string, unknown>)[k]) !== JSON.stringify(v)) return false;
  }
  for (const [k, v] of Object.entries(e.assertion ?? {})) {
    if ((f.assertion as unknown as Record<string, boolean>)[k] !== v) return false;
  }
  return true;
}

const show = (f: Finding) => `${f.type} "${f.text}" ${JSON.stringify(f.attributes)} ${JSON.stringify(f.assertion)}`;

describe('whole-note fixtures', () => {
  it('has at least 13 notes, each with expectations', () => {
    expect(notes.length).toBeGreaterThanOrEqual(13);
    for (const n of notes) expect(existsSync(join(dir, n.replace(/\.txt$/, '.expected.json'))), n).toBe(true);
  });

  describe.each(notes)('%s', (name) => {
    const text = readFileSync(join(dir, name), 'utf8');
    const expectedPath = join(dir, name.replace(/\.txt$/, '.expected.json'));
    const expected: Expected = existsSync(expectedPath) ? JSON.parse(readFileSync(expectedPath, 'utf8')) : { findings: [] };
    const result = lint(text, expected.options ?? {});

    it('finds every expected finding', () => {
      const missing = expected.findings.filter((e) => !result.findings.some((f) => matches(f, e)));
      expect(missing, `found:\n${result.findings.map(show).join('\n')}`).toEqual([]);
    });

    it('finds none of the absent findings', () => {
      const wrong = (expected.absent ?? []).flatMap((e) => result.findings.filter((f) => matches(f, e)).map(show));
      expect(wrong).toEqual([]);
    });

    it('keeps every span on its text', () => {
      for (const f of result.findings) expect(text.slice(f.start, f.end)).toBe(f.text);
    });

    it.runIf(expected.sections !== undefined)('finds the sections', () => {
      expect(result.sections.map((s) => s.id)).toEqual(expected.sections);
    });

    it.runIf(expected.codes !== undefined)('chooses the codes', () => {
      expect(result.codes.map((c) => c.code)).toEqual(expected.codes);
    });

    it.runIf(expected.diagnostics !== undefined || expected.noDiagnostics !== undefined)('reports the expected rules', () => {
      const fired = new Set(result.diagnostics.map((d) => d.ruleId));
      for (const id of expected.diagnostics ?? []) expect(fired, `${id} should fire`).toContain(id);
      for (const id of expected.noDiagnostics ?? []) expect(fired.has(id), `${id} should not fire`).toBe(false);
    });
  });
});
