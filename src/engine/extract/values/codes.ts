/**
 * ICD-10-CM and CPT codes written in the note.
 *
 * ICD-10-CM, read by the one written-code reader (writtenIcd10cmCodeAt): a letter, two digits (the
 * few categories with a letter in third place are not read here yet), then optionally a dot and up
 * to four characters: "R53.1", "(M62.81)", "M62.81 - muscle weakness", "G35.A", "T46.6X5A",
 * and without the dot "R531", "M6281" (upper case as written). A bare three-character category
 * ("I50", "R54") is a code only in a code-like place: in parentheses, after "ICD-10"/"code"/"dx",
 * before " - description", next to another code, or written in capitals in a section codes are
 * read from (assessment, plan). Lab and vitamin names ("B12", "A1C", "D3",
 * "T4") are never codes: the analyte aliases exclude them and the shape excludes the rest.
 * `valid` is the shape; `known` is membership in the code lexicon.
 *
 * CPT: five digits (or four and F/T for category II/III) only with a CPT cue in the sentence before
 * it ("CPT 99214", "(CPT: 97110)", "CPT codes: 97110, 97530") or right after it ("97110 (CPT)"),
 * or leading the lines of a list under a CPT heading ("CPT codes:\n- 97110: Therapeutic exercise").
 */
import { isIcd10cmCode, normalizeIcd10cm, writtenIcd10cmCodeAt } from '../../../codes/icd10cm.ts';
import type { AnyCandidate, Doc, Extractor } from '../../document.ts';
import type { CompiledLexicon } from '../../lexicon.ts';
import { scannerFor } from '../terms/scanners.ts';
import { candidate } from './scan.ts';

/** "T36.8C", "T98.6F" in vital signs: a temperature, not a T code (whose fifth character is never C or F). */
const TEMPERATURE_RE = /^t\d\d\.\d[cf]$/i;
/** "T11 compression fracture": thoracic levels T10-T12 are not ICD-10-CM categories. */
const SPINAL_LEVEL_RE = /^t1[0-2]$/i;

const ICD_CUES = new Set(['icd', 'icd10', 'icd-10', 'icd10cm', 'code', 'codes', 'dx', 'diagnosis', 'diagnoses', 'coded', 'billed']);
const CODE_LIST_SEPARATORS = new Set([',', ';', '/', 'and', '&', '+']);
const DESCRIPTION_DASHES = new Set(['-', '\u2013', '\u2014', ':', '=']);

const isDigit = (c: number) => c >= 48 && c <= 57;

interface CodeHit {
  code: string;
  first: number;
  last: number;
  /** Written with a dot or more than three characters: a code wherever it stands. */
  full: boolean;
}

/** Tokens each side of a bare category searched for a treatment name that contains it. */
const TREATMENT_WINDOW = 4;

/** "insulin + D50", "1 amp D50": a bare category inside a treatment name (lexicon) is the drug, unless a code cue says otherwise. */
function inTreatmentName(doc: Doc, lex: CompiledLexicon, i: number): boolean {
  const scanner = scannerFor(lex, 'treatment');
  const from = Math.max(0, i - TREATMENT_WINDOW);
  const to = Math.min(doc.tokens.length, i + TREATMENT_WINDOW + 1);
  return scanner.scan(doc.text, doc.tokens, from, to).some((m) => m.first <= i && i <= m.last);
}

function readCode(doc: Doc, lex: CompiledLexicon, i: number): CodeHit | null {
  const t = doc.tokens;
  const tok = t[i]!;
  // Cheap test first: a letter and two digits open every code read here ("A1C", "T2DM" are no codes).
  if (tok.kind !== 'word' || tok.end - tok.start < 3 || !isDigit(tok.norm.charCodeAt(1)) || !isDigit(tok.norm.charCodeAt(2))) return null;
  const raw = doc.text.slice(tok.start, tok.end);
  const prev = t[i - 1];
  if (prev && prev.end === tok.start && (prev.kind !== 'punct' || prev.norm === '.' || prev.norm === '-')) return null;
  // The reader reads the folded text; a code is written in plain letters ("É12" folds to "e12" but is none).
  if (raw.toLowerCase() !== tok.norm) return null;
  const written = writtenIcd10cmCodeAt(t, i);
  if (written?.form === 'dotted') {
    const ext = t[i + 2]!;
    const after = t[i + 3];
    if (after && after.start === ext.end && after.kind !== 'punct') return null;
    if (TEMPERATURE_RE.test(`${raw}.${ext.norm}`)) return null;
    return { code: `${raw}.${doc.text.slice(ext.start, ext.end)}`.toUpperCase(), first: i, last: i + 2, full: true };
  }
  if (written?.form === 'category') {
    if (lex.analyteAliases.matchAt(t, i, i + 1) || SPINAL_LEVEL_RE.test(raw)) return null;
    return { code: raw.toUpperCase(), first: i, last: i, full: false };
  }
  // Without the dot only as written in capitals ("M6281"): "m6281" in prose is not read as a code.
  const undotted = written?.form === 'undotted' && raw === raw.toUpperCase() ? normalizeIcd10cm(raw) : null;
  if (undotted !== null && !lex.analyteAliases.matchAt(t, i, i + 1)) {
    return { code: undotted, first: i, last: i, full: true };
  }
  return null;
}

function codeLikePlace(doc: Doc, lex: CompiledLexicon, hit: CodeHit, neighbours: readonly CodeHit[], from: number, to: number): boolean {
  const t = doc.tokens;
  const before = t[hit.first - 1];
  const after = t[hit.last + 1];
  const inside = hit.first - 1 >= from;
  if (inside && before && (before.norm === '(' || before.norm === '[') && after && (after.norm === ')' || after.norm === ']')) return true;
  for (let k = Math.max(from, hit.first - 3); k < hit.first; k++) if (ICD_CUES.has(t[k]!.norm)) return true;
  if (after && hit.last + 2 < to && DESCRIPTION_DASHES.has(after.norm) && after.spaceBefore && t[hit.last + 2]!.kind === 'word') return true;
  // Below, the weaker places: there a treatment name ("insulin + D50") is the drug.
  if (inTreatmentName(doc, lex, hit.first)) return false;
  // "Assessment: Frailty R54", "1. I50 heart failure": a section codes are read from, written in capitals.
  if (doc.sectionDefs[doc.sentences[doc.sentenceOfToken[hit.first]!]!.sectionIndex]?.codes && hit.code === doc.text.slice(t[hit.first]!.start, t[hit.last]!.end)) {
    return true;
  }
  // Next to another code of the sentence, with at most two separators between ("R53.1, R54").
  const k = neighbours.indexOf(hit);
  const listedWith = (left: CodeHit | undefined, right: CodeHit | undefined) => {
    if (!left || !right) return false;
    const gap = right.first - left.last - 1;
    if (gap < 0 || gap > 2) return false;
    for (let g = left.last + 1; g < right.first; g++) if (!CODE_LIST_SEPARATORS.has(t[g]!.norm)) return false;
    return true;
  };
  return listedWith(neighbours[k - 1], hit) || listedWith(hit, neighbours[k + 1]);
}

function extractIcd10(doc: Doc, lex: CompiledLexicon): AnyCandidate[] {
  const out: AnyCandidate[] = [];
  for (const s of doc.sentences) {
    const hits: CodeHit[] = [];
    for (let i = s.firstToken; i < s.endToken; i++) {
      if (doc.headerToken[i]) continue;
      const hit = readCode(doc, lex, i);
      if (hit) {
        hits.push(hit);
        i = hit.last;
      }
    }
    for (const hit of hits) {
      if (!hit.full && !codeLikePlace(doc, lex, hit, hits, s.firstToken, s.endToken)) continue;
      out.push(candidate(doc, 'icd10-code', hit.first, hit.last + 1, { code: hit.code, valid: isIcd10cmCode(hit.code), known: lex.codes.has(hit.code) }));
    }
  }
  return out;
}

const CPT_RE = /^(?:\d{5}|\d{4}[FT])$/i;
const CPT_CUES = new Set(['cpt', 'hcpcs', 'procedure', 'procedures']);

/** A CPT-shaped number at token i: five digits (or four and F/T), not part of a decimal or a grouped number. */
function isCptAt(doc: Doc, i: number): boolean {
  const t = doc.tokens;
  const tok = t[i]!;
  if (doc.headerToken[i] || tok.norm.length !== 5 || !CPT_RE.test(tok.norm)) return false;
  const prev = t[i - 1];
  const next = t[i + 1];
  if (prev && prev.end === tok.start && (prev.kind !== 'punct' || prev.norm === ',' || prev.norm === '.')) return false;
  return !(next && next.start === tok.end && (next.norm === ',' || next.norm === '.') && t[i + 2]?.kind === 'number' && t[i + 2]!.start === next.end);
}

/** The sentence starts with a code, after list markup ("- 97110: Therapeutic exercises"). */
function leadingCode(doc: Doc, s: { firstToken: number; endToken: number }): boolean {
  let i = s.firstToken;
  while (i < s.endToken && doc.tokens[i]!.kind === 'punct') i++;
  return i < s.endToken && isCptAt(doc, i);
}

function extractCpt(doc: Doc): AnyCandidate[] {
  const out: AnyCandidate[] = [];
  const t = doc.tokens;
  // A list under a CPT heading ("CPT codes:\n- 97110: ...\n- 97530: ...") stays cued line by line.
  let listCued = false;
  for (const s of doc.sentences) {
    let cued = listCued && leadingCode(doc, s);
    let sawCue = false;
    for (let i = s.firstToken; i < s.endToken; i++) {
      const tok = t[i]!;
      if (CPT_CUES.has(tok.norm) && (tok.norm !== 'procedure' && tok.norm !== 'procedures' || t[i + 1]?.norm === 'code' || t[i + 1]?.norm === 'codes')) {
        cued = true;
        sawCue = true;
      }
      if (!isCptAt(doc, i)) continue;
      let after = false;
      for (let k = i + 1; k < Math.min(s.endToken, i + 4); k++) if (t[k]!.norm === 'cpt') after = true;
      if (!cued && !after) continue;
      out.push(candidate(doc, 'cpt-code', i, i + 1, { code: doc.text.slice(tok.start, tok.end).toUpperCase() }));
    }
    listCued = sawCue || (listCued && leadingCode(doc, s));
  }
  return out;
}

export const extractIcd10Codes: Extractor = (doc, lex) => extractIcd10(doc, lex);
export const extractCptCodes: Extractor = (doc) => extractCpt(doc);
