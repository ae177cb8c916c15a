/**
 * Weakness: the complaint or the exam finding, with its distribution (generalized / focal /
 * unspecified), the site and side of focal weakness, who observed it, and whether it is
 * attributed to age. The lexicon entry gives what the phrase itself says ("hemiparesis" is focal,
 * "feels weak" subjective); the words around it decide the rest:
 *   - a site or side attached to the phrase ("RLE weakness", "weakness of the left leg",
 *     "right-sided weakness") makes it focal, unless the site is all limbs ("weakness throughout");
 *   - a generalizing cue right next to it ("weak all over", "diffuse weakness") makes it generalized;
 *   - an observation cue in the sentence ("reports", "on exam"), else the section, decides
 *     subjective vs objective.
 */
import { writtenIcd10cmCodeAt } from '../../../codes/icd10cm.ts';
import type { AnyCandidate, Doc, Extractor } from '../../document.ts';
import type { CompiledLexicon } from '../../lexicon.ts';
import type { AnatomySiteDef, TermEntry } from '../../../lexicon/types.ts';
import type { Laterality, WeaknessAttributes } from '../../types.ts';
import { CUE_WINDOW, cuesNear, sectionRoleAt, sentenceAt, termCandidate } from './context-window.ts';
import { scannerFor, termScanners } from './scanners.ts';

/** Generalizing cues count only this close to the phrase ("weak all over", "diffuse, symmetric weakness"). */
const GENERALIZED_WINDOW = 3;
/** How far a site phrase may trail the weakness phrase ("weakness in both of her legs"). */
const SITE_LOOKAHEAD = 8;

// Grammar between a weakness phrase and the site it names: "weakness of the left leg",
// "weakness, worse in her hands". Not clinical vocabulary, so it lives here rather than in the lexicon.
const LEAD_IN = new Set(['of', 'in', 'involving', 'affecting', 'at', 'on', 'to', 'the', 'her', 'his', 'their', 'my',
  'both', 'worse', 'worst', 'more', 'most', 'greater', 'predominantly', 'mainly', 'mostly', 'especially',
  'particularly', 'primarily', ',', ':', '-']);
const JOINERS = new Set(['-', '\u2010', '\u2011', '\u2013', '/', '&', 'and', '>', '<', 'than', 'greater', 'over', 'more']);

interface Modifier {
  first: number;
  last: number;
  site?: AnatomySiteDef;
  laterality?: Laterality;
}

function modifiersIn(doc: Doc, lexicon: CompiledLexicon, from: number, to: number): Modifier[] {
  const mods: Modifier[] = [];
  for (const m of lexicon.sites.findAll(doc.tokens, from, to)) mods.push({ first: m.first, last: m.last, site: m.payloads[0]! });
  for (const m of lexicon.laterality.findAll(doc.tokens, from, to)) mods.push({ first: m.first, last: m.last, laterality: m.payloads[0]! });
  return mods;
}

/** Site and side phrases attached to the weakness phrase [first, last], before and after it. */
function attachedModifiers(doc: Doc, lexicon: CompiledLexicon, first: number, last: number): Modifier[] {
  const s = sentenceAt(doc, first);
  const from = Math.max(s.firstToken, first - 6);
  const to = Math.min(s.endToken, last + 1 + SITE_LOOKAHEAD);
  const mods = modifiersIn(doc, lexicon, from, to);
  const attached: Modifier[] = [];

  // Backward: a chain of sites/sides ending at the phrase ("left upper extremity", "RLE", "right-sided").
  let cursor = first - 1;
  const before = mods.filter((m) => m.first < first).sort((a, b) => b.last - a.last || a.first - b.first);
  for (;;) {
    while (cursor >= from && JOINERS.has(doc.tokens[cursor]!.norm)) cursor--;
    const next = before.filter((m) => m.last >= cursor && m.first <= cursor + 1 && !attached.includes(m));
    if (next.length === 0) break;
    attached.push(...next);
    cursor = Math.min(...next.map((m) => m.first)) - 1;
  }

  // Forward: lead-in words, then sites/sides ("of the left leg", "in both hands", "on the right").
  // Once a site or side is attached, a comma ends the phrase, and so does a second side ("left arm
  // weakness and right leg weakness"; but "hip flexor weakness bilaterally" takes its side).
  cursor = last + 1;
  while (cursor < to) {
    const here = mods.filter((m) => m.first === cursor);
    const norm = doc.tokens[cursor]!.norm;
    if (here.some((m) => m.laterality) && attached.some((m) => m.laterality ?? m.site?.laterality)) {
      break;
    } else if (here.length > 0) {
      attached.push(...here);
      cursor = Math.max(...here.map((m) => m.last)) + 1;
    } else if (attached.length > 0 && norm === ',') {
      break;
    } else if (LEAD_IN.has(norm) || JOINERS.has(norm)) {
      cursor++;
    } else {
      break;
    }
  }
  return attached;
}

const isLaterality = (v: unknown): v is Laterality => v === 'left' || v === 'right' || v === 'bilateral';

/**
 * The side of `site`: its own ("RLE"), else the side phrase right before it ("left leg"), else the
 * first side phrase attached ("hip flexor weakness bilaterally").
 */
function sideOf(site: Modifier | undefined, mods: readonly Modifier[]): Laterality | undefined {
  if (site?.site?.laterality) return site.site.laterality;
  const adjacent = site && mods.find((m) => m.laterality && m.last === site.first - 1);
  return adjacent?.laterality ?? mods.find((m) => m.laterality)?.laterality ?? mods.find((m) => m.site?.laterality)?.site?.laterality;
}

interface RegionSets {
  /** Whole limbs (anatomy.yaml `regionKinds.limb`): kept by region when sides are compared. */
  limb: Set<string>;
  /** Regions that are no one-sided site: a half of the body, all limbs, the trunk and neck. */
  notOneSided: Set<string>;
}

const regionSetsCache = new WeakMap<CompiledLexicon, RegionSets>();

function regionSets(lexicon: CompiledLexicon): RegionSets {
  let sets = regionSetsCache.get(lexicon);
  if (!sets) {
    const kinds = lexicon.data.anatomy.regionKinds;
    sets = { limb: new Set(kinds.limb), notOneSided: new Set([...kinds.halfBody, ...kinds.unsided]) };
    regionSetsCache.set(lexicon, sets);
  }
  return sets;
}

/**
 * The sites named on each side ("right arm and left leg"): a side word applies to the sites after
 * it. Limbs are kept by region (upper, lower), muscle groups and other parts by id.
 */
function sitesBySide(regions: RegionSets, mods: readonly Modifier[]): Map<Laterality, Set<string>> {
  const out = new Map<Laterality, Set<string>>();
  let side: Laterality | undefined;
  for (const m of mods) {
    if (m.laterality) side = m.laterality;
    const region = m.site?.region;
    if (!m.site || (region !== undefined && regions.notOneSided.has(region)) || m.site.id === region) continue;
    const s = m.site.laterality ?? side;
    if (s === undefined || s === 'bilateral') continue;
    if (!out.has(s)) out.set(s, new Set());
    out.get(s)!.add(region !== undefined && regions.limb.has(region) ? region : m.site.id);
  }
  return out;
}

/**
 * Attributes from the entry and the attached modifiers (in text order). A finding holds one site: when
 * the phrase names two ("right arm and left leg weakness"), the first written and its side are kept.
 */
function weaknessAttributes(
  regions: RegionSets,
  entry: TermEntry,
  termFirst: number,
  mods: readonly Modifier[],
  generalizedCue: boolean,
  observed: WeaknessAttributes['observation'],
  entrySite: AnatomySiteDef | undefined,
): WeaknessAttributes {
  const a = entry.attributes;
  const sites = mods.flatMap((m) => (m.site ? [m.site] : []));
  const allLimbs = sites.some((s) => s.region === 'all');
  // "proximal" and "distal" on their own describe a distribution, not a site.
  const specificMod = mods.find((m) => m.site && m.site.region !== 'all' && m.site.id !== m.site.region);
  const specific = specificMod?.site ?? null;
  const side = isLaterality(a.laterality) ? a.laterality : sideOf(specificMod, mods);

  // Two limbs on opposite sides ("right arm and left leg weakness") are not one limb; two limbs
  // of one side ("right arm and leg weakness") are one side of the body.
  // The phrase's own limb counts too: "right arm and left leg weakness".
  const own = entrySite ? [{ first: termFirst, last: termFirst, site: entrySite }] : [];
  const limbSides = sitesBySide(regions, [...mods.filter((m) => m.first < termFirst), ...own, ...mods.filter((m) => m.first >= termFirst)]);
  const crossed = limbSides.has('left') && limbSides.has('right');
  const oneSideSites = [...limbSides.values()][0];
  const oneSideLimbs = !crossed && limbSides.size === 1 && oneSideSites!.has('upper') && oneSideSites!.has('lower');
  // "proximal > distal", "weakness, proximal": a pattern over all limbs, not a site.
  const pattern = !specific && mods.some((m) => m.site && (m.site.id === 'proximal' || m.site.id === 'distal'));

  let distribution: WeaknessAttributes['distribution'];
  if (a.distribution === 'focal') distribution = allLimbs ? 'generalized' : 'focal';
  else if (allLimbs || generalizedCue || pattern) distribution = 'generalized';
  else if (specific || side === 'left' || side === 'right') distribution = 'focal';
  else distribution = a.distribution === 'generalized' ? 'generalized' : 'unspecified';

  const out: WeaknessAttributes = { distribution, observation: observed, ageRelated: a.ageRelated === true };
  // The phrase's own site ("leg weakness") unless another is written before it ("right arm and left leg weakness").
  const writtenFirst = specificMod && specificMod.first < termFirst ? specific?.id : undefined;
  const site = typeof a.site === 'string' ? (writtenFirst ?? a.site) : distribution === 'focal' ? specific?.id : undefined;
  if (oneSideLimbs && distribution === 'focal') out.site = 'side';
  else if (site) out.site = site;
  else if (pattern) out.site = mods.find((m) => m.site?.id === 'proximal' || m.site?.id === 'distal')!.site!.id;
  if (crossed && distribution === 'focal') out.laterality = 'bilateral';
  else if (side && (distribution === 'focal' || isLaterality(a.laterality))) out.laterality = side;
  return out;
}

function observation(doc: Doc, lexicon: CompiledLexicon, first: number, last: number, entry: TermEntry): WeaknessAttributes['observation'] {
  const fixed = entry.attributes.observation;
  if (fixed === 'subjective' || fixed === 'objective') return fixed;
  const cue = cuesNear(doc, termScanners(lexicon).observationCues, first, last, CUE_WINDOW)[0];
  if (cue) return cue.payload;
  return sectionRoleAt(doc, first) === 'exam' ? 'objective' : 'subjective';
}

/** Section roles (lexicon/sections.yaml) whose lines name the encounter's diagnoses. */
const DIAGNOSIS_ROLES = new Set(['assessment', 'plan']);
/** Inline labels that make the rest of a line a diagnosis ("Dx: weakness"). */
const DIAGNOSIS_LABELS = new Set(['dx', 'billing', 'icd', '10', 'codes', 'code', 'diagnosis', 'diagnoses', 'assessment', 'impression', 'problem', 'problems', 'primary', 'secondary', 'principal']);
/** Words a diagnosis label may carry after its name without saying anything about the patient. */
const LABEL_QUALIFIERS = new Set(['unspecified', 'nos', 'other', 'icd', '10', 'icd10', 'code', 'dx']);
const LABEL_PUNCT = new Set([':', '-', '\u2013', '\u2014', '(', ')', '[', ']', ',', ';', '.', '#', '*', '\u2022', '/']);

/**
 * The phrase is a problem label, not an observation: the whole line is the diagnosis's name, in a
 * diagnosis section or after an inline "Dx:", or followed by its code ("1. Generalized weakness -
 * R53.1", "Assessment: Weakness"). Only numbering, punctuation, codes and "unspecified" may stand
 * around it. Such a label names the coded condition; it is no evidence of the condition's
 * distribution, exam or course, so its distribution is left unspecified.
 */
function isDiagnosisLabel(doc: Doc, first: number, last: number): boolean {
  const s = sentenceAt(doc, first);
  const t = doc.tokens;
  let inlineLabel = false;
  for (let i = s.firstToken; i < first; i++) {
    const tok = t[i]!;
    if (LABEL_PUNCT.has(tok.norm) || (tok.kind === 'number' && i === s.firstToken)) continue;
    if (DIAGNOSIS_LABELS.has(tok.norm)) {
      inlineLabel = true;
      continue;
    }
    return false;
  }
  let coded = false;
  for (let i = last + 1; i < s.endToken; ) {
    const tok = t[i]!;
    if (LABEL_PUNCT.has(tok.norm) || LABEL_QUALIFIERS.has(tok.norm)) {
      i++;
      continue;
    }
    // A written code: dotted, run together or a bare category.
    const code = writtenIcd10cmCodeAt(t, i, s.endToken);
    if (!code) return false;
    coded = true;
    i = code.end;
  }
  const role = doc.sectionDefs[s.sectionIndex]?.role;
  return coded || inlineLabel || (role !== undefined && DIAGNOSIS_ROLES.has(role));
}

export const extractWeakness: Extractor = (doc, lexicon) =>
  scannerFor(lexicon, 'weakness')
    .scanDoc(doc)
    .map((m) => {
      const mods = attachedModifiers(doc, lexicon, m.first, m.last).sort((x, y) => x.first - y.first);
      const generalizedCue = cuesNear(doc, termScanners(lexicon).generalizedCues, m.first, m.last, GENERALIZED_WINDOW).length > 0;
      const entrySite = lexicon.data.anatomy.sites.find((d) => d.id === m.payload.attributes.site && d.laterality === undefined);
      const attributes = weaknessAttributes(regionSets(lexicon), m.payload, m.first, mods, generalizedCue, observation(doc, lexicon, m.first, m.last, m.payload), entrySite);
      if (attributes.distribution !== 'focal' && isDiagnosisLabel(doc, Math.min(m.first, ...mods.map((x) => x.first)), Math.max(m.last, ...mods.map((x) => x.last)))) {
        attributes.distribution = 'unspecified';
        attributes.label = true;
        delete attributes.site;
      }
      // The finding covers the site it names: "RLE weakness", "weakness of the left leg".
      const first = Math.min(m.first, ...mods.map((x) => x.first));
      const last = Math.max(m.last, ...mods.map((x) => x.last));
      return termCandidate(doc, 'weakness', first, last, attributes) as AnyCandidate;
    });
