/**
 * Provider query drafts that follow the ACDIS/AHIMA "Guidelines for Achieving a Compliant Query
 * Practice" (2022) in the common frame of the condition packs. The wording is lexicon data
 * (lexicon/queries.yaml); this module only assembles it:
 *
 * - indicators are the rule's evidence quoted exactly, with section and date/time when the note gives
 *   one; a code or the label of the diagnosis being asked about is never an indicator;
 * - options are filtered by their conditions; "Other" and "Clinically undetermined" (yes/no: "Unable to
 *   determine") are always added; nothing is pre-selected;
 * - one query per clinical question per note: the diagnostics of one note that share a question and a
 *   code get one query (its asks merged), carried by the most severe of them; the others carry none;
 * - a question with no indicator to quote, or whose asks a documented decision withdraws, is not sent.
 */
import { namesIcd10cmCode } from '../codes/icd10cm.ts';
import type { QueryTemplateDef } from '../lexicon/types.ts';
import { codeLabelIds } from './assertion/code-labels.ts';
import { diagnosisCodes, isEvidenceId, type EvidenceResult } from './evidence/index.ts';
import { defaultLexicon, type CompiledLexicon } from './lexicon.ts';
import { PhraseMatcher } from './matcher.ts';
import { QUERY_CONDITIONS } from './query-conditions.ts';
import type { RuleInput } from './rule-input.ts';
import { refCovers } from './rules/support/codes.ts';
import { affirmedTermSetHits, isTermSet, termSetRef } from './evidence/term-sets.ts';
import { tokenize } from '../text/tokens.ts';
import type { Diagnostic, EvidenceRef, Section, Severity, Span } from './types.ts';

/** What a rule asks for when it reports: the builder picks the wording. */
export interface QueryRequest {
  /** Template id; by default the template whose `usedBy` names the reporting rule (and code). */
  template?: string;
  /** The chosen code the question is about (groups the note's diagnostics into one question). */
  code?: string | null;
  /** The clinical indicators, strongest first: values, treatments, symptoms, exam findings. */
  indicators: readonly EvidenceRef[];
  /** Values for the template's `{name}` placeholders. */
  fill?: Record<string, string>;
}

export interface PendingQuery {
  diagnostic: Diagnostic;
  ruleId: string;
  request: QueryRequest;
}

export interface Indicator {
  text: string;
  /** Where it appears: the section's display name. */
  where: string;
  /** Date, time or time label the note gives for it ("3/2 08:00", "on admission"). */
  when: string | null;
}

/** A query quotes enough indicators to judge, not every repetition of a pasted note. */
export const MAX_QUERY_INDICATORS = 8;
/** Evidence looked at for them: the strongest come first, and a pasted note may repeat one thousands of times. */
const MAX_INDICATOR_CANDIDATES = MAX_QUERY_INDICATORS * 25;

/** The section an offset lies in (sections tile the note in order: binary search). */
function sectionAt(input: Pick<RuleInput, 'doc'>, offset: number): Section | undefined {
  const sections = input.doc.sections;
  let lo = 0;
  let hi = sections.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sections[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return sections[lo];
}

function sectionRoleAt(input: Pick<RuleInput, 'doc' | 'lexicon'>, offset: number): string | null {
  const section = sectionAt(input, offset);
  return section ? (input.lexicon.sections.get(section.id)?.role ?? null) : null;
}

/** The section display name for an offset. */
export function sectionNameAt(input: Pick<RuleInput, 'doc' | 'lexicon'>, offset: number): string {
  const section = sectionAt(input, offset);
  if (!section || section.id === 'preamble') return 'note, before any section header';
  return input.lexicon.sections.get(section.id)?.name ?? (section.title || section.id);
}

// ---- dates and times -----------------------------------------------------------------------------

// A date with a year, an ISO date, a month/day followed by a clock time, or a clock time; each with
// bounded repetitions, so a line of digits stays linear.
const DATE_TIME = /\b(?:\d{1,2}\/\d{1,2}\/\d{2,4}|\d{4}-\d{2}-\d{2})(?: \d{1,2}:\d{2})?|\b\d{1,2}\/\d{1,2} \d{1,2}:\d{2}\b|\b\d{1,2}:\d{2}\b/g;
// "3/14: Na 126": a month/day that opens the line and is followed by a colon.
const LINE_DATE = /^[\t ]*(\d{1,2}\/\d{1,2}):/;
const LOOKBACK = 80;
const LOOKAHEAD = 40;

const timeLabelCache = new WeakMap<CompiledLexicon, PhraseMatcher<true>>();
function timeLabels(lexicon: CompiledLexicon): PhraseMatcher<true> {
  let m = timeLabelCache.get(lexicon);
  if (!m) {
    m = new PhraseMatcher<true>();
    for (const p of lexicon.data.queries.timeLabels) m.add(p, true);
    timeLabelCache.set(lexicon, m);
  }
  return m;
}

/** The date or time the note gives for the span on its own line: before it, else a time label after it. */
export function whenOf(text: string, lexicon: CompiledLexicon, start: number, end: number): string | null {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEndAt = text.indexOf('\n', end);
  const lineEnd = lineEndAt < 0 ? text.length : lineEndAt;
  const before = text.slice(Math.max(lineStart, start - LOOKBACK), start);
  let last: string | null = null;
  for (const m of before.matchAll(DATE_TIME)) last = m[0];
  if (last) return last;
  if (lineStart >= start - LOOKBACK) {
    const opening = LINE_DATE.exec(text.slice(lineStart, start));
    if (opening) return opening[1]!;
  }
  const afterEnd = Math.min(lineEnd, end + LOOKAHEAD);
  const tokens = tokenize(text, end, afterEnd);
  const label = timeLabels(lexicon).findAll(tokens)[0];
  if (!label) return null;
  // "POD 2", "hospital day 3": the number after the label belongs to it.
  const next = tokens[label.last + 1];
  const stop = next && next.kind === 'number' ? next.end : tokens[label.last]!.end;
  return text.slice(tokens[label.first]!.start, stop);
}

// ---- indicators ----------------------------------------------------------------------------------

/** One line of the note, quoted exactly: a line break inside a span becomes a space. */
function quote(text: string): string {
  return text
    .split(/\r\n?|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join(' ');
}

/** A short sentence is quoted whole ("Hip flexors 4/5 bilaterally."), a long one only as the finding. */
const MAX_SENTENCE_QUOTE = 120;

/**
 * The text to quote for an evidence span: its sentence (after any section header) when short and
 * free of codes, so "4/5" reads "Hip flexors 4/5 bilaterally."; a lab result as the finding itself.
 */
function quoteSpan(input: RuleInput, e: EvidenceRef, codeSentences: ReadonlySet<number>): Span {
  if (e.type === 'lab') return e;
  const { doc } = input;
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (doc.sentences[mid]!.start <= e.start) lo = mid;
    else hi = mid - 1;
  }
  const s = doc.sentences[lo];
  if (!s || s.end < e.end) return e;
  let first = s.firstToken;
  while (first < s.endToken && doc.headerToken[first]) first++;
  const start = Math.min(doc.tokens[first]?.start ?? e.start, e.start);
  if (s.end - start > MAX_SENTENCE_QUOTE) return e;
  return codeSentences.has(s.index) ? e : { start, end: s.end };
}


/**
 * Quoted indicators, one per distinct text and place, in the order given (strongest first). Codes,
 * code labels ("Weakness (R53.1)") and the diagnosis the question is about are not indicators; for a
 * question about a chosen code, neither is the assessment's own naming of a symptom or diagnosis
 * ("Assessment: Muscle weakness due to deconditioning"): the label is not evidence for itself.
 */
export function indicatorsFrom(input: RuleInput, refs: readonly EvidenceRef[], code: string | null = null): Indicator[] {
  const labels = codeLabelIds(input.text, input.findings, input.lexicon);
  const statementTypes: readonly string[] = input.lexicon.data.coding.codeLabelTypes;
  const codeSentences = new Set(input.findings.filter((f) => f.type === 'icd10-code' || f.type === 'cpt-code').map((f) => f.sentence));
  const seen = new Set<string>();
  const out: Indicator[] = [];
  for (const e of refs.slice(0, MAX_INDICATOR_CANDIDATES)) {
    if (out.length >= MAX_QUERY_INDICATORS) break;
    if (e.type === 'icd10-code' || e.type === 'cpt-code') continue;
    if (e.findingId !== null && labels.has(e.findingId)) continue;
    if (code !== null && e.type === 'diagnosis' && e.findingId !== null) {
      const f = input.findings[e.findingId];
      if (f?.type === 'diagnosis' && diagnosisCodes(input, f).some((c) => refCovers(c, code))) continue;
    }
    // In the assessment, a phrase that names a condition is the provider's diagnostic statement, not an indicator.
    if (code !== null && e.type !== null && statementTypes.includes(e.type) && sectionRoleAt(input, e.start) === 'assessment') continue;
    const span = quoteSpan(input, e, codeSentences);
    const text = quote(input.text.slice(span.start, span.end));
    if (!text) continue;
    const where = sectionNameAt(input, e.start);
    const key = `${text.toLowerCase()}|${where}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ text, where, when: whenOf(input.text, input.lexicon, e.start, e.end) });
  }
  return out;
}

// ---- conditions ----------------------------------------------------------------------------------

export type EvidenceLookup = (id: string) => EvidenceResult;

/** Whether a condition of lexicon/queries.yaml or lab-triggers.yaml holds for the note. */
export function conditionHolds(input: RuleInput, id: string, evidence: EvidenceLookup): boolean {
  const own = (QUERY_CONDITIONS as Record<string, ((input: RuleInput) => boolean) | undefined>)[id];
  if (own) return own(input);
  if (isEvidenceId(input.lexicon, id)) return evidence(id).met;
  if (isTermSet(input.lexicon, id)) return affirmedTermSetHits(input, [id]).length > 0;
  throw new Error(`unknown query condition "${id}"`);
}

// ---- rendering -----------------------------------------------------------------------------------

function fillPlaceholders(template: string, fill: Record<string, string>, id: string): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = fill[name];
    if (value === undefined) throw new Error(`query "${id}": placeholder {${name}} has no value`);
    return value;
  });
}

/** "a", "a and b", "a, b and c". */
function joinAsks(asks: readonly string[]): string {
  if (asks.length <= 1) return asks[0] ?? '';
  return `${asks.slice(0, -1).join(', ')} and ${asks[asks.length - 1]!}`;
}

export interface RenderInput {
  template: QueryTemplateDef;
  indicators: readonly Indicator[];
  /** The asks that apply, already filtered. */
  asks: readonly string[];
  fill: Record<string, string>;
  /** Option texts whose conditions hold. */
  options: readonly string[];
}

/** The draft in the common frame (lexicon/queries.yaml `frame`). */
export function renderQuery(lexicon: CompiledLexicon, r: RenderInput): string {
  const { frame } = lexicon.data.queries;
  const question = fillPlaceholders(r.template.question, { ...r.fill, asks: joinAsks(r.asks) }, r.template.id);
  const answers =
    r.template.form === 'confirm'
      ? [frame.yes, frame.no, frame.other, frame.unableToDetermine]
      : [...r.options.map((o) => fillPlaceholders(o, r.fill, r.template.id)), frame.other, frame.undetermined];
  return [
    frame.indicatorsHeader,
    ...r.indicators.map((i) => `- "${i.text}" (${i.where}${i.when ? `, ${i.when}` : ''})`),
    '',
    question,
    ...answers.map((a) => `[ ] ${a}`),
    '',
    frame.closing,
  ].join('\n');
}

// ---- one query per question ----------------------------------------------------------------------

/** The template a rule's diagnostics use for a code: an exact code entry wins over a rule-wide one. */
export function templateFor(lexicon: CompiledLexicon, ruleId: string, code: string | null): QueryTemplateDef | undefined {
  const all = lexicon.data.queries.queries;
  return (
    all.find((q) => q.usedBy?.some((u) => u.rule === ruleId && u.code !== undefined && u.code === code)) ??
    all.find((q) => q.usedBy?.some((u) => u.rule === ruleId && u.code === undefined))
  );
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Evidence ordered by kind (lexicon/queries.yaml `indicatorOrder`); a stable sort keeps the rule's order within a kind. */
function strongestFirst(lexicon: CompiledLexicon, refs: readonly EvidenceRef[]): EvidenceRef[] {
  const order = lexicon.data.queries.indicatorOrder;
  const rank = (e: EvidenceRef) => {
    const i = order.indexOf(e.type ?? 'treatment');
    return i < 0 ? order.length : i;
  };
  return refs.map((e, i) => ({ e, i, r: rank(e) })).sort((a, b) => a.r - b.r || a.i - b.i).map((x) => x.e);
}

/**
 * Drafts the queries of one note: groups the rules' requests by question and code, merges their
 * indicators and asks, and puts the one draft on the group's most severe diagnostic (first in
 * output order among equals). `pending` is in output order.
 */
export function draftQueries(input: RuleInput, pending: readonly PendingQuery[], evidence: EvidenceLookup): void {
  const groups = new Map<string, { template: QueryTemplateDef; items: PendingQuery[] }>();
  for (const p of pending) {
    const code = p.request.code ?? null;
    const template = p.request.template
      ? input.lexicon.data.queries.queries.find((q) => q.id === p.request.template)
      : templateFor(input.lexicon, p.ruleId, code);
    if (!template) throw new Error(`rule ${p.ruleId}: no query template in lexicon/queries.yaml for ${p.request.template ?? `code ${code ?? '(none)'}`}`);
    const key = `${template.id}|${code ?? ''}|${p.request.template ? p.diagnostic.start : ''}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { template, items: [] }));
    g.items.push(p);
  }
  for (const { template, items } of groups.values()) {
    const carrier = items.reduce((best, p) => (SEVERITY_RANK[p.diagnostic.severity] < SEVERITY_RANK[best.diagnostic.severity] ? p : best));
    const rules = new Set(items.map((p) => p.ruleId));
    const asks = (template.asks ?? [])
      .filter((a) => rules.has(a.rule) && !(a.unless ?? []).some((c) => conditionHolds(input, c, evidence)))
      .map((a) => a.text);
    if (template.asks && asks.length === 0) continue;
    const code = carrier.request.code ?? null;
    const ordered = [carrier, ...items.filter((p) => p !== carrier)];
    const extra = (template.indicators ?? []).flatMap((id) =>
      isEvidenceId(input.lexicon, id) ? evidence(id).evidence : affirmedTermSetHits(input, [id]).map(termSetRef),
    );
    const indicators = indicatorsFrom(input, strongestFirst(input.lexicon, [...ordered.flatMap((p) => p.request.indicators), ...extra]), code);
    if (indicators.length === 0) continue;
    const options = (template.options ?? [])
      .filter((o) => (!o.if || o.if.some((c) => conditionHolds(input, c, evidence))) && !(o.unless ?? []).some((c) => conditionHolds(input, c, evidence)))
      .map((o) => o.text);
    carrier.diagnostic.query = renderQuery(input.lexicon, { template, indicators, asks: [...new Set(asks)], fill: carrier.request.fill ?? {}, options });
  }
}

// ---- compliance ----------------------------------------------------------------------------------

const forbiddenCache = new WeakMap<CompiledLexicon, PhraseMatcher<string>>();
function forbiddenWords(lexicon: CompiledLexicon): PhraseMatcher<string> {
  let m = forbiddenCache.get(lexicon);
  if (!m) {
    m = new PhraseMatcher<string>();
    for (const w of lexicon.data.queries.forbiddenWords) m.add(w, w);
    forbiddenCache.set(lexicon, m);
  }
  return m;
}

/** Forbidden words (payment, DRG, coding ...) in a piece of query wording. */
export function forbiddenWordsIn(text: string, lexicon: CompiledLexicon = defaultLexicon()): string[] {
  return forbiddenWords(lexicon).findAll(tokenize(text)).map((m) => m.payloads[0]!);
}

// A checked box in any of the usual notations: "[x]", "[X]", "(x)", a ballot box with a mark.
const PRESELECTED = /\[[x*✓✔]\]|\(x\)|[☒☑✅]/iu;

/** Problems that make a draft non-compliant (empty when compliant). Quoted indicator lines are the record's words and are not checked for wording. */
export function queryProblems(query: string, lexicon: CompiledLexicon = defaultLexicon()): string[] {
  const { frame } = lexicon.data.queries;
  const lines = query.split('\n');
  const wording = lines.filter((l) => !l.startsWith('- "')).join('\n');
  const problems = forbiddenWordsIn(wording, lexicon).map((w) => `mentions "${w}"`);
  if (PRESELECTED.test(query)) problems.push('pre-selects an answer');
  if (!lines.includes(frame.indicatorsHeader) || !lines.some((l) => l.startsWith('- "'))) problems.push('quotes no clinical indicators');
  const boxes = lines.filter((l) => l.startsWith('[ ] ')).map((l) => l.slice(4));
  if (boxes.length === 0) problems.push('offers no answers');
  if (!boxes.includes(frame.other)) problems.push(`lacks "${frame.other}"`);
  const confirm = boxes.includes(frame.yes);
  if (confirm && !boxes.includes(frame.unableToDetermine)) problems.push(`a yes/no query lacks "${frame.unableToDetermine}"`);
  if (!confirm && !boxes.includes(frame.undetermined)) problems.push(`lacks "${frame.undetermined}"`);
  if (boxes.some(namesIcd10cmCode)) problems.push('an answer names a code');
  return problems;
}
