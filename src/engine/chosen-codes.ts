/**
 * Chosen codes: the ICD-10-CM codes the note or the user assigns to the encounter.
 *
 * From the note: icd10-code findings written as the encounter's diagnosis, whatever the assertion
 * of their sentence ("Hypothyroidism E03.9 (resolved)", "probable steroid myopathy - G72.0" are still
 * coded, and the coded-condition rules report the wording): in sections whose lexicon definition has
 * `codes: true` (assessment, diagnoses, plan), or after an inline label of such a section in running
 * text ("... Dx: hypothyroidism E03.9"), or as a labelled item of a numbered problem list ("1. Primary
 * hypothyroidism E03.9 - start levothyroxine") outside history, family and instruction sections. A note without any code section (a bare problem list, a
 * pasted fragment) has nowhere better to put its codes, so then codes are read anywhere except in
 * sections about other times, people or hypotheticals (PMH, family history, instructions) and except
 * codes said of a relative or a hypothetical. A code negated by itself, with no words naming its
 * condition ("Not M62.81: no deficit on exam"), is rejected by the writer and not chosen. Then
 * options.codes (source "option" unless given). Duplicates keep their first occurrence and its source.
 */
import { labelsByCode } from './code-labels.ts';
import type { Doc } from './document.ts';
import type { CompiledLexicon } from './lexicon.ts';
import { isHeader, normalizeCode } from './rules/support/codes.ts';
import type { ChosenCode, CodeSource, Finding, FindingOf, LintOptions } from './types.ts';

/** Index of the first token starting at or after `offset` (tokens are in text order). */
function tokenIndexAt(doc: Doc, offset: number): number {
  let lo = 0;
  let hi = doc.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A header of a code section followed by a colon earlier on the code's line: "Seen today. Dx:
 * hypothyroidism E03.9". Only the code's own line is searched, so the cost stays linear.
 */
function afterInlineCodeLabel(doc: Doc, lexicon: CompiledLexicon, code: FindingOf<'icd10-code'>): boolean {
  const lineStart = doc.text.lastIndexOf('\n', code.start) + 1;
  const first = tokenIndexAt(doc, lineStart);
  const end = tokenIndexAt(doc, code.start);
  for (const m of lexicon.sectionHeaders.findAll(doc.tokens, first, end)) {
    if (doc.tokens[m.last + 1]?.norm === ':' && m.payloads.some((def) => def.codes === true)) return true;
  }
  return false;
}

/** "1. Hypothyroidism E03.9 - start levothyroxine", "2) Weakness R53.1": a numbered problem-list line. */
const NUMBERED_LINE = /^[ \t]*(?:#?\d{1,2}[.)]|[-*\u2022])[ \t]/;

/**
 * A labelled code on a numbered problem-list line, wherever the list ended up ("Exam: ..." on the line
 * above it opens an exam section the list then runs on in).
 */
function onProblemListLine(doc: Doc, code: FindingOf<'icd10-code'>, labels: Map<number, Finding>): boolean {
  if (!labels.has(code.id)) return false;
  const lineStart = doc.text.lastIndexOf('\n', code.start) + 1;
  return NUMBERED_LINE.test(doc.text.slice(lineStart, Math.min(code.start, lineStart + 8)));
}

function fromNote(doc: Doc, findings: readonly Finding[], lexicon: CompiledLexicon): FindingOf<'icd10-code'>[] {
  const codeSectionIndexes = new Set(doc.sectionDefs.flatMap((def, i) => (def?.codes ? [i] : [])));
  const codeSectionIds = new Set([...codeSectionIndexes].map((i) => doc.sections[i]!.id));
  // Sections whose findings describe another time, person or a hypothetical by default.
  const otherSectionIds = new Set(
    doc.sections.filter((_, i) => {
      const d = doc.sectionDefs[i]?.defaults;
      return d?.historical === true || d?.family === true || d?.hypothetical === true;
    }).map((s) => s.id),
  );
  const anywhere = codeSectionIndexes.size === 0;
  const labels = labelsByCode(doc.text, findings);
  return findings.filter((f): f is FindingOf<'icd10-code'> => {
    if (f.type !== 'icd10-code') return false;
    const inCodeSection = f.section !== null && codeSectionIds.has(f.section);
    const inOtherSection = f.section !== null && otherSectionIds.has(f.section);
    const placed =
      inCodeSection || afterInlineCodeLabel(doc, lexicon, f) || (!inOtherSection && (anywhere || onProblemListLine(doc, f, labels)));
    if (!placed) return false;
    // Outside a code section, a code said of a relative or a hypothetical is not this encounter's.
    if (!inCodeSection && (f.assertion.family || f.assertion.hypothetical)) return false;
    // "Not M62.81", "no G72.9": the writer rejects the code itself; a negated condition keeps its code.
    return !(f.assertion.negated && !labels.has(f.id));
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
  for (const f of fromNote(doc, findings, lexicon)) add(normalizeCode(f.attributes.code), 'note', f);
  for (const option of options.codes ?? []) {
    const { code, source } = typeof option === 'string' ? { code: option, source: 'option' as const } : option;
    add(normalizeCode(code), source ?? 'option');
  }
  return out;
}
