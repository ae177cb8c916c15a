import { diagnosisCodes, findingsOf, isConfirmedInSetting, isCurrentMention, toRef } from '../../evidence/index.ts';
import type { CompiledLexicon } from '../../lexicon.ts';
import type { EvidenceRef, SuggestedCode } from '../../types.ts';
import { refCovers, suggestion, suggestionsFor } from '../support/codes.ts';
import { defineRule } from '../support/define-rule.ts';
import { codeParam, codesParam, hintText, stringParam } from '../support/params.ts';

const classesByLexicon = new WeakMap<CompiledLexicon, Map<string, string>>();

/** Medication class -> the adverse-effect code the code lexicon gives it (`medicationClasses`), once per lexicon. */
function adverseEffectCodes(lexicon: CompiledLexicon): Map<string, string> {
  let classes = classesByLexicon.get(lexicon);
  if (!classes) {
    classes = new Map();
    for (const def of lexicon.data.codes) for (const c of def.medicationClasses ?? []) classes.set(c, def.code);
    classesByLexicon.set(lexicon, classes);
  }
  return classes;
}

export default defineRule('drug-induced-myopathy', {
  check(ctx) {
    const suggest = codeParam(ctx, 'suggest');
    // Myopathy codes that, linked to a drug in one sentence, document the drug-induced myopathy: a
    // diagnosis coded in one of them, or by a family above one ("M62.8-" above M62.82), counts.
    const myopathy = codesParam(ctx, 'linkedMyopathy');
    const classes = adverseEffectCodes(ctx.lexicon);
    const meds = findingsOf(ctx.findings, 'medication').filter((m) => isCurrentMention(m) && classes.has(m.attributes.class));
    const diagnoses = findingsOf(ctx.findings, 'diagnosis').filter((f) => isConfirmedInSetting(f, ctx.options));
    const explicit = diagnoses.filter((f) => diagnosisCodes(ctx, f).some((c) => refCovers(c, suggest)));
    // A myopathy linked to a drug in one sentence: "myopathy secondary to atorvastatin".
    const linkedSentences = new Set(findingsOf(ctx.findings, 'cause-link').filter(isCurrentMention).map((l) => l.sentence));
    const medSentences = new Set(meds.map((m) => m.sentence));
    const linked = diagnoses.filter(
      (f) =>
        diagnosisCodes(ctx, f).some((c) => myopathy.some((r) => refCovers(r, c) || refCovers(c, r))) &&
        linkedSentences.has(f.sentence) &&
        medSentences.has(f.sentence),
    );
    const found = explicit.length > 0 ? explicit : linked;
    if (found.length === 0) return;
    // Quote the drug with the myopathy when they are linked in one sentence: "Myopathy secondary to atorvastatin".
    const drug = explicit.length > 0 ? undefined : meds.find((m) => m.sentence === found[0]!.sentence && m.start > found[0]!.end);
    const quote = drug ? ctx.text.slice(found[0]!.start, drug.end) : found[0]!.text;
    const evidence: EvidenceRef[] = [...found, ...meds].map(toRef).sort((a, b) => a.start - b.start);
    const suggested: SuggestedCode[] = suggestionsFor(ctx.lexicon, suggest, stringParam(ctx, 'reason', { text: quote }));
    for (const m of meds) {
      const t = classes.get(m.attributes.class)!;
      if (!suggested.some((s) => s.code === t)) suggested.push(suggestion(ctx.lexicon, t, stringParam(ctx, 'reasonAdverseEffect', { drug: m.attributes.name ?? m.text, class: m.attributes.class })));
    }
    for (const code of ctx.chosen(ctx.meta.codes)) {
      ctx.report({
        messageId: 'drug',
        data: { text: quote, code: code.code },
        code: code.code,
        span: ctx.spanFor(code),
        evidence,
        suggestedCodes: suggested,
        documentationHint: hintText(ctx, 'drug'),
      });
    }
  },
});
