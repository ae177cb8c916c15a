/**
 * Every regular expression literal in src/** (found by parsing the sources, so a new one is tested
 * the moment it is written) runs in linear time on adversarial strings: one sticky attempt at the
 * start of 20 KB and 40 KB (catastrophic backtracking shows up as one attempt that explodes) and a
 * full search of 5 KB and 10 KB (a polynomial search over a long line). Patterns the engine builds
 * at run time with `new RegExp` are captured by watching the RegExp constructor while the engine
 * loads and lints sample notes, and get the same checks; each file that builds one must also be
 * listed below with the lint-level families of adversarial-inputs.ts that attack it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { FAMILIES } from './adversarial-inputs.ts';
import { best, MAX_RATIO, NOISE_MS } from './measure.ts';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const SRC = join(ROOT, 'src');

function sources(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return name === 'generated' ? [] : sources(path);
      return /\.tsx?$/.test(name) ? [path] : [];
    });
}

interface Found {
  file: string;
  line: number;
  literal: string;
}

function inventory(): { literals: Found[]; dynamic: Found[] } {
  const literals: Found[] = [];
  const dynamic: Found[] = [];
  for (const path of sources(SRC)) {
    const file = relative(ROOT, path).replace(/\\/g, '/');
    const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true, path.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
    const at = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) literals.push({ file, line: at(node), literal: node.getText() });
      if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && node.expression.getText() === 'RegExp') dynamic.push({ file, line: at(node), literal: node.getText().slice(0, 80) });
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { literals, dynamic };
}

/**
 * Files that build patterns at run time, and the lint-level adversarial families (by name) that
 * exercise those patterns on 100 KB inputs in lint-linearity.test.ts. Files outside the engine
 * (the CLI's glob) get their input from the command line, not from a note.
 */
const DYNAMIC_COVERAGE: Record<string, string[]> = {
  'src/engine/extract/values/durations.ts': ['"x 3 weeks x 3 weeks"', '"x 3 x 3"', '"for for for"', '"since" dates', 'digits'],
  'src/engine/extract/values/lab-parts.ts': ['lab lines', 'lab with range', 'lab aliases with comparators', 'ranges 3.5-5.0-', 'decimals 3.1.2.3'],
  'src/engine/extract/values/strength-tests.ts': ['strength tests', '4/5/4/5...', 'slashes'],
  'src/cli/glob.ts': [],
};

/** Units repeated into attack strings, each ended by characters no pattern wants, to force failure and backtracking. */
const UNITS = ['0', '9.', '4/5', '4+/', ' ', '\t', ' \t', 'a', 'A', 'A1', 'a ', 'ab', '.', '..', '-', '/', '//', ',', '1,', '(', '"', '\\', '{', '{a', 'x 3 ', 'x', 'no ', 'R5', 'R53.', '\u00b5', '\u0301', 'é', ':', '=', '%', '\n', '\r\n', '$.'];
const TAILS = ['!', '\u0000', ''];
const attack = (unit: string, size: number, tail: string) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size) + tail;

/** Every pattern the engine constructs while it loads and lints, keyed by source and flags. */
async function capturedEnginePatterns(): Promise<RegExp[]> {
  const seen = new Map<string, RegExp>();
  const Original = RegExp;
  const record = (r: RegExp) => (seen.set(`/${r.source}/${r.flags}`, r), r);
  globalThis.RegExp = new Proxy(Original, {
    construct: (target, args) => record(Reflect.construct(target, args) as RegExp),
    apply: (target, self, args) => record(Reflect.apply(target, self, args) as RegExp),
  });
  try {
    const { lint } = await import('../../../src/engine/index.ts');
    lint('HPI: 72 yo F feels weak x 3 weeks, worse over the past 2 months, since 1/2/2020. Age 72.\nExam: strength 4/5 proximal, grip 20 kg (reduced), 5xSTS 18 s.\nLabs: K 3.1 (L), CK 1,200 U/L (ref 30-200), Na <135, TSH 2.1 mIU/L.\nAssessment: weakness R53.1 M62.81 T46.6X5A');
  } finally {
    globalThis.RegExp = Original;
  }
  return [...seen.values()];
}

const { literals, dynamic } = inventory();
const constructed = await capturedEnginePatterns();
const log: string[] = [];

afterAll(() => console.log(`regex inventory: ${literals.length} literals, ${dynamic.length} new RegExp sites, ${constructed.length} patterns built at run time; slowest cases:\n${log.sort().reverse().slice(0, 12).join('\n')}`));

function compile({ literal }: Pick<Found, 'literal'>, extraFlags: string): RegExp {
  const slash = literal.lastIndexOf('/');
  const flags = literal.slice(slash + 1).replace(/[gy]/g, '');
  return new RegExp(literal.slice(1, slash), flags + extraFlags);
}

function worst(make: (unit: string, tail: string) => () => void): { unit: string; tail: string; ms: number } {
  let slowest = { unit: '', tail: '', ms: -1 };
  for (const unit of UNITS) {
    for (const tail of TAILS) {
      const ms = best(make(unit, tail), 1).cpuMs;
      if (ms > slowest.ms) slowest = { unit, tail, ms };
    }
  }
  return slowest;
}

describe('regular expressions in src/**', () => {
  it('finds the patterns it checks', () => {
    expect(literals.length).toBeGreaterThan(50);
  });

  it('captures the patterns the engine builds at run time', () => {
    expect(constructed.length).toBeGreaterThan(0);
  });

  const cases: { name: string; found: Pick<Found, 'file' | 'line' | 'literal'> }[] = [
    ...literals.map((f) => ({ name: `${f.file}:${f.line} ${f.literal}`, found: f })),
    ...constructed.map((r) => ({ name: `built at run time: /${r.source}/${r.flags}`.slice(0, 200), found: { file: 'new RegExp', line: 0, literal: `/${r.source}/${r.flags}` } })),
  ];

  it.each(cases.map((c) => [c.name, c.found] as const))('%s', (_name, found) => {
    const sticky = compile(found, 'y');
    const search = compile(found, '');
    const attempt = (size: number) => (unit: string, tail: string) => {
      const text = attack(unit, size, tail);
      return () => {
        sticky.lastIndex = 0;
        sticky.exec(text);
      };
    };
    const scan = (size: number) => (unit: string, tail: string) => {
      const text = attack(unit, size, tail);
      return () => search.exec(text);
    };
    for (const [kind, run, size] of [['one attempt', attempt, 20_000], ['full search', scan, 5_000]] as const) {
      const small = worst(run(size));
      const again = best(run(size)(small.unit, small.tail), 3).cpuMs;
      const large = best(run(2 * size)(small.unit, small.tail), 3).cpuMs;
      log.push(`${String(large.toFixed(1)).padStart(8)} ms  ${kind} ${2 * size} chars of ${JSON.stringify(small.unit)}: ${found.file}:${found.line} ${found.literal}`);
      expect(again, `${kind}, ${size} chars of ${JSON.stringify(small.unit)}`).toBeLessThan(250);
      expect(large, `${kind}: ${size} -> ${2 * size} chars of ${JSON.stringify(small.unit)} went ${again.toFixed(1)} -> ${large.toFixed(1)} ms`).toBeLessThanOrEqual(MAX_RATIO * again + NOISE_MS);
    }
  });

  it('every file that builds a pattern at run time is attacked by named lint-level families', () => {
    const families = new Set(FAMILIES.map((f) => f.name));
    const files = [...new Set(dynamic.map((d) => d.file))].sort();
    expect(files, 'add the new file to DYNAMIC_COVERAGE with the adversarial families that reach its patterns').toEqual(Object.keys(DYNAMIC_COVERAGE).sort());
    for (const [file, names] of Object.entries(DYNAMIC_COVERAGE)) {
      for (const name of names) expect(families.has(name), `${file}: family ${name} exists`).toBe(true);
      if (file.startsWith('src/engine/')) expect(names.length, `${file} has adversarial coverage`).toBeGreaterThan(0);
    }
  });
});
