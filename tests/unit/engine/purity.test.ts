/**
 * The engine is a pure function shared by the extension, the CLI and the tests: nothing under
 * src/engine may reach the DOM, the extension APIs or WXT, directly or through what it imports.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../../..');
const IMPORT_RE = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s*['"]([^'"]+)['"]/gm;
const FORBIDDEN_MODULES = [/^wxt(\/|$)/, /^#imports$/, /webextension-polyfill/, /^@wxt-dev\//, /^node:/, /^(fs|path|os|worker_threads|child_process)$/];
const FORBIDDEN_GLOBALS = /\b(?:document|window|navigator|localStorage|sessionStorage|indexedDB|chrome|browser|HTMLElement|CSS)\s*[.[(]/;

function stripComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

function importGraph(entry: string): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    const source = stripComments(readFileSync(file, 'utf8'));
    const specifiers = [...source.matchAll(IMPORT_RE)].map((m) => m[1] ?? m[2] ?? m[3]!).filter(Boolean);
    seen.set(file, specifiers);
    for (const s of specifiers) if (s.startsWith('.')) queue.push(resolve(dirname(file), s));
  }
  return seen;
}

describe('engine purity', () => {
  const graph = importGraph(join(root, 'src/engine/index.ts'));

  it('follows the whole import graph of src/engine/index.ts', () => {
    expect(graph.size).toBeGreaterThan(10);
  });

  it('imports no DOM, browser, wxt or Node module', () => {
    const offenders: string[] = [];
    for (const [file, specifiers] of graph) {
      for (const s of specifiers) {
        if (FORBIDDEN_MODULES.some((re) => re.test(s))) offenders.push(`${file.slice(root.length + 1)} imports ${s}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('uses no DOM or extension globals', () => {
    const offenders: string[] = [];
    for (const file of graph.keys()) {
      const source = stripComments(readFileSync(file, 'utf8')).replace(/'[^'\n]*'|"[^"\n]*"|`[^`]*`/g, "''");
      const m = FORBIDDEN_GLOBALS.exec(source);
      if (m) offenders.push(`${file.slice(root.length + 1)}: ${m[0]}`);
    }
    expect(offenders).toEqual([]);
  });

  // src/schema/issues.ts is reached through the lexicon's inferred types (src/lexicon/types.ts -> its schemas):
  // the one valibot issue formatter, pure like the rest.
  it('only imports files inside src/engine, src/lexicon, src/codes (the pure ICD-10-CM shape module), src/text (the shared tokenizer) and src/schema/issues.ts', () => {
    const inside = ['src/engine', 'src/lexicon', 'src/codes', 'src/text', 'src/schema/issues.ts'].map((dir) => join(root, dir));
    const outside = [...graph.keys()].filter((f) => !inside.some((dir) => f.startsWith(dir)));
    expect(outside).toEqual([]);
  });
});
