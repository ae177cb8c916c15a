/** Reads and parses the lexicon folder (Node only: build script and tests). */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseDocument } from 'yaml';
import { assembleLexicon, type LexiconFile } from './assemble.ts';
import { LexiconError, type SchemaIssue } from './errors.ts';
import type { LexiconData } from './types.ts';

function walk(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : name.endsWith('.yaml') || name.endsWith('.yml') ? [path] : [];
    });
}

/** Parse every YAML file under `dir`; YAML syntax errors are reported like schema errors. */
export function readLexiconFiles(dir: string): LexiconFile[] {
  const issues: SchemaIssue[] = [];
  const files: LexiconFile[] = [];
  for (const path of walk(dir)) {
    const rel = relative(dir, path).replace(/\\/g, '/');
    const doc = parseDocument(readFileSync(path, 'utf8'), { uniqueKeys: true });
    if (doc.errors.length > 0) {
      for (const e of doc.errors) issues.push({ file: `lexicon/${rel}`, path: `line ${e.linePos?.[0]?.line ?? '?'}`, message: e.message.split('\n')[0] ?? e.message });
      continue;
    }
    files.push({ path: rel, data: doc.toJS() });
  }
  if (issues.length > 0) throw new LexiconError(issues);
  return files;
}

export function loadLexicon(dir: string, inflect?: (term: string) => string[]): LexiconData {
  return assembleLexicon(readLexiconFiles(dir), inflect);
}
