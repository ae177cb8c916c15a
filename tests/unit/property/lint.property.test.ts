/**
 * Property tests of lint() over generated input: hostile Unicode, clinical-looking text built from
 * the lexicon, and mutated fixture notes. Invariants: no exception, every span inside the text and
 * on its characters, deterministic output, and shift invariance under a neutral leading paragraph.
 * The seed is printed; replay a failure with NOTE_LINT_SEED=<seed>.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { lint, type Finding, type LintResult } from '../../../src/engine/index.ts';
import { clinicalText, examText, expectWellFormed, fcParams, hostileText, mutatedNote, SEED, validOptions } from './support.ts';

/**
 * Leading paragraphs that carry no finding, trigger, header or code, so the note after them must
 * read exactly as it does alone. ("Patient seen in clinic today." is NOT neutral: "seen in clinic"
 * is a setting finding.) A blank line ends the paragraph so no sentence or scope crosses into the note.
 */
const NEUTRAL_PREFIXES = ['Seen today.\n\n', 'Thank you for seeing this patient.\n\n', 'Dictated and signed.\n\n', '\n\n', 'Note typed by the author.\r\n\r\n'];

/**
 * The engine reads a short first line without a full stop as the note's title (workup.ts: a
 * specialty named in the title is the note's type, not a referral), so any leading paragraph moves
 * the note's first line out of the title slot. Both sides of the comparison therefore start with
 * the same title line, and the prefix goes between it and the note.
 */
const TITLE = 'Visit Note\n\n';

const RUNS = { hostile: 3000, clinical: 2000, exam: 1500, mutated: 800, options: 800, interleaved: 500, shift: 1000 };
const counted = { hostile: 0, clinical: 0, exam: 0, mutated: 0, options: 0, interleaved: 0, shift: 0 };

beforeAll(() => {
  console.log(`property seed: ${SEED} (replay with NOTE_LINT_SEED=${SEED})`);
  return () => console.log(`property cases run: ${JSON.stringify(counted)}`);
});

/** What must not change when the note moves right by `shift` code units. */
function shifted(findings: readonly Finding[], shift: number) {
  return findings.map((f) => ({
    type: f.type,
    start: f.start - shift,
    end: f.end - shift,
    text: f.text,
    section: f.section,
    assertion: f.assertion,
    // A trend's id is its first value's character offset (types.ts), so it moves with the text too.
    attributes: f.type === 'lab' && f.attributes.trendId !== undefined ? { ...f.attributes, trendId: f.attributes.trendId - shift } : f.attributes,
  }));
}

function codesOf(result: LintResult, shift: number) {
  return result.codes.map((c) => ({ ...c, ...(c.start !== undefined ? { start: c.start - shift, end: c.end! - shift } : {}) }));
}

function checkOne(text: string): LintResult {
  const first = lint(text);
  expectWellFormed(text, first);
  expect(JSON.stringify(lint(text)), 'a second run gives the same JSON').toBe(JSON.stringify(first));
  return first;
}

describe('lint() properties', () => {
  it.each(NEUTRAL_PREFIXES)('the title and the neutral prefix %j alone yield nothing', (prefix) => {
    const result = lint(TITLE + prefix);
    expect(result.findings).toEqual([]);
    expect(result.diagnostics).toEqual([]);
    expect(result.sections.map((s) => s.id)).toEqual(['preamble']);
  });

  it('hostile Unicode: never throws, spans exact, deterministic', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        counted.hostile++;
        checkOne(text);
      }),
      fcParams(RUNS.hostile),
    );
  });

  it('clinical-looking text from the lexicon: never throws, spans exact, deterministic', () => {
    fc.assert(
      fc.property(clinicalText, (text) => {
        counted.clinical++;
        checkOne(text);
      }),
      fcParams(RUNS.clinical),
    );
  });

  it('exam sentences dense in strength phrases, sites and grades: never throw, spans exact, deterministic', () => {
    fc.assert(
      fc.property(examText, (text) => {
        counted.exam++;
        checkOne(text);
      }),
      fcParams(RUNS.exam),
    );
  });

  it('mutated fixture notes: never throw, spans exact, deterministic', () => {
    fc.assert(
      fc.property(mutatedNote, ({ text }) => {
        counted.mutated++;
        checkOne(text);
      }),
      fcParams(RUNS.mutated),
    );
  });

  it('any valid options: never throw, spans exact, deterministic, a rule set to off reports nothing', () => {
    const note = fc.oneof(clinicalText, mutatedNote.map((m) => m.text));
    fc.assert(
      fc.property(note, validOptions, (text, options) => {
        counted.options++;
        const result = lint(text, options);
        expectWellFormed(text, result);
        expect(JSON.stringify(lint(text, options))).toBe(JSON.stringify(result));
        const off = new Set(Object.entries(options.rules ?? {}).flatMap(([id, level]) => (level === 'off' ? [id] : [])));
        expect(result.diagnostics.filter((d) => off.has(d.ruleId))).toEqual([]);
        for (const d of result.diagnostics) {
          const level = options.rules?.[d.ruleId];
          if (level !== undefined) expect(d.severity, `${d.ruleId} set to ${level}`).toBe(level);
        }
      }),
      fcParams(RUNS.options),
    );
  });

  it('no state survives a call: linting other notes with other options in between changes nothing', () => {
    const note = fc.oneof(clinicalText, examText, mutatedNote.map((m) => m.text), hostileText);
    fc.assert(
      fc.property(note, fc.array(fc.tuple(note, validOptions), { minLength: 1, maxLength: 3 }), (text, between) => {
        counted.interleaved++;
        const first = JSON.stringify(lint(text));
        for (const [other, options] of between) lint(other, options);
        expect(JSON.stringify(lint(text))).toBe(first);
      }),
      fcParams(RUNS.interleaved),
    );
  });

  it('shift invariance: a neutral paragraph before the note moves every finding and code by its length and changes nothing else', () => {
    const note = fc.oneof({ weight: 2, arbitrary: clinicalText }, { weight: 1, arbitrary: examText }, { weight: 2, arbitrary: mutatedNote.map((m) => m.text) }, { weight: 1, arbitrary: hostileText });
    fc.assert(
      fc.property(note, fc.constantFrom(...NEUTRAL_PREFIXES), (text, prefix) => {
        counted.shift++;
        const alone = lint(TITLE + text);
        const after = lint(TITLE + prefix + text);
        expectWellFormed(TITLE + prefix + text, after);
        expect(shifted(after.findings, prefix.length)).toEqual(shifted(alone.findings, 0));
        expect(codesOf(after, prefix.length)).toEqual(codesOf(alone, 0));
        const rules = (r: LintResult) => r.diagnostics.map((d) => `${d.ruleId} ${d.severity} ${d.code ?? ''}`).sort();
        expect(rules(after)).toEqual(rules(alone));
      }),
      fcParams(RUNS.shift),
    );
  });
});
