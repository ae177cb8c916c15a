/**
 * Term types whose attributes come straight from the lexicon entry: gait, function, medication,
 * setting (a function phrase whose entry gives no level may take it from the words after it).
 */
import type { AnyCandidate, Doc, Extractor } from '../../document.ts';
import type { CompiledLexicon } from '../../lexicon.ts';
import type { TermEntry } from '../../../lexicon/types.ts';
import type { FindingAttributesByType } from '../../types.ts';
import { termCandidate } from './context-window.ts';
import { functionAttributes } from './function-levels.ts';
import { scannerFor } from './scanners.ts';

type SimpleType = 'gait' | 'function' | 'medication' | 'setting';

function entryExtractor<T extends SimpleType>(
  type: T,
  attributes: (entry: TermEntry, doc: Doc, lexicon: CompiledLexicon, first: number, last: number) => FindingAttributesByType[T],
): Extractor {
  return (doc, lexicon) =>
    scannerFor(lexicon, type)
      .scanDoc(doc)
      .map((m) => termCandidate(doc, type, m.first, m.last, attributes(m.payload, doc, lexicon, m.first, m.last)) as AnyCandidate);
}

const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

export const extractGait = entryExtractor('gait', (e) => {
  const aid = text(e.attributes.aid);
  return { abnormal: e.attributes.abnormal === true, ...(aid ? { aid } : {}) };
});

export const extractFunction = entryExtractor('function', (e, doc, lexicon, first, last) =>
  functionAttributes(doc, lexicon, first, last, text(e.attributes.domain) ?? 'other', e.attributes),
);

export const extractMedication = entryExtractor('medication', (e) => {
  const name = text(e.attributes.name);
  return { class: text(e.attributes.class) ?? 'other', ...(name ? { name } : {}) };
});

export const extractSetting = entryExtractor('setting', (e) => ({ setting: text(e.attributes.setting) ?? 'other' }));
