/**
 * RuleTester-style tables for note-lint rules: every case runs lint() end to end on a realistic
 * note, and the diagnostics of the rule under test are compared with the expectation.
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/engine/index.ts';
import type { Diagnostic, LintOptions } from '../../../src/engine/types.ts';

export interface ValidCase {
  name: string;
  text: string;
  /** Codes chosen outside the note (the popup, --code). */
  codes?: string[];
  options?: Omit<LintOptions, 'codes'>;
}

export interface ExpectedDiagnostic {
  ruleId: string;
  severity?: Diagnostic['severity'];
  code?: string | null;
  /** Substrings the message must contain. */
  message?: string[];
  /** Codes that must be among suggestedCodes. */
  suggested?: string[];
  /** Substrings that must each appear in some evidence text. */
  evidence?: string[];
  /** The text the diagnostic's span must cover exactly. */
  spanText?: string;
  /** Substrings the query must contain; [] asserts there is a query, null asserts there is none. */
  query?: string[] | null;
}

export interface InvalidCase extends ValidCase {
  expect: ExpectedDiagnostic[];
}

export interface RuleCases {
  ruleId: string;
  valid: ValidCase[];
  invalid: InvalidCase[];
}

export function run(c: ValidCase) {
  return lint(c.text, { ...c.options, ...(c.codes ? { codes: c.codes } : {}) });
}

function describeDiagnostics(ds: Diagnostic[]): string {
  return ds.map((d) => `${d.ruleId} ${d.severity} ${d.code ?? '-'} [${d.start},${d.end}] ${d.message}`).join('\n') || '(none)';
}

export function checkDiagnostic(text: string, d: Diagnostic, e: ExpectedDiagnostic): void {
  const where = `${e.ruleId}: ${d.message}`;
  if (e.severity) expect(d.severity, where).toBe(e.severity);
  if (e.code !== undefined) expect(d.code, where).toBe(e.code);
  for (const m of e.message ?? []) expect(d.message, where).toContain(m);
  for (const s of e.suggested ?? []) expect(d.suggestedCodes.map((x) => x.code), where).toContain(s);
  for (const s of e.suggested ?? []) expect(d.suggestedCodes.find((x) => x.code === s)?.title, where).not.toBe(s);
  for (const ev of e.evidence ?? []) expect(d.evidence.map((x) => x.text).join(' | '), where).toContain(ev);
  if (e.spanText !== undefined) expect(text.slice(d.start, d.end), where).toBe(e.spanText);
  if (e.query === null) expect(d.query, where).toBeNull();
  else if (e.query !== undefined) {
    expect(d.query, where).toBeTypeOf('string');
    for (const q of e.query) expect(d.query, where).toContain(q);
  }
  for (const ev of d.evidence) expect(text.slice(ev.start, ev.end), `${where}: evidence span`).toBe(ev.text);
  expect(d.sources.length, where).toBeGreaterThan(0);
}

export function ruleTester(cases: RuleCases): void {
  const { ruleId } = cases;
  describe(ruleId, () => {
    describe('valid', () => {
      for (const c of cases.valid) {
        it(c.name, () => {
          const mine = run(c).diagnostics.filter((d) => d.ruleId === ruleId);
          expect(mine, describeDiagnostics(mine)).toHaveLength(0);
        });
      }
    });
    describe('invalid', () => {
      for (const c of cases.invalid) {
        it(c.name, () => {
          const all = run(c).diagnostics;
          const mine = all.filter((d) => d.ruleId === ruleId);
          const wanted = c.expect.filter((e) => e.ruleId === ruleId);
          expect(mine.length, `${ruleId} diagnostics:\n${describeDiagnostics(all)}`).toBe(wanted.length);
          wanted.forEach((e, i) => checkDiagnostic(c.text, mine[i]!, e));
          // Expectations of other rules (e.g. the seed cases naming two rules) must hold too.
          for (const other of c.expect.filter((e) => e.ruleId !== ruleId)) {
            const found = all.filter((d) => d.ruleId === other.ruleId);
            expect(found.length, `${other.ruleId} expected:\n${describeDiagnostics(all)}`).toBeGreaterThan(0);
            checkDiagnostic(c.text, found[0]!, other);
          }
        });
      }
    });
  });
}
