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
import type { SectionDef } from '../lexicon/types.ts';
import { labelsByCode } from './assertion/code-labels.ts';
import type { Doc } from './document.ts';
import { lineIndexAt, lineStartAt, lineStartsOf } from './line-starts.ts';
import type { CompiledLexicon } from './lexicon.ts';
import type { PhraseMatch } from './matcher.ts';
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

/** The section-header matches of one line, scanned once for all the codes on it. */
interface LineHeaders {
  /** Longest non-overlapping matches over the whole line, left to right. */
  matches: PhraseMatch<SectionDef>[];
  /** Token index after the first match that is an inline code label, or Infinity. */
  firstLabelEnd: number;
}

/** "Dx" + ":" — a code section's header followed by a colon. */
function isInlineCodeLabel(doc: Doc, m: PhraseMatch<SectionDef>): boolean {
  return doc.tokens[m.last + 1]?.norm === ':' && m.payloads.some((def) => def.codes === true);
}

/**
 * The note's lines (line-starts.ts finds them once per note), with each line's header matches scanned
 * once, when a code on it first asks.
 */
class Lines {
  private readonly headers = new Map<number, LineHeaders>();

  constructor(
    private readonly doc: Doc,
    private readonly lexicon: CompiledLexicon,
  ) {}

  startOf(offset: number): number {
    return lineStartAt(this.doc, offset);
  }

  headersOf(offset: number): LineHeaders {
    const line = lineIndexAt(this.doc, offset);
    let found = this.headers.get(line);
    if (!found) {
      const starts = lineStartsOf(this.doc);
      const start = starts[line]!;
      // The line runs up to its line break (the character before the next line's start) or the text's end.
      const end = line + 1 < starts.length ? starts[line + 1]! - 1 : this.doc.text.length;
      const matches = this.lexicon.sectionHeaders.findAll(this.doc.tokens, tokenIndexAt(this.doc, start), tokenIndexAt(this.doc, end));
      const label = matches.find((m) => isInlineCodeLabel(this.doc, m));
      this.headers.set(line, (found = { matches, firstLabelEnd: label ? label.last + 1 : Infinity }));
    }
    return found;
  }
}

/**
 * A header of a code section followed by a colon earlier on the code's line: "Seen today. Dx:
 * hypothyroidism E03.9". The answer is what a left-to-right scan from the line's start to the code
 * finds. Each line is scanned once (`lines` keeps its matches) and each code then looks up that
 * scan: a line of thousands of codes stays linear instead of rescanning the line before every code.
 * The line's scan and a scan stopping at the code agree on every match that ends before the code;
 * only a match running past the code can differ (the shorter scan may find a shorter phrase there),
 * so that one match's tokens are rescanned up to the code.
 */
function afterInlineCodeLabel(doc: Doc, lexicon: CompiledLexicon, code: FindingOf<'icd10-code'>, lines: Lines): boolean {
  const line = lines.headersOf(code.start);
  const end = tokenIndexAt(doc, code.start);
  if (line.firstLabelEnd <= end) return true;
  const crossing = firstEndingAtOrAfter(line.matches, end);
  if (!crossing || crossing.first >= end) return false;
  return lexicon.sectionHeaders.findAll(doc.tokens, crossing.first, end).some((m) => isInlineCodeLabel(doc, m));
}

/** The first of `matches` (in text order, non-overlapping) whose last token is at or after `token`. */
function firstEndingAtOrAfter<P>(matches: readonly PhraseMatch<P>[], token: number): PhraseMatch<P> | undefined {
  let lo = 0;
  let hi = matches.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (matches[mid]!.last < token) lo = mid + 1;
    else hi = mid;
  }
  return matches[lo];
}

/** "1. Hypothyroidism E03.9 - start levothyroxine", "2) Weakness R53.1": a numbered problem-list line. */
const NUMBERED_LINE = /^[ \t]*(?:#?\d{1,2}[.)]|[-*\u2022])[ \t]/;

/**
 * A labelled code on a numbered problem-list line, wherever the list ended up ("Exam: ..." on the line
 * above it opens an exam section the list then runs on in).
 */
function onProblemListLine(doc: Doc, code: FindingOf<'icd10-code'>, labels: ReadonlyMap<number, Finding>, lines: Lines): boolean {
  if (!labels.has(code.id)) return false;
  const lineStart = lines.startOf(code.start);
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
  const labels = labelsByCode(doc.text, findings, lexicon);
  const lines = new Lines(doc, lexicon);
  return findings.filter((f): f is FindingOf<'icd10-code'> => {
    if (f.type !== 'icd10-code') return false;
    const inCodeSection = f.section !== null && codeSectionIds.has(f.section);
    const inOtherSection = f.section !== null && otherSectionIds.has(f.section);
    const placed =
      inCodeSection || afterInlineCodeLabel(doc, lexicon, f, lines) || (!inOtherSection && (anywhere || onProblemListLine(doc, f, labels, lines)));
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
  // Codes given with the note (a claim, FHIR, the EHR's code fields, the user) come first and keep
  // their order: that order is the claim's sequence, which sequencing rules judge. A code written in the
  // narrative ("quadriplegia (R53.2) due to dementia (G30.1)") follows the sentence, not the claim.
  for (const option of options.codes ?? []) {
    const { code, source } = typeof option === 'string' ? { code: option, source: 'option' as const } : option;
    add(normalizeCode(code), source ?? 'option');
  }
  const noteCodes = fromNote(doc, findings, lexicon);
  for (const f of noteCodes) {
    const code = normalizeCode(f.attributes.code);
    const given = out.find((c) => c.code === code && c.start === undefined);
    // A given code also written in the note keeps its place and gains the note's span to highlight.
    if (given) Object.assign(given, { start: f.start, end: f.end });
    else add(code, 'note', f);
  }
  return out;
}
