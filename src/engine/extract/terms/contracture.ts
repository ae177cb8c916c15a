/**
 * Contractures (lexicon/findings/contracture.yaml) with the joints, side and severity written around
 * the term in its clause: "bilateral knee and hip flexion contractures" (knee, hip; bilateral),
 * "contractures of both knees", "severe contractures of all extremities", "hands contracted". The
 * finding spans the words it read, so "no contractures" and "h/o knee contracture" are the assertion
 * stage's to read.
 */
import type { AnyCandidate, Doc, Extractor } from '../../document.ts';
import type { CompiledLexicon } from '../../lexicon.ts';
import type { ContractureAttributes, ContractureSeverity, Laterality } from '../../types.ts';
import { sentenceAt, termCandidate } from './context-window.ts';
import { scannerFor } from './scanners.ts';
import { TermScanner } from './term-scanner.ts';

type Cue = { kind: 'site'; id: string } | { kind: 'side'; value: Laterality } | { kind: 'severity'; value: ContractureSeverity };

/** Tokens read before and after the term ("bilateral knee, hip and elbow flexion contractures"). */
const BEFORE = 8;
const AFTER = 8;
/** Punctuation and words that end the joints' list. */
const STOPS = new Set(['.', ';', ':', '(', ')', '|', 'but', 'with', 'without', 'no', 'and/or']);
/** Words that may stand between the term and its joints after it ("contractures of both knees and hips"). */
const LINKS = new Set(['of', 'at', 'in', 'involving', 'the', 'both', 'and', ',', 'her', 'his', 'bilateral', '-', '/', '&']);

const cache = new WeakMap<CompiledLexicon, TermScanner<Cue>>();

function cueScanner(lexicon: CompiledLexicon): TermScanner<Cue> {
  let scanner = cache.get(lexicon);
  if (scanner) return scanner;
  scanner = new TermScanner<Cue>();
  const def = lexicon.data.findings.find((f) => f.type === 'contracture' && f.contracture)?.contracture;
  for (const s of def?.sites ?? []) for (const t of s.terms) scanner.addTerm(t, { kind: 'site', id: s.id });
  for (const l of [...lexicon.data.anatomy.laterality, ...(def?.laterality ?? [])]) {
    for (const p of l.phrases) scanner.addTerm(p, { kind: 'side', value: l.value });
  }
  for (const s of def?.severity ?? []) for (const p of s.phrases) scanner.addTerm(p, { kind: 'severity', value: s.severity });
  cache.set(lexicon, scanner);
  return scanner;
}

/** [from, to) around the term inside its sentence, cut at the nearest stop on each side. */
function windowAround(doc: Doc, first: number, last: number): [number, number] {
  const s = sentenceAt(doc, first);
  let from = first;
  while (from > s.firstToken && first - from < BEFORE && !STOPS.has(doc.tokens[from - 1]!.norm)) from--;
  let to = last + 1;
  while (to < s.endToken && to - last <= AFTER && !STOPS.has(doc.tokens[to]!.norm)) to++;
  return [from, to];
}

export const extractContracture: Extractor = (doc, lexicon) => {
  const out: AnyCandidate[] = [];
  const cues = cueScanner(lexicon);
  for (const m of scannerFor(lexicon, 'contracture').scanDoc(doc)) {
    const [from, to] = windowAround(doc, m.first, m.last);
    const before = cues.scan(doc.text, doc.tokens, from, m.first);
    // After the term only a joint list counts: "contractures of both knees", not "contracture; knee pain".
    const after = [];
    let i = m.last + 1;
    for (const c of cues.scan(doc.text, doc.tokens, m.last + 1, to)) {
      let linked = true;
      for (let k = i; k < c.first && linked; k++) linked = LINKS.has(doc.tokens[k]!.norm);
      if (!linked) break;
      after.push(c);
      i = c.last + 1;
    }
    const read = [...before, ...after];
    const sites = [...new Set(read.flatMap((c) => (c.payload.kind === 'site' ? [c.payload.id] : [])))];
    if (m.payload.attributes.needsSite === true && sites.length === 0) continue;
    const sides = new Set(read.flatMap((c) => (c.payload.kind === 'side' ? [c.payload.value] : [])));
    const severity = read.map((c) => c.payload).find((p): p is Extract<Cue, { kind: 'severity' }> => p.kind === 'severity')?.value;
    const attributes: ContractureAttributes = { sites, severity: severity ?? null };
    const laterality: Laterality | undefined = sides.has('bilateral') || (sides.has('left') && sides.has('right')) ? 'bilateral' : [...sides][0];
    if (laterality) attributes.laterality = laterality;
    const first = before.length > 0 ? before[0]!.first : m.first;
    const last = after.length > 0 ? after[after.length - 1]!.last : m.last;
    out.push(termCandidate(doc, 'contracture', first, last, attributes));
  }
  return out;
};
