/**
 * Per-note memos live on the note's own objects (src/engine/note-memo.ts): invisible to JSON,
 * structured cloning and deep equality, and never in a WeakMap keyed by a note's objects (V8's
 * young-generation collector keeps such entries alive, which made every scavenge copy whole notes).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/engine/index.ts';
import { NoteMemo } from '../../../src/engine/note-memo.ts';

describe('NoteMemo', () => {
  it('keeps a value per key object, each memo its own', () => {
    const a = new NoteMemo<object, number>('a');
    const b = new NoteMemo<object, number>('b');
    const key = {};
    expect(a.get(key)).toBeUndefined();
    expect(a.has(key)).toBe(false);
    a.set(key, 1);
    b.set(key, 2);
    a.set(key, 3);
    expect(a.get(key)).toBe(3);
    expect(b.get(key)).toBe(2);
    expect(a.get({})).toBeUndefined();
  });

  it('is invisible to JSON, keys, spreading, structured cloning and deep equality', () => {
    const memo = new NoteMemo<number[], string>('m');
    const list = [1, 2, 3];
    memo.set(list, 'kept');
    expect(JSON.stringify(list)).toBe('[1,2,3]');
    expect(Object.keys(list)).toEqual(['0', '1', '2']);
    expect([...list]).toEqual([1, 2, 3]);
    expect(structuredClone(list)).toEqual([1, 2, 3]);
    expect(list).toEqual([1, 2, 3]);
    const record = { x: 1 };
    new NoteMemo<object, string>('r').set(record, 'kept');
    expect({ ...record }).toEqual({ x: 1 });
  });

  it('leaves a lint result as plain data: the findings array clones and serializes to itself', () => {
    const result = lint('Assessment: generalized weakness, K 2.9 on lisinopril. Strength 4/5 in both legs.', { codes: ['R53.1', 'E87.6'] });
    expect(result.findings.length).toBeGreaterThan(0);
    expect(JSON.parse(JSON.stringify(result))).toEqual(structuredClone(result));
    expect(Object.keys(result.findings)).toEqual(result.findings.map((_, i) => String(i)));
  });
});

describe('no WeakMap keyed by a note', () => {
  const NOTE_KEYS = /new WeakMap<\s*(?:readonly\s+)?(?:Doc|Finding\[\]|Token\[\]|RuleInput|TermSetHit\[\]|DocSentence|LintResult)\b/;
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
    });
  const engine = join(import.meta.dirname, '../../../src/engine');

  it.each(files(engine).map((f) => [f.slice(engine.length + 1), f]))('%s keeps per-note memos in NoteMemo', (_, path) => {
    expect(readFileSync(path, 'utf8')).not.toMatch(NOTE_KEYS);
  });
});
