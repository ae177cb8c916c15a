/**
 * Rule sources as a reader cites them. Rule meta names its sources the way the developers found
 * them ("seed 003 (...)", "rules.md: workup-plan", "ICD-10-CM FY2026 tabular: ..."); the catalogue
 * shows official publications under their published names, the industry articles the product
 * started from under their titles (marked as not official), and drops references to the project's
 * own development material. A source in a form this module does not know is an error, so a new
 * internal reference cannot slip into the published pages.
 */

/** The industry articles (vendor blog posts) the rulebook's "seed NNN" references stand for. */
const SEED_ARTICLES: Record<string, string> = {
  '000': '"What Every Coder and Provider Must Know About Weakness ICD 10 Code R53.1 in 2026"',
  '001': '"ICD-10 Coding for Generalized Weakness (R53.1, M62.81)", Freed',
  '002': '"What You Need to Know About the ICD-10 Code for Generalized Weakness", Mike Willee, January 2024',
  '003': '"ICD-10 Code M62.81: Muscle weakness, generalized", Pabau',
  '004': '"ICD-10 Code M62.81 - Billing Guide for Muscle Weakness (Generalized)", Providers Care Billing, June 2025',
};

const GUIDELINES = 'ICD-10-CM Official Guidelines for Coding and Reporting FY2026';

/** Words that only make sense inside this repository or its development material. */
const INTERNAL = /\bseeds?\b|rules\.md|lexicon\/|\.txt\b|\.ts\b|\.\.\/shared|\bexcerpts?\b/i;

/** `source` as a reader cites it, or null when it is an internal reference only. Throws on an unknown form. */
export function citation(source: string): string | null {
  const s = source.trim();
  // The rulebooks (rules.md, packs/<pack>.md) are development material: not cited.
  if (/^(?:rules|packs\/[a-z0-9-]+)\.md\b/.test(s)) return null;

  const seed = /^seed (\d{3}) \(([^()]*)\)(.*)$/.exec(s);
  if (seed) {
    const article = SEED_ARTICLES[seed[1]!];
    if (!article) throw new Error(`rule source "${s}": unknown seed ${seed[1]}`);
    const rest = seed[3]!.replace(/^;\s*/, '').trim();
    const says = capitalise(seed[2]!).replace(/\bthe seed's\b/g, "the article's");
    return check(`Industry article (not an official coding source): ${article}. ${says}${rest ? `; ${rest}` : ''}.`, s);
  }

  const guidelines = /^ICD-10-CM Official Guidelines FY2026 (Sections? .*)$/.exec(s);
  if (guidelines) return check(`${GUIDELINES}, ${guidelines[1]}`, s);

  const tabular = /^ICD-10-CM (FY20\d\d) tabular:? (.*)$/.exec(s);
  if (tabular) {
    const what = tabular[2]!.replace(/ ?\((?:lexicon\/[^()]*|excerpts)\)/g, '').trim();
    return check(`ICD-10-CM Tabular List, ${tabular[1]}: ${what}`, s);
  }

  const order = /^ICD-10-CM (FY20\d\d) order file \(([^()]*)\)/.exec(s);
  if (order) return check(`ICD-10-CM order file (code descriptions in tabular order), ${order[1]}: ${order[2]}`, s);

  if (/^ACDIS\/AHIMA /.test(s)) return check(s, s);
  // Clinical literature behind a pack's thresholds (WHO publications, journal articles cited by
  // author and year: "Schulman S, Kearon C. ... 2005;3:692-4"), published as written.
  if (/^(?:[A-Z][A-Za-z'-]+ [A-Z]{1,3}\b|KDIGO|ASPEN|GLIM|WHO|KDOQI).*?(?:19|20)\d\d\b/.test(s)) return check(s, s);
  throw new Error(`rule source "${s}": unknown form. Cite an official publication ("ICD-10-CM Official Guidelines FY2026 Section ...", "ICD-10-CM FY2026 tabular: ..."), an ACDIS/AHIMA brief or a seed article.`);
}

/** The citations of a rule's sources, internal references dropped, duplicates removed. */
export function citations(sources: readonly string[]): string[] {
  return [...new Set(sources.map(citation).filter((c): c is string => c !== null))];
}

function check(cited: string, source: string): string {
  if (INTERNAL.test(cited)) throw new Error(`rule source "${source}" would be published with an internal reference: "${cited}"`);
  return cited;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
