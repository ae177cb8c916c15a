// Term-list extractors: each scans the note for one finding type's lexicon terms.
import type { Extractor } from '../../document.ts';
import { extractAuthors } from './author.ts';
import { extractCauseLinks } from './cause-link.ts';
import { extractContracture } from './contracture.ts';
import { extractDiagnoses } from './diagnosis.ts';
import { extractElectrodiagnostic } from './electrodiagnostic.ts';
import { extractFatigue } from './fatigue.ts';
import { extractFunctionLimits } from './function-limits.ts';
import { extractNfpe } from './nfpe.ts';
import { extractPregnancy } from './pregnancy.ts';
import { extractSex } from './sex.ts';
import { extractFunction, extractGait, extractMedication, extractSetting } from './simple.ts';
import { extractTreatment } from './treatment.ts';
import { extractWalkedDistance } from './walked-distance.ts';
import { extractWeakness } from './weakness.ts';
import { extractWorkup } from './workup.ts';

export const TERM_EXTRACTORS: readonly Extractor[] = [
  extractWeakness,
  extractFatigue,
  extractGait,
  extractFunction,
  extractFunctionLimits,
  extractWalkedDistance,
  extractWorkup,
  extractElectrodiagnostic,
  extractDiagnoses,
  extractCauseLinks,
  extractMedication,
  extractSetting,
  extractNfpe,
  extractTreatment,
  extractContracture,
  extractAuthors,
  extractSex,
  extractPregnancy,
];
