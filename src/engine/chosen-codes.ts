/**
 * Chosen codes: the ICD-10-CM codes the note or the user assigns to the encounter.
 *
 * From the note: icd10-code findings in sections whose lexicon definition has `codes: true`
 * (assessment, diagnoses, plan). A note without any such section (a bare problem list, a one-line
 * note, a pasted fragment) has nowhere better to put its codes, so then codes are read anywhere
 * except sections that describe other times or people (history, family, instructions are removed by
 * their assertion defaults). Negated, historical, family and hypothetical codes are not chosen; a
 * "rule out" code is chosen only inpatient (Guidelines IV.H vs II.H). Then options.codes (source
 * "option" unless given). Duplicates keep their first occurrence and its source.
 */
import type { Doc } from './document.ts';
import type { CompiledLexicon } from './lexicon.ts';
import { isHeader, normalizeCode } from './rules/support/codes.ts';
import type { ChosenCode, CodeSource, Finding, FindingOf, LintOptions } from './types.ts';

function fromNote(doc: Doc, findings: readonly Finding[], options: LintOptions): FindingOf<'icd10-code'>[] {
  const codeSectionIndexes = new Set(doc.sectionDefs.flatMap((def, i) => (def?.codes ? [i] : [])));
  const codeSectionIds = new Set([...codeSectionIndexes].map((i) => doc.sections[i]!.id));
  const anywhere = codeSectionIndexes.size === 0;
  return findings.filter((f): f is FindingOf<'icd10-code'> => {
    if (f.type !== 'icd10-code') return false;
    if (!anywhere && (f.section === null || !codeSectionIds.has(f.section))) return false;
    const a = f.assertion;
    if (a.negated || a.historical || a.family || a.hypothetical) return false;
    return !a.uncertain || options.setting === 'inpatient';
  });
}

function describe(lexicon: CompiledLexicon, code: string): Pick<ChosenCode, 'title' | 'known' | 'billable'> {
  const def = lexicon.codes.get(code);
  if (def) return { title: def.title, known: true, billable: def.billable && def.invalid !== true };
  // A category above known codes ("M62", "G72.8" if absent) is a header even when not listed itself.
  return { title: null, known: false, billable: isHeader(lexicon, code) ? false : null };
}

export function chooseCodes(doc: Doc, findings: Finding[], options: LintOptions, lexicon: CompiledLexicon): ChosenCode[] {
  const out: ChosenCode[] = [];
  const seen = new Set<string>();
  const add = (code: string, source: CodeSource, span?: { start: number; end: number }) => {
    if (code === '' || seen.has(code)) return;
    seen.add(code);
    out.push({ code, source, ...describe(lexicon, code), ...(span ? { start: span.start, end: span.end } : {}) });
  };
  for (const f of fromNote(doc, findings, options)) add(normalizeCode(f.attributes.code), 'note', f);
  for (const option of options.codes ?? []) {
    const { code, source } = typeof option === 'string' ? { code: option, source: 'option' as const } : option;
    add(normalizeCode(code), source ?? 'option');
  }
  return out;
}
