/**
 * lint(): the engine's one entry point. Pure: text and options in, one LintResult out; no DOM, no
 * browser APIs, no I/O. Stages: analyze (tokens, sections, sentences) -> extract candidates ->
 * resolve overlaps -> assertion (ConText) -> findings -> care setting -> chosen codes -> checklists -> rules.
 */
import { analyze } from './analyze.ts';
import { resolveSetting } from './care-setting.ts';
import { buildChecklists } from './evidence/checklists.ts';
import { chooseCodes } from './chosen-codes.ts';
import { inheritLabelAssertions } from './assertion/code-labels.ts';
import { assertCandidates } from './assertion/assert.ts';
import { markOtherPatientValues } from './assertion/wrong-patient.ts';
import type { AnyCandidate } from './document.ts';
import { EXTRACTORS } from './extract/index.ts';
import { markCurrentLabs } from './extract/values/lab-time.ts';
import { linkCauses } from './relations/cause-links.ts';
import { defaultLexicon, type CompiledLexicon } from './lexicon.ts';
import { validateOptions } from './options.ts';
import { resolveOverlaps } from './overlaps.ts';
import type { RuleInput } from './rule-input.ts';
import { runRules } from './rules/index.ts';
import type { Finding, FindingOf, LintOptions, LintResult, Sentence } from './types.ts';

export function lint(text: string, rawOptions: LintOptions = {}, lexicon: CompiledLexicon = defaultLexicon()): LintResult {
  if (typeof text !== 'string') throw new TypeError('lint() expects the note text as a string');
  const validated = validateOptions(rawOptions, lexicon);
  const doc = analyze(text, lexicon);
  // Every stage after this reads the resolved setting: the caller's, else the note's, else outpatient.
  const setting = resolveSetting(doc, validated, lexicon);
  const options: LintOptions = { ...validated, setting: setting.value };
  const candidates: AnyCandidate[] = resolveOverlaps(EXTRACTORS.flatMap((extract) => extract(doc, lexicon, options)));
  const assertions = assertCandidates(doc, candidates, lexicon);
  const findings: Finding[] = candidates.map(
    (c, id) =>
      ({
        id,
        type: c.type,
        text: text.slice(c.start, c.end),
        start: c.start,
        end: c.end,
        section: doc.sections[doc.sentences[c.sentence]?.sectionIndex ?? 0]?.id ?? null,
        sentence: c.sentence,
        assertion: assertions[id]!,
        attributes: c.attributes,
      }) as Finding,
  );
  inheritLabelAssertions(text, findings, lexicon);
  // Values a later statement gives to another patient (a wrong-patient paste) are not the patient's.
  markOtherPatientValues(doc, findings, lexicon);
  // Which value of a series is current needs the assertions: a hypothetical threshold is no result.
  markCurrentLabs(findings.filter((f): f is FindingOf<'lab'> => f.type === 'lab' && !f.assertion.hypothetical && !f.assertion.negated && !f.assertion.family));
  linkCauses(doc, findings);
  const codes = chooseCodes(doc, findings, options, lexicon);
  const input: RuleInput = { text, doc, findings, codes, options, lexicon };
  const sentences: Sentence[] = doc.sentences.map((s) => ({
    index: s.index,
    start: s.start,
    end: s.end,
    section: doc.sections[s.sectionIndex]?.id ?? null,
  }));
  return {
    version: 1,
    length: text.length,
    sections: doc.sections,
    sentences,
    findings,
    codes,
    setting,
    checklists: buildChecklists(input),
    diagnostics: runRules(input),
  };
}
