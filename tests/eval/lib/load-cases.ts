/** Reads every case file (*.txt, recursively) under a folder, in a stable order. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseCaseFile, type EvalCase } from './case-file.ts';

export function caseFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && entry.name.endsWith('.txt')) out.push(path);
    }
  };
  walk(root);
  return out;
}

/** The case files under root, parsed; throws CaseFileError on the first malformed one. */
export function loadCases(root: string, knownRules: ReadonlySet<string>): EvalCase[] {
  return caseFiles(root).map((path) => parseCaseFile(relative(root, path).split(sep).join('/'), readFileSync(path, 'utf8'), knownRules));
}
