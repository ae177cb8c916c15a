// Rule switches and levels (options.rules), diagnostic order, determinism and query compliance.
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/engine/index.ts';
import { defaultLexicon } from '../../../src/engine/lexicon.ts';
import { queryProblems } from '../../../src/engine/queries.ts';
import { rules } from '../../../src/engine/rules/index.ts';
import type { RuleCases } from './rule-tester.ts';
import { run } from './rule-tester.ts';

const NOTE = 'Patient feels weak.';

describe('options.rules', () => {
  it('off reports nothing for that rule, and only that rule', () => {
    const on = lint(NOTE, { codes: ['M62.81'] }).diagnostics;
    const off = lint(NOTE, { codes: ['M62.81'], rules: { 'objective-strength-required': 'off' } }).diagnostics;
    expect(on.some((d) => d.ruleId === 'objective-strength-required')).toBe(true);
    expect(off.some((d) => d.ruleId === 'objective-strength-required')).toBe(false);
    expect(off.length).toBe(on.length - 1);
  });

  it.each(['error', 'warning', 'info'] as const)('re-levels a rule to %s', (level) => {
    const d = lint(NOTE, { codes: ['M62.81'], rules: { 'unsupported-weakness': level } }).diagnostics.find((x) => x.ruleId === 'unsupported-weakness');
    expect(d?.severity).toBe(level);
  });

  // A rule whose kind lifts a report one level ("error when the etiology code is missing") or gives
  // it its own level still reports exactly the level a user chose, even the rule's default one.
  it.each([
    ['anemia-code-first lifts a missing etiology code to error', 'abnormal ', ['D63.1'], 'anemia-code-first', 'error'],
  ] as const)('%s at its default level; a chosen level is kept as chosen', (_, text, codes, ruleId, raised) => {
    const byDefault = lint(text, { codes: [...codes] }).diagnostics.find((d) => d.ruleId === ruleId);
    expect(byDefault?.severity).toBe(raised);
    for (const level of ['error', 'warning', 'info'] as const) {
      const chosen = lint(text, { codes: [...codes], rules: { [ruleId]: level } }).diagnostics.find((d) => d.ruleId === ruleId);
      expect(chosen?.severity, `${ruleId} set to ${level}`).toBe(level);
    }
  });

  it('an unknown rule id throws an error naming it', () => {
    expect(() => lint(NOTE, { rules: { 'no-such-rule': 'off' } })).toThrow(/options\.rules\.no-such-rule: unknown rule id "no-such-rule" \(known rule ids: .*invalid-code/);
  });

  it.each([
    ['an array', []],
    ['an object whose prototype carries an option', Object.create({ setting: 'moon' }) as object],
  ])('options that only look empty are still checked: %s', (_, options) => {
    expect(() => lint(NOTE, options as never)).toThrow(/Invalid lint options/);
  });

  it('empty options (a plain or prototype-less object) lint as no options', () => {
    expect(lint(NOTE, {})).toEqual(lint(NOTE));
    expect(lint(NOTE, Object.create(null) as object)).toEqual(lint(NOTE));
  });

  it('an unknown level throws an error naming the rule', () => {
    expect(() => lint(NOTE, { rules: { 'invalid-code': 'loud' as never } })).toThrow(/options\.rules\.invalid-code: expected one of off, error, warning, info, got "loud"/);
  });
});

describe('diagnostic order', () => {
  const text = 'HPI: Patient feels weak.\nLabs: K 3.0 mEq/L.\nAssessment: Weakness (R53.1); muscle weakness (M62.81); Parkinson\'s disease (G20).';
  it('sorted by start offset, then severity', () => {
    const ds = lint(text).diagnostics;
    const rank = { error: 0, warning: 1, info: 2 };
    for (let i = 1; i < ds.length; i++) {
      const a = ds[i - 1]!;
      const b = ds[i]!;
      expect(a.start < b.start || (a.start === b.start && rank[a.severity] <= rank[b.severity]), `${a.ruleId} before ${b.ruleId}`).toBe(true);
    }
  });
  it('deterministic', () => {
    expect(lint(text)).toEqual(lint(text));
  });
});

describe('compliant query drafts', () => {
  const tables = import.meta.glob<{ default: RuleCases }>('./cases/*.ts', { eager: true });
  // The packs' table tests: a pack rule may have no TypeScript case table.
  const packRows = defaultLexicon().data.packs.flatMap((p) =>
    p.tests.map((t) => ({ name: t.name ?? p.id, text: t.note, codes: t.codes, options: { ...(t.setting ? { setting: t.setting } : {}), ...(t.age !== undefined ? { age: t.age } : {}) } })),
  );
  const all = Object.values(tables).flatMap((m) => [...m.default.valid, ...m.default.invalid]);
  const diagnostics = all.flatMap((c) => run(c).diagnostics);

  it('the case tables produce queries to check', () => {
    expect(diagnostics.filter((d) => d.query !== null).length).toBeGreaterThan(10);
  });

  it('no query mentions payment, DRG or reimbursement; every multiple-choice query has both escape options', () => {
    for (const d of diagnostics) if (d.query !== null) expect(queryProblems(d.query), `${d.ruleId}:\n${d.query}`).toEqual([]);
  });

  it('possible-dx diagnostics carry a query (their values are the indicators)', () => {
    for (const d of diagnostics.filter((x) => x.kind === 'possible-dx')) expect(d.query, d.ruleId).toBeTypeOf('string');
  });

  it('lacking-evidence diagnostics are queried once per clinical question and code in a note', () => {
    expect(diagnostics.some((d) => d.kind === 'lacking-evidence' && d.query !== null)).toBe(true);
    for (const c of all) {
      const asked = run(c).diagnostics.filter((d) => d.query !== null).map((d) => `${d.code}|${d.query!.split('\n').find((l) => l.endsWith('?') || l.endsWith('.'))}`);
      expect(new Set(asked).size, `${c.name}: ${asked.join(' / ')}`).toBe(asked.length);
    }
  });

  it('every diagnostic has a documentation hint and its suggestions have titles', () => {
    for (const d of diagnostics) {
      expect(d.documentationHint, d.ruleId).toBeTruthy();
      for (const s of d.suggestedCodes) expect(s.title.length, `${d.ruleId} ${s.code}`).toBeGreaterThan(0);
    }
  });

  it('queryProblems catches a leading, payment-minded draft', () => {
    expect(queryProblems('Clinical indicators: K 3.0\nPlease add hypokalemia to raise the DRG weight.\n[ ] Hypokalemia')).not.toEqual([]);
  });

  it('every rule is exercised (by a case table or its pack\'s table tests)', () => {
    const fired = new Set([...diagnostics, ...packRows.flatMap((c) => run(c).diagnostics)].map((d) => d.ruleId));
    expect(rules.map((r) => r.meta.id).filter((id) => !fired.has(id))).toEqual([]);
  });
});
