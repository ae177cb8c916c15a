// Term-list extractors: each scans the note for one finding type's lexicon terms.
import type { Extractor } from '../../document.ts';
import { extractCauseLinks } from './cause-link.ts';
import { extractDiagnoses } from './diagnosis.ts';
import { extractElectrodiagnostic } from './electrodiagnostic.ts';
import { extractFatigue } from './fatigue.ts';
import { extractFunctionLimits } from './function-limits.ts';
import { extractNfpe } from './nfpe.ts';
import { extractFunction, extractGait, extractMedication, extractSetting } from './simple.ts';
import { extractWeakness } from './weakness.ts';
import { extractWorkup } from './workup.ts';

export const TERM_EXTRACTORS: readonly Extractor[] = [
  extractWeakness,
  extractFatigue,
  extractGait,
  extractFunction,
  extractFunctionLimits,
  extractWorkup,
  extractElectrodiagnostic,
  extractDiagnoses,
  extractCauseLinks,
  extractMedication,
  extractSetting,
  extractNfpe,
];
