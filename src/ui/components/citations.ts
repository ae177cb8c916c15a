/**
 * Where a rule comes from, as a user would cite it. Rules carry `sources` strings written for the
 * developers (the seed articles, the rulebook, excerpt file names); users see only the published
 * references (ICD-10-CM tabular notes, the Official Guidelines, the ACDIS/AHIMA query practice); the
 * rule's own page (src/ui/rule-docs.ts) cites every source in full.
 */

/** Developer references: the seed articles, the rulebooks (rules.md, packs/<pack>.md) and the spec folder. */
const INTERNAL_SOURCE = /^\s*seeds?\b|rules\.md|\bspec\/|^\s*packs\/[a-z0-9-]+\.md\b/i;
/** A parenthesis naming a path: "(lexicon/codes)". The first part excludes the slash so matching stays linear. */
const PATH_IN_PARENTHESES = /\([^()/]*\/[^()]*\)/g;
/** A word that is a file name: "excerpt_icd10cm_order_2026_lines.txt". */
const FILE_NAME = /\.(?:xml|txt|md|ya?ml|json)[),;:]*$/i;
const TRAILING_PUNCTUATION = new Set([':', ';', ',', ' ']);

function withoutFileReferences(source: string): string {
  const words = source.replace(PATH_IN_PARENTHESES, '').split(' ').filter((word) => word !== '' && !FILE_NAME.test(word));
  let text = words.join(' ').trim();
  while (text !== '' && TRAILING_PUNCTUATION.has(text.at(-1)!)) text = text.slice(0, -1);
  return text;
}

/** Citable sources in their order, each once; internal references dropped, file names removed. */
export function citableSources(sources: readonly string[]): string[] {
  const cited: string[] = [];
  for (const source of sources) {
    if (INTERNAL_SOURCE.test(source)) continue;
    const text = withoutFileReferences(source);
    if (text !== '' && !cited.includes(text)) cited.push(text);
  }
  return cited;
}
