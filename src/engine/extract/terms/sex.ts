/**
 * The patient's sex (lexicon/findings/sex.yaml). Explicit statements: a sex noun right after an age
 * ("72M", "72 F", "68 yo F", "72-year-old white woman"; adjectives of `sex.between` may stand between),
 * after a field label ("Sex: F", "Gender: male"), or a title before a capitalised name ("Mrs. Lopez",
 * "Mr Ng"). A pronoun ("she", "his") is a weaker cue, reported only when the note states the sex
 * nowhere explicitly, and then only its first one: the evidence view is not filled with pronouns.
 */
import type { AnyCandidate, Doc, Extractor } from '../../document.ts';
import type { CompiledLexicon } from '../../lexicon.ts';
import type { SexAttributes } from '../../types.ts';
import type { TermEntry } from '../../../lexicon/types.ts';
import { extractAges } from '../values/ages.ts';
import { termCandidate } from './context-window.ts';
import { scannerFor } from './scanners.ts';
import { TermScanner, type TermMatch } from './term-scanner.ts';

interface SexCues {
  labels: TermScanner<true>;
  between: TermScanner<true>;
  /** Single-word nouns by their written form ("m", "f", "male"), for the letter glued to an age ("72M"). */
  glued: Map<string, 'female' | 'male'>;
}

const cache = new WeakMap<CompiledLexicon, SexCues>();

function cuesOf(lexicon: CompiledLexicon): SexCues {
  let cues = cache.get(lexicon);
  if (cues) return cues;
  const labels = new TermScanner<true>();
  const between = new TermScanner<true>();
  const glued = new Map<string, 'female' | 'male'>();
  for (const file of lexicon.data.findings) {
    if (file.type !== 'sex') continue;
    for (const p of file.sex?.labels ?? []) labels.addTerm(p, true);
    for (const p of file.sex?.between ?? []) between.addTerm(p, true);
    for (const e of file.entries) {
      if (e.attributes.form !== 'noun') continue;
      for (const t of e.terms) if (!t.includes(' ')) glued.set(t.toLowerCase(), e.attributes.sex as 'female' | 'male');
    }
  }
  cues = { labels, between, glued };
  cache.set(lexicon, cues);
  return cues;
}

/** The match of `scanner` starting exactly at token i (inside the sentence). */
function matchAt<P>(doc: Doc, scanner: TermScanner<P>, i: number): TermMatch<P> | null {
  const s = doc.sentences[doc.sentenceOfToken[i] ?? -1];
  if (!s || i >= s.endToken) return null;
  const [m] = scanner.scan(doc.text, doc.tokens, i, Math.min(s.endToken, i + 6));
  return m && m.first === i ? m : null;
}

const GLUED_AGE = /^\d{1,3}([a-z]+)$/;
/** Adjectives read between an age and its sex noun. */
const MAX_BETWEEN = 3;

function explicitAfterAges(doc: Doc, lexicon: CompiledLexicon, nouns: TermScanner<TermEntry>, cues: SexCues): AnyCandidate[] {
  const out: AnyCandidate[] = [];
  for (const age of extractAges(doc, lexicon, {})) {
    const last = age.endToken - 1;
    const glued = GLUED_AGE.exec(doc.tokens[last]!.norm);
    const sex = glued ? cues.glued.get(glued[1]!) : undefined;
    if (sex) {
      out.push(termCandidate(doc, 'sex', last, last, { sex, cue: 'explicit' }));
      continue;
    }
    // "72 F" is one age candidate: its last token may be the noun.
    const inside = age.endToken - age.firstToken > 1 ? matchAt(doc, nouns, last) : null;
    let i = age.endToken;
    for (let n = 0; n < MAX_BETWEEN && !inside; n++) {
      if (doc.tokens[i]?.norm === '-' || doc.tokens[i]?.norm === ',') i++;
      const b = matchAt(doc, cues.between, i);
      if (!b) break;
      i = b.last + 1;
    }
    const noun = inside ?? matchAt(doc, nouns, i);
    if (noun && noun.payload.attributes.form === 'noun') out.push(termCandidate(doc, 'sex', noun.first, noun.last, attributesOf(noun.payload, 'explicit')));
  }
  return out;
}

function attributesOf(e: TermEntry, cue: SexAttributes['cue']): SexAttributes {
  return { sex: e.attributes.sex as SexAttributes['sex'], cue };
}

export const extractSex: Extractor = (doc, lexicon) => {
  const cues = cuesOf(lexicon);
  const words = scannerFor(lexicon, 'sex');
  const out = explicitAfterAges(doc, lexicon, words, cues);
  let firstPronoun: AnyCandidate | null = null;
  for (const m of words.scanDoc(doc)) {
    const form = m.payload.attributes.form;
    if (form === 'noun') {
      // "Sex: F", "Gender - male".
      let j = m.first - 1;
      while (j >= 0 && (doc.tokens[j]!.norm === ':' || doc.tokens[j]!.norm === '-')) j--;
      const label = j >= 0 && j < m.first - 1 ? labelEndingAt(doc, cues, j) : false;
      if (label) out.push(termCandidate(doc, 'sex', m.first, m.last, attributesOf(m.payload, 'explicit')));
    } else if (form === 'title') {
      // "Mrs. Lopez", "Mr Ng": a capitalised name follows.
      let k = m.last + 1;
      if (doc.tokens[k]?.norm === '.') k++;
      const name = doc.tokens[k];
      if (name && name.kind === 'word' && name.upper && doc.tokens[m.first]!.upper) out.push(termCandidate(doc, 'sex', m.first, m.last, attributesOf(m.payload, 'explicit')));
    } else if (form === 'pronoun' && !firstPronoun) {
      firstPronoun = termCandidate(doc, 'sex', m.first, m.last, attributesOf(m.payload, 'pronoun'));
    }
  }
  if (out.length === 0 && firstPronoun) out.push(firstPronoun);
  return out;
};

/** A field label ends at token j ("Sex", "Gender", "Sex assigned at birth"). */
function labelEndingAt(doc: Doc, cues: SexCues, j: number): boolean {
  const s = doc.sentences[doc.sentenceOfToken[j] ?? -1];
  const from = Math.max(s ? s.firstToken : 0, j - 4);
  return cues.labels.scan(doc.text, doc.tokens, from, j + 1).some((m) => m.last === j);
}
