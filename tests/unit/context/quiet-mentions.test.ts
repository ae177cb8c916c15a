/**
 * Mentions that must not read as today's complaint (issue 11, "quiet unless right"): return
 * precautions whose list holds a relative clause, a past emergency visit introduced as past history, and
 * "weak" said of pulses or a lab. Each with rows that must stay current and affirmed.
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/engine/index.ts';
import type { Assertion } from '../../../src/engine/types.ts';

const weaknessOf = (text: string) => lint(text).findings.filter((f) => f.type === 'weakness');
const flags = (a: Assertion) => Object.entries(a).filter(([k, v]) => v && k !== 'chronic').map(([k]) => k).sort();

describe('conditionals keep their scope through a relative clause', () => {
  it.each([
    ['call the office if she experiences fever, numbness that worsens, weakness of the hand, or fatigue', ['hypothetical']],
    ['return if he develops pain that spreads, leg weakness or confusion', ['hypothetical']],
    ['Return precautions: new weakness that does not resolve, chest pain', ['hypothetical']],
    // Negative rows: no conditional, or the conditional ended with its sentence.
    ['She has numbness that worsens at night and weakness of the hand.', []],
    ['Call if fever. She reports weakness of the hand today.', []],
  ] as [string, string[]][])('%s', (text, expected) => {
    const found = weaknessOf(text);
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) expect(flags(f.assertion)).toEqual(expected);
  });
});

describe('past encounters named as past history', () => {
  it.each([
    ['Past history is notable for an emergency room visit in 2015 for weakness and dizziness.', ['historical']],
    ['Past medical history is significant for weakness after a viral illness, with no recurrence.', ['historical']],
    ['ED visit in 2019 for generalized weakness, attributed at that time to dehydration.', ['historical']],
    // Negative rows: today's complaint, and a family member's past.
    ['Today she reports weakness and dizziness for two days.', []],
    ['Her mother had weakness after an ED visit in 2015.', ['family', 'historical']],
  ] as [string, string[]][])('%s', (text, expected) => {
    const found = weaknessOf(text);
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) expect(flags(f.assertion)).toEqual(expected);
  });
});

describe('"weak" said of pulses and lab results is not weakness', () => {
  it.each([
    ['Exam: weak DP and PT pulses bilaterally.', 0],
    ['Labs: ANA weakly positive 1:80.', 0],
    ['weak dorsalis pedis pulse on the left', 0],
    // Negative rows: muscle weakness beside them still counts.
    ['Exam: weak DP pulses; hip flexors weak 4/5.', 1],
    ['Feels weak; ANA weakly positive.', 1],
  ] as [string, number][])('%s', (text, count) => {
    expect(weaknessOf(text)).toHaveLength(count);
  });
});
