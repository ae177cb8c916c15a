/**
 * The patient's age: "72-year-old", "72 yo", "72 y/o", "72 y.o.", "72M", "72 F", "age 72",
 * "aged 72", "Age: 72", "72 years of age", "a 9-year-old", "9-month-old" (0.75 years).
 * Not an age: "72 mg", "for 72 hours", "72-hour", "at age 40" (an event in the past, not the
 * current age). Whose age it is ("her 45-year-old son") is the assertion stage's experiencer.
 */
import type { AnyCandidate, Extractor } from '../../document.ts';
import type { CompiledLexicon } from '../../lexicon.ts';
import { candidate, endTokenFor, stickyAt } from './scan.ts';

/** "72-year-old", "72 yo", "72 y/o", "72 yrs old", "72 years of age", "9-month-old", "72yo". */
const YEARS_OLD_RE =
  /(\d{1,3})[ \t\u00a0]{0,2}-?[ \t\u00a0]{0,2}(?:(years?|yrs?|y)[ \t\u00a0]{0,2}-?[ \t\u00a0]{0,2}(?:old|of[ \t\u00a0]{1,3}age)|(yo|y\/o|y\.o\.?|yrs?\.?\s?old)|(months?|mos?|weeks?|wks?|days?)[ \t\u00a0]{0,2}-?[ \t\u00a0]{0,2}old)(?![a-z])/iy;
/** "72M", "72 F", "72 yo M" is read above; here the sex letter alone, upper case as written. */
const AGE_SEX_RE = /(\d{1,3})[ \t\u00a0]?(M|F|[Mm]ale|[Ff]emale|[Mm]an|[Ww]oman)(?![A-Za-z0-9])/y;
/** "age 72", "aged 72", "Age: 72", "age of 72", "age 72 years". */
const AGE_WORD_RE = /(?:age|aged)[ \t\u00a0]{0,2}(?:[:=-]|of|is)?[ \t\u00a0]{0,2}(\d{1,3})(?:[ \t\u00a0]{0,2}(?:years?|yrs?|y\.?o\.?))?(?![\d/:-]|\.\d)/iy;

const NOT_CURRENT_AGE_BEFORE = new Set(['at', 'since', 'by', 'until', 'before', 'after', 'from', 'onset', 'diagnosed', 'till', 'between', 'retirement', 'gestational']);

const temperatureCache = new WeakMap<CompiledLexicon, { words: Set<string>; min: number; max: number }>();

/** "Temp 101 F": a body temperature in Fahrenheit, not a 101-year-old woman (lexicon/findings/vital.yaml `vital`). */
function temperatureCues(lexicon: CompiledLexicon): { words: Set<string>; min: number; max: number } {
  let cues = temperatureCache.get(lexicon);
  if (!cues) {
    const def = lexicon.data.findings.find((f) => f.vital)?.vital;
    cues = { words: new Set(def?.temperatureWords ?? []), min: def?.fahrenheitBody.min ?? Infinity, max: def?.fahrenheitBody.max ?? -Infinity };
    temperatureCache.set(lexicon, cues);
  }
  return cues;
}

function isTemperature(lexicon: CompiledLexicon, tokens: readonly { norm: string }[], i: number, n: number): boolean {
  const cues = temperatureCues(lexicon);
  if (n >= cues.min && n <= cues.max) return true;
  for (let k = Math.max(0, i - 3); k < i; k++) if (cues.words.has(tokens[k]!.norm)) return true;
  return false;
}

function yearsOf(n: number, unit: string | undefined): number {
  if (!unit) return n;
  const u = unit.toLowerCase();
  if (u.startsWith('mo')) return Math.round((n / 12) * 100) / 100;
  if (u.startsWith('w')) return Math.round((n / 52) * 100) / 100;
  if (u.startsWith('d')) return Math.round((n / 365) * 100) / 100;
  return n;
}

export const extractAges: Extractor = (doc, lexicon) => {
  // A larger number written like an age is something else (lexicon/values.yaml `age`).
  const maxYears = lexicon.data.values.age.maxYears;
  const out: AnyCandidate[] = [];
  const t = doc.tokens;
  for (let i = 0; i < t.length; i++) {
    const tok = t[i]!;
    if (doc.headerToken[i]) continue;
    const prev = t[i - 1];
    let years: number | null = null;
    let end = -1;
    const c = tok.norm.charCodeAt(0);
    if (c >= 48 && c <= 57 && !(prev && prev.end === tok.start && (prev.kind !== 'punct' || prev.norm === '.' || prev.norm === '/' || prev.norm === ','))) {
      const yo = stickyAt(YEARS_OLD_RE, doc.text, tok.start);
      const sex = yo ? null : stickyAt(AGE_SEX_RE, doc.text, tok.start);
      if (yo) {
        years = yearsOf(Number(yo[1]), yo[4]);
        end = tok.start + yo[0].length;
      } else if (sex && !(sex[2] === 'F' && isTemperature(lexicon, doc.tokens, i, Number(sex[1])))) {
        years = Number(sex[1]);
        end = tok.start + sex[0].length;
      }
    } else if (tok.norm === 'age' || tok.norm === 'aged') {
      // "at age 40", "at the age of 79": an event's age, not the current one.
      const before = prev?.norm === 'the' ? t[i - 2] : prev;
      if (before && NOT_CURRENT_AGE_BEFORE.has(before.norm)) continue;
      const m = stickyAt(AGE_WORD_RE, doc.text, tok.start);
      if (m) {
        years = Number(m[1]);
        end = tok.start + m[0].length;
      }
    }
    if (years === null || years > maxYears) continue;
    const endToken = endTokenFor(doc, end, i);
    out.push(candidate(doc, 'age', i, endToken, { years }, end));
    i = endToken - 1;
  }
  return out;
};
