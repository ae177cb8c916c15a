/**
 * Development check of the "quiet unless right" goal: lints every note of a corpus with no codes
 * and prints each diagnostic with the words around it, so a reviewer can judge it.
 *   npx tsx scripts/lint-corpus.ts [PATH]   (default ../shared/corpus/mtsamples-partial.csv)
 * PATH is a CSV with a `transcription` column or a folder of .txt notes. Exit codes: 0 linted,
 * 2 when the corpus is absent or unreadable (a fresh clone has no ../shared).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lint } from '../src/engine/index.ts';
import { loadCorpus } from '../tests/bench/corpus/load.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const path = process.argv[2] ?? resolve(root, '../shared/corpus/mtsamples-partial.csv');
if (!existsSync(path)) {
  console.error(`lint-corpus: ${path} is absent (the MTSamples corpus lives in ../shared, which a fresh clone does not have)`);
  process.exit(2);
}
const notes = loadCorpus(path);
let count = 0;
for (const note of notes) {
  for (const d of lint(note.text).diagnostics) {
    count++;
    const context = note.text.slice(Math.max(0, d.start - 160), d.end + 80).replace(/\s+/g, ' ');
    console.log(`${note.id}  ${d.ruleId}  ${d.message}\n    ...${context}...`);
  }
}
console.log(`${count} diagnostics in ${notes.length} notes`);
