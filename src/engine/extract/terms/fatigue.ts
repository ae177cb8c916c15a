/**
 * Fatigue, tiredness, lethargy, low energy, malaise. "Exhausted" also means used up: "conservative
 * options have been exhausted", "exhausted all nonsurgical treatment", "PT visits are exhausted".
 * When what is exhausted is a resource (the word's subject or object in its clause), it is not the
 * patient's fatigue.
 */
import type { AnyCandidate, Doc, Extractor } from '../../document.ts';
import { termCandidate } from './context-window.ts';
import { scannerFor } from './scanners.ts';

const USED_UP = new Set(['exhausted', 'exhaustion']);
// What a note says is used up. Everyday words, not clinical vocabulary, so they live here.
const RESOURCES = new Set(['option', 'options', 'measure', 'measures', 'treatment', 'treatments', 'therapy', 'therapies',
  'management', 'care', 'modalities', 'alternatives', 'approaches', 'avenues', 'efforts', 'attempts', 'remedies',
  'interventions', 'possibilities', 'trials', 'resources', 'supplies', 'supply', 'benefits', 'coverage', 'visits',
  'funds', 'savings', 'reserves', 'stores']);
// Words between "exhausted" and its subject: "options have all been exhausted".
const BEFORE = new Set(['have', 'has', 'had', 'been', 'being', 'be', 'are', 'is', 'was', 'were', 'all', 'now', 'already',
  'largely', 'essentially', 'fully', 'completely', 'nearly', 'mostly']);
// Words between "exhausted" and its object: "exhausted all reasonable conservative options", "exhaustion of ...".
const AFTER = new Set(['all', 'of', 'his', 'her', 'their', 'the', 'our', 'available', 'conservative', 'nonoperative',
  'nonsurgical', 'non', '-', 'operative', 'surgical', 'medical', 'other', 'reasonable', 'these', 'those', 'usual',
  'standard', 'outpatient', 'insurance', 'pt', 'therapy']);
/** Most grammar words read on each side. */
const REACH = 4;

function resourceNear(doc: Doc, first: number, last: number): boolean {
  const sentence = doc.sentences[doc.sentenceOfToken[first]!]!;
  for (let i = first - 1, n = 0; i >= sentence.firstToken && n <= REACH; i--, n++) {
    const norm = doc.tokens[i]!.norm;
    if (RESOURCES.has(norm)) return true;
    if (!BEFORE.has(norm)) break;
  }
  for (let i = last + 1, n = 0; i < sentence.endToken && n <= REACH; i++, n++) {
    const norm = doc.tokens[i]!.norm;
    if (RESOURCES.has(norm)) return true;
    if (!AFTER.has(norm)) break;
  }
  return false;
}

export const extractFatigue: Extractor = (doc, lexicon) =>
  scannerFor(lexicon, 'fatigue')
    .scanDoc(doc)
    .filter((m) => !(m.first === m.last && USED_UP.has(doc.tokens[m.first]!.norm) && resourceNear(doc, m.first, m.last)))
    .map((m) => termCandidate(doc, 'fatigue', m.first, m.last, {}) as AnyCandidate);
