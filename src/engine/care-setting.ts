/**
 * The care setting of a note (inpatient or outpatient), which decides how uncertain diagnoses are
 * coded (Guidelines II.H vs IV.H). The caller's setting wins; otherwise the note's own cues
 * (lexicon/coding.yaml: "discharge summary", "hospital day 3", "LTACH" vs "office visit",
 * "telehealth visit") are weighed, counting only affirmed, current mentions, so "no prior
 * hospitalizations" or "if worse, admit" say nothing. Without a clear winner the default is
 * outpatient.
 */
import { assertCandidates } from './assertion/assert.ts';
import type { AnyCandidate, Doc } from './document.ts';
import type { CompiledLexicon } from './lexicon.ts';
import type { CareSetting, EvidenceRef, LintOptions, ResolvedSetting } from './types.ts';

const DEFAULT_SETTING: CareSetting = 'outpatient';

interface Cue {
  setting: CareSetting;
  weight: number;
  ref: EvidenceRef;
}

function noteCues(doc: Doc, lexicon: CompiledLexicon): Cue[] {
  const matches = lexicon.settingCues.findAll(doc.tokens);
  const candidates: AnyCandidate[] = matches.map((m) => ({
    type: 'setting',
    start: doc.tokens[m.first]!.start,
    end: doc.tokens[m.last]!.end,
    firstToken: m.first,
    endToken: m.last + 1,
    sentence: doc.sentenceOfToken[m.first]!,
    attributes: { setting: m.payloads[0]!.setting },
  }));
  const assertions = assertCandidates(doc, candidates, lexicon);
  const cues: Cue[] = [];
  matches.forEach((m, i) => {
    const a = assertions[i]!;
    if (a.negated || a.historical || a.hypothetical || a.family || a.uncertain) return;
    const c = candidates[i]!;
    // A phrase listed for both settings or at two weights counts once, at its highest weight per setting.
    for (const setting of ['inpatient', 'outpatient'] as const) {
      const weight = Math.max(0, ...m.payloads.filter((p) => p.setting === setting).map((p) => p.weight));
      if (weight > 0) cues.push({ setting, weight, ref: { start: c.start, end: c.end, findingId: null, type: 'setting', text: doc.text.slice(c.start, c.end) } });
    }
  });
  return cues;
}

export function resolveSetting(doc: Doc, options: LintOptions, lexicon: CompiledLexicon): ResolvedSetting {
  if (options.setting) return { value: options.setting, source: 'option' };
  const cues = noteCues(doc, lexicon);
  const score = (s: CareSetting) => cues.filter((c) => c.setting === s).reduce((n, c) => n + c.weight, 0);
  const inpatient = score('inpatient');
  const outpatient = score('outpatient');
  const threshold = lexicon.data.coding.settingThreshold;
  const winner: CareSetting | null =
    inpatient >= threshold && inpatient > outpatient ? 'inpatient' : outpatient >= threshold && outpatient > inpatient ? 'outpatient' : null;
  if (!winner) return { value: DEFAULT_SETTING, source: 'default' };
  const evidence = cues
    .filter((c) => c.setting === winner)
    .sort((a, b) => b.weight - a.weight || a.ref.start - b.ref.start)
    .slice(0, 3)
    .map((c) => c.ref)
    .sort((a, b) => a.start - b.start);
  return { value: winner, source: 'note', evidence };
}
