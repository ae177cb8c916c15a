/**
 * Nutrition-focused physical exam findings (lexicon/findings/nfpe.yaml): "moderate temporal wasting",
 * "severe fat loss orbital and triceps", "mild muscle wasting at clavicles", "bilateral pitting edema
 * 2+", RD tables ("Temples: moderate depletion, Clavicle: severe depletion").
 *
 * Each finding word collects the sites and severity words of its clause: an item goes to the next
 * finding when no comma stands between them ("moderate temporal wasting, mild clavicular wasting"),
 * else to the previous one ("fat loss orbital and triceps, muscle wasting temporal"), within a few
 * tokens. A finding without a domain of its own ("wasting", "depletion") takes its sites' (temples:
 * muscle, orbital: fat) and is dropped without one. Two severities ("mild to moderate" written apart,
 * "mild temporal and severe clavicular wasting") give the milder: no grade is claimed beyond what every
 * site shows.
 */
import type { TermEntry } from '../../../lexicon/types.ts';
import type { AnyCandidate, Doc, Extractor } from '../../document.ts';
import type { NfpeAttributes } from '../../types.ts';
import { candidate } from '../values/scan.ts';
import { scannerFor } from './scanners.ts';
import type { TermMatch } from './term-scanner.ts';

const CLAUSE_END = new Set([';', '.', '|']);
/** Tokens (other than sites and severities) allowed between an item and its finding. */
const MAX_GAP = 3;
const SEVERITY_ORDER = ['mild', 'moderate', 'severe'] as const;
type Severity = (typeof SEVERITY_ORDER)[number];

type Match = TermMatch<TermEntry>;

const roleOf = (m: Match) => m.payload.attributes.role;

/** Tokens scanned between an item and a finding at most: a gap longer than this is too long anyway. */
const MAX_SCAN = 16;

/** Tokens between a and b (exclusive) that are neither items nor commas; `far` when the scan gave up. */
function gap(doc: Doc, items: ReadonlySet<number>, a: number, b: number): { tokens: number; comma: boolean; stop: boolean } {
  let tokens = 0;
  let comma = false;
  let stop = b - a > MAX_SCAN;
  for (let k = a; k < b && !stop; k++) {
    const norm = doc.tokens[k]!.norm;
    if (CLAUSE_END.has(norm)) stop = true;
    else if (norm === ',') comma = true;
    else if (!items.has(k)) tokens++;
  }
  return { tokens, comma, stop };
}

function sentenceFindings(doc: Doc, matches: readonly Match[]): AnyCandidate[] {
  const findings = matches.filter((m) => roleOf(m) === 'finding');
  if (findings.length === 0) return [];
  const itemTokens = new Set<number>();
  for (const m of matches) if (roleOf(m) !== 'finding') for (let k = m.first; k <= m.last; k++) itemTokens.add(k);
  const attached = new Map<Match, Match[]>(findings.map((f) => [f, []]));
  // Matches are in text order and do not overlap: walk the findings along with the items.
  let nextIndex = 0;
  for (const item of matches) {
    if (roleOf(item) === 'finding') continue;
    while (nextIndex < findings.length && findings[nextIndex]!.first <= item.last) nextIndex++;
    const next = findings[nextIndex];
    const prev = nextIndex > 0 ? findings[nextIndex - 1] : undefined;
    const toNext = next ? gap(doc, itemTokens, item.last + 1, next.first) : null;
    const toPrev = prev ? gap(doc, itemTokens, prev.last + 1, item.first) : null;
    const nextOk = toNext && !toNext.stop && toNext.tokens <= MAX_GAP;
    const prevOk = toPrev && !toPrev.stop && toPrev.tokens <= MAX_GAP;
    const owner = nextOk && !(toNext.comma && prevOk) ? next : prevOk ? prev : null;
    if (owner) attached.get(owner)!.push(item);
  }
  const out: AnyCandidate[] = [];
  for (const f of findings) {
    const items = attached.get(f)!;
    const sites: string[] = [];
    let siteDomain: NfpeAttributes['domain'] | undefined;
    let severity: Severity | null = null;
    for (const item of items) {
      const a = item.payload.attributes;
      if (a.role === 'site' && typeof a.site === 'string') {
        if (!sites.includes(a.site)) sites.push(a.site);
        if (!siteDomain && (a.domain === 'fat' || a.domain === 'muscle')) siteDomain = a.domain;
      } else if (a.role === 'severity') {
        const s = a.severity as Severity;
        if (severity === null || SEVERITY_ORDER.indexOf(s) < SEVERITY_ORDER.indexOf(severity)) severity = s;
      }
    }
    const own = f.payload.attributes.domain;
    const domain = own === 'fat' || own === 'muscle' || own === 'fluid' ? own : siteDomain;
    if (!domain) continue;
    const first = Math.min(f.first, ...items.map((i) => i.first));
    const last = Math.max(f.last, ...items.map((i) => i.last));
    out.push(candidate(doc, 'nfpe', first, last + 1, { domain, severity, sites }));
  }
  return out;
}

export const extractNfpe: Extractor = (doc, lex) => {
  const out: AnyCandidate[] = [];
  const scanner = scannerFor(lex, 'nfpe');
  for (const s of doc.sentences) {
    const matches = scanner.scanSentence(doc, s).filter((m) => !doc.headerToken[m.first]);
    if (matches.some((m) => roleOf(m) === 'finding')) out.push(...sentenceFindings(doc, matches));
  }
  return out;
};
