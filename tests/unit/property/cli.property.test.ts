/**
 * The built CLI on generated notes through standard input: exit code 0 or 1 (1 exactly when an
 * error diagnostic is reported), one valid JSON document of the contract's shape, and the same
 * findings the engine gives in-process. Hostile bytes may be refused, but only with exit code 2
 * and a reason on standard error, never a stack trace.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { lint } from '../../../src/engine/index.ts';
import { ensureCliBuilt, parseJson, runCli } from '../../cli/helpers.ts';
import { clinicalText, hostileText, mutatedNote, SEED } from './support.ts';

const CASES = 12;
let inputs: string[] = [];
let hostile: string[] = [];

beforeAll(() => {
  ensureCliBuilt();
  inputs = [
    ...fc.sample(clinicalText, { seed: SEED, numRuns: CASES / 2 }),
    ...fc.sample(mutatedNote, { seed: SEED + 1, numRuns: CASES / 2 }).map((m) => m.text),
  ].filter((text) => !text.trimStart().startsWith('{')); // '{' is sniffed as FHIR JSON on stdin
  hostile = fc.sample(hostileText, { seed: SEED + 2, numRuns: 6 });
  console.log(`cli property seed: ${SEED}; ${inputs.length} generated notes, ${hostile.length} hostile inputs`);
}, 120_000);

describe('note-lint --stdin --format json on generated notes', () => {
  it('exits 0 or 1 (1 iff an error diagnostic), prints contract JSON, and agrees with the engine', async () => {
    for (const text of inputs) {
      const run = await runCli(['--stdin', '--format', 'json'], { input: text });
      expect(run.stderr, `stderr for ${JSON.stringify(text)}`).toBe('');
      const json = parseJson(run);
      expect(json.version).toBe(1);
      expect(json.results).toHaveLength(1);
      const [report] = json.results;
      const errors = report!.diagnostics.filter((d) => d.severity === 'error').length;
      expect(run.code, `exit code for ${JSON.stringify(text)}`).toBe(errors > 0 ? 1 : 0);
      // The CLI decodes its input as a UTF-8 reader does: a leading byte-order mark is an encoding mark, not
      // text, so offsets count from the character after it (seed 305477944 generates one).
      const expected = lint(text.startsWith('\uFEFF') ? text.slice(1) : text);
      expect(report!.findings.map((f) => [f.type, f.start, f.end, f.text])).toEqual(expected.findings.map((f) => [f.type, f.start, f.end, f.text]));
      expect(report!.diagnostics.map((d) => d.ruleId)).toEqual(expected.diagnostics.map((d) => d.ruleId));
    }
  }, 120_000);

  it('hostile input: a report (exit 0/1) or a refusal with a reason (exit 2), never a stack trace', async () => {
    for (const text of hostile) {
      const run = await runCli(['--stdin', '--format', 'json'], { input: text });
      expect(run.stderr, `stderr for ${JSON.stringify(text)}`).not.toMatch(/\n\s+at .+:\d+:\d+/);
      expect([0, 1, 2], `exit code for ${JSON.stringify(text)}`).toContain(run.code);
      const json = parseJson(run);
      expect(json.results).toHaveLength(1);
      if (run.code === 2) {
        expect(json.results[0]!.error, 'a refused input says why').toMatch(/\w{4,}/);
        expect(run.stderr).toContain(json.results[0]!.error!);
      } else {
        expect(json.results[0]!.error).toBeUndefined();
      }
    }
  }, 120_000);
});
