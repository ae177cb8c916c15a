/**
 * Electrodiagnostic results: an EMG/NCS test and its result in one finding ("EMG: myopathic motor
 * units", "NCS normal", "EMG/NCS showed length-dependent sensorimotor polyneuropathy"), or the
 * result before the test ("myopathic changes on EMG"). `abnormal` comes from the result words
 * (lexicon/findings/electrodiagnostic.yaml roles). A test that is ordered or planned, not resulted
 * ("EMG to evaluate for myopathy", "NCS pending"), is a workup item only.
 */
import type { AnyCandidate, Doc, Extractor } from '../../document.ts';
import type { CompiledLexicon } from '../../lexicon.ts';
import type { TermEntry } from '../../../lexicon/types.ts';
import type { TermMatch } from './term-scanner.ts';
import { cuesNear, sectionRoleAt, termCandidate } from './context-window.ts';
import { scannerFor } from './scanners.ts';

/** Longest result read after a test, in tokens. */
const RESULT_SPAN = 25;
const RESULT_STOP = new Set([';', '|']);
// Words between a test and its result: "EMG: ...", "NCS - normal", "NCS was normal".
const LEAD = new Set([':', '-', '=', '\u2013', ',', 'was', 'were', 'is', 'with']);
const TRAILING = new Set(['.', ',', ';', ':', '-', ')', '(']);

type Match = TermMatch<TermEntry>;
const role = (m: Match) => m.payload.attributes.role;

/** The test's nearest status cue says resulted ("showed", "normal"), or there is none outside the plan. */
function resulted(doc: Doc, test: Match, lexicon: CompiledLexicon): boolean {
  const cue = cuesNear(doc, lexicon.workupCues, test.first, test.last)[0];
  if (cue) return cue.payload === 'resulted';
  return sectionRoleAt(doc, test.first) !== 'plan';
}

export const extractElectrodiagnostic: Extractor = (doc, lexicon) => {
  const out: AnyCandidate[] = [];
  const scanner = scannerFor(lexicon, 'electrodiagnostic');
  for (const s of doc.sentences) {
    if (doc.headerToken[s.firstToken]) continue;
    const matches = scanner.scanSentence(doc, s);
    if (matches.length === 0) continue;
    let prevTest = -1;
    matches.forEach((test, i) => {
      if (role(test) !== 'test') return;
      const previous = prevTest;
      prevTest = i;
      if (!resulted(doc, test, lexicon)) return;
      let next = i + 1;
      while (next < matches.length && role(matches[next]!) !== 'test') next++;
      let end = Math.min(s.endToken, test.last + 1 + RESULT_SPAN, next < matches.length ? matches[next]!.first : Infinity);
      for (let k = test.last + 1; k < end; k++) if (RESULT_STOP.has(doc.tokens[k]!.norm)) end = k;
      const after = matches.slice(i + 1, next).filter((m) => m.last < end);
      const before = after.length > 0 ? [] : matches.slice(previous + 1, i);
      const results = after.length > 0 ? after : before;
      if (results.length === 0) return;

      let first: number;
      let last: number;
      let resultFirst: number;
      let resultLast: number;
      if (after.length > 0) {
        resultFirst = test.last + 1;
        while (resultFirst < end && LEAD.has(doc.tokens[resultFirst]!.norm)) resultFirst++;
        const resultedCue = lexicon.workupCues.matchAt(doc.tokens, resultFirst, end);
        if (resultedCue?.payloads[0] === 'resulted' && resultedCue.last < after[0]!.first) resultFirst = resultedCue.last + 1;
        resultLast = end - 1;
        while (resultLast > resultFirst && TRAILING.has(doc.tokens[resultLast]!.norm)) resultLast--;
        first = test.first;
        last = resultLast;
      } else {
        resultFirst = before[0]!.first;
        resultLast = before[before.length - 1]!.last;
        first = resultFirst;
        last = test.last;
      }
      const abnormal = results.some((m) => role(m) === 'abnormal-result') ? true : results.some((m) => role(m) === 'normal-result') ? false : null;
      out.push(
        termCandidate(doc, 'electrodiagnostic', first, last, {
          test: String(test.payload.attributes.test),
          result: doc.text.slice(doc.tokens[resultFirst]!.start, doc.tokens[resultLast]!.end),
          abnormal,
        }),
      );
    });
  }
  return out;
};
