// Full diagnostics (with query indicators and evidence) of every eval case, for before/after comparison.
import { resolve } from 'node:path';
import { lint } from './src/engine/index.ts';
import { KNOWN_RULE_IDS } from './tests/eval/lib/known-rules.ts';
import { loadCases } from './tests/eval/lib/load-cases.ts';
import { optionsFor } from './scripts/eval-cases.ts';
const cases = loadCases(resolve('/work/wt/literals/tests/eval/cases'), KNOWN_RULE_IDS);
const out = cases.map((c) => { try { return { file: c.file ?? c.path, d: lint(c.text, optionsFor(c)).diagnostics }; } catch (e) { return { err: String(e) }; } });
process.stdout.write(JSON.stringify(out, null, 1));
