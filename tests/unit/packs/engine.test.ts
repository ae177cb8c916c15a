/**
 * Pack switches in the engine: the rules of a pack that is off never run, whatever their level;
 * a pack not listed, or listed as on, runs as before; an unknown pack id is an error naming the
 * known ones.
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/engine/index.ts';
import { rules } from '../../../src/engine/rules/index.ts';
import { knownPacks, packInfo } from '../../../src/engine/rules/packs.ts';

const NOTE = 'HPI: 74F, says she feels weak all over for 3 wks, worse on stairs.\nA/P: weakness -- M62.81. f/u 2 wks.';
const WEAKNESS_RULES = new Set(rules.filter((rule) => rule.meta.pack === 'weakness').map((rule) => rule.meta.id));

function weaknessDiagnostics(options: Parameters<typeof lint>[1]): string[] {
  return lint(NOTE, options).diagnostics.map((d) => d.ruleId).filter((id) => WEAKNESS_RULES.has(id));
}

describe('knownPacks and packInfo', () => {
  it('lists the packs of the lexicon, which are the distinct packs of the rule registry', () => {
    expect(knownPacks()).toContain('weakness');
    expect(new Set(knownPacks()).size).toBe(knownPacks().length);
    expect(knownPacks().sort()).toEqual([...new Set(rules.map((rule) => rule.meta.pack))].sort());
  });

  it('gives every pack its title', () => {
    for (const info of packInfo()) expect(info.title.length).toBeGreaterThan(0);
    expect(packInfo().map((info) => info.id)).toEqual(knownPacks());
  });
});

describe('LintOptions.packs', () => {
  it.each([
    ['no packs option', {}],
    ['the pack switched on', { packs: { weakness: true } }],
  ])('%s: the pack reports', (_name, options) => {
    expect(weaknessDiagnostics({ ...options, codes: ['M62.81'] })).toContain('objective-strength-required');
  });

  it.each([
    ['the pack switched off', { packs: { weakness: false } }],
    ['the pack off although one of its rules is raised to error', { packs: { weakness: false }, rules: { 'objective-strength-required': 'error' as const } }],
  ])('%s: none of its rules reports', (_name, options) => {
    expect(weaknessDiagnostics({ ...options, codes: ['M62.81'] })).toEqual([]);
  });

  it('one rule off and the pack on: only that rule is silent (control)', () => {
    const ids = weaknessDiagnostics({ codes: ['M62.81'], rules: { 'objective-strength-required': 'off' } });
    expect(ids).not.toContain('objective-strength-required');
    expect(ids.length).toBeGreaterThan(0);
  });

  it.each([
    ['an unknown pack id', { packs: { anaemia: false } }, /options\.packs\.anaemia: unknown pack id "anaemia" \(known pack ids: .*weakness/],
    ['a pack switch that is no boolean', { packs: { weakness: 'off' } }, /options\.packs\.weakness: expected true or false, got "off"/],
    ['packs that are no object', { packs: ['weakness'] }, /options\.packs: expected an object of pack id to true or false, got an array/],
  ])('%s is an error', (_name, options, message) => {
    expect(() => lint(NOTE, options as never)).toThrow(message);
  });
});
