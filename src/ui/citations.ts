/**
 * Rule sources as a reader cites them, for the two places that show them: the rule's page in the
 * rules catalogue (scripts/rule-docs: every citable source, official publications under their
 * published names, the industry articles the product started from under their titles, marked as not
 * official) and the popup (src/ui/popup: only what a user would cite, as written, no industry
 * article). Rule meta names its sources the way the developers found them ("seed 003 (...)",
 * "rules.md: workup-plan", "ICD-10-CM FY2026 tabular: ... (lexicon/codes)"); one table of source forms
 * says what each audience shows. The catalogue refuses a form the table does not know, so a new
 * internal reference cannot slip into the published pages (`npm run docs:rules -- --check` runs it
 * over every rule); the popup, at run time, shows an unknown form as written, file references removed.
 */

export type CitationAudience = 'page' | 'popup';

/** The industry articles (vendor blog posts) the rulebook's "seed NNN" references stand for. */
const SEED_ARTICLES: Record<string, string> = {
  '000': '"What Every Coder and Provider Must Know About Weakness ICD 10 Code R53.1 in 2026"',
  '001': '"ICD-10 Coding for Generalized Weakness (R53.1, M62.81)", Freed',
  '002': '"What You Need to Know About the ICD-10 Code for Generalized Weakness", Mike Willee, January 2024',
  '003': '"ICD-10 Code M62.81: Muscle weakness, generalized", Pabau',
  '004': '"ICD-10 Code M62.81 - Billing Guide for Muscle Weakness (Generalized)", Providers Care Billing, June 2025',
};

const GUIDELINES = 'ICD-10-CM Official Guidelines for Coding and Reporting FY2026';

/** Words that only make sense inside this repository or its development material: never on a rule's page. */
const INTERNAL = /\bseeds?\b|rules\.md|lexicon\/|\.txt\b|\.ts\b|\.\.\/shared|\bexcerpts?\b/i;
/** A parenthesis naming a repository folder or the excerpts: "(lexicon/codes)", "(excerpts)". */
const REPOSITORY_NOTE = / ?\((?:lexicon\/[^()]*|excerpts)\)/g;
/** A word that is a file name or a path: "excerpt_icd10cm_order_2026_lines.txt", "../shared/...". */
const FILE_WORD = /\.(?:xml|txt|md|ya?ml|json)[),;:]*$|^\.\.?\//i;
const TRAILING_PUNCTUATION = new Set([':', ';', ',', ' ']);

/** The source as written, its repository notes and file names removed. */
function asWritten(source: string): string {
  const words = source.replace(REPOSITORY_NOTE, '').split(' ').filter((word) => word !== '' && !FILE_WORD.test(word));
  let text = words.join(' ').trim();
  while (text !== '' && TRAILING_PUNCTUATION.has(text.at(-1)!)) text = text.slice(0, -1);
  return text;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

type Cite = (m: RegExpExecArray, source: string) => string | null;

interface SourceForm {
  form: string;
  match: RegExp;
  /** On the rule's page; null: not cited. */
  page: Cite;
  /** In the popup; null: not shown. */
  popup: Cite;
}

const notCited: Cite = () => null;
const written: Cite = (_, s) => asWritten(s);

const SOURCE_FORMS: readonly SourceForm[] = [
  {
    form: 'the rulebooks and the spec (rules.md, packs/<pack>.md, spec/): development material',
    match: /^(?:rules\.md|packs\/[a-z0-9-]+\.md|spec\/)/i,
    page: notCited,
    popup: notCited,
  },
  {
    form: 'a seed article: "seed NNN (what it says)"',
    match: /^seeds?\b(?: (\d{3}))?(?: \(([^()]*)\))?(.*)$/i,
    page: (m, s) => {
      const article = m[1] === undefined ? undefined : SEED_ARTICLES[m[1]];
      if (!article || m[2] === undefined) throw new Error(`rule source "${s}": unknown seed ${m[1] ?? ''}`.trim());
      const rest = m[3]!.replace(/^;\s*/, '').trim();
      const says = capitalise(m[2]).replace(/\bthe seed's\b/g, "the article's");
      return `Industry article (not an official coding source): ${article}. ${says}${rest ? `; ${rest}` : ''}.`;
    },
    popup: notCited,
  },
  {
    form: 'the Official Guidelines: "ICD-10-CM Official Guidelines FY2026 Section ..."',
    match: /^ICD-10-CM Official Guidelines FY2026 (Sections? .*)$/,
    page: (m) => `${GUIDELINES}, ${m[1]}`,
    popup: written,
  },
  {
    form: 'the tabular list: "ICD-10-CM FY2026 tabular: ..."',
    match: /^ICD-10-CM (FY20\d\d) tabular:? (.*)$/,
    page: (m) => `ICD-10-CM Tabular List, ${m[1]}: ${m[2]!.replace(REPOSITORY_NOTE, '').trim()}`,
    popup: written,
  },
  {
    form: 'the order file: "ICD-10-CM FY2026 order file (what)"',
    match: /^ICD-10-CM (FY20\d\d) order file \(([^()]*)\)/,
    page: (m) => `ICD-10-CM order file (code descriptions in tabular order), ${m[1]}: ${m[2]}`,
    popup: written,
  },
  { form: 'the ACDIS/AHIMA query practice briefs', match: /^ACDIS\/AHIMA /, page: (_, s) => s, popup: written },
  {
    // WHO publications, journal articles cited by author and year ("Schulman S, Kearon C. ... 2005;3:692-4").
    form: "clinical literature behind a pack's thresholds, cited by author or body and year",
    match: /^(?:[A-Z][A-Za-z'-]+ [A-Z]{1,3}\b|KDIGO|ASPEN|GLIM|WHO|KDOQI).*?(?:19|20)\d\d\b/,
    page: (_, s) => s,
    popup: written,
  },
];

/** `source` as `audience` cites it, or null when that audience does not show it. The page throws on an unknown form. */
export function citation(source: string, audience: CitationAudience): string | null {
  const s = source.trim();
  for (const row of SOURCE_FORMS) {
    const m = row.match.exec(s);
    if (!m) continue;
    const cited = row[audience](m, s);
    if (audience === 'page' && cited !== null && INTERNAL.test(cited)) {
      throw new Error(`rule source "${s}" would be published with an internal reference: "${cited}"`);
    }
    return cited === '' ? null : cited;
  }
  if (audience === 'popup') return asWritten(s) || null;
  throw new Error(
    `rule source "${s}": unknown form. Cite an official publication ("ICD-10-CM Official Guidelines FY2026 Section ...", ` +
      `"ICD-10-CM FY2026 tabular: ..."), an ACDIS/AHIMA brief or a seed article.`,
  );
}

/** The citations of a rule's sources for `audience`, in their order, each once. */
export function citations(sources: readonly string[], audience: CitationAudience): string[] {
  return [...new Set(sources.map((s) => citation(s, audience)).filter((c): c is string => c !== null))];
}
