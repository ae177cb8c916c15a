// Value parsers (strength grades, strength tests, labs, durations, ages, codes, vitals, weight change, intake).
import type { Extractor } from '../../document.ts';
import { extractAges } from './ages.ts';
import { extractCptCodes, extractIcd10Codes } from './codes.ts';
import { extractDurations } from './durations.ts';
import { extractIntake } from './intake.ts';
import { extractLabs } from './labs.ts';
import { extractStrengthGrades } from './strength-grades.ts';
import { extractStrengthTests } from './strength-tests.ts';
import { extractVitals } from './vitals.ts';
import { extractWeightChanges } from './weight-change.ts';

export const VALUE_EXTRACTORS: readonly Extractor[] = [
  extractStrengthGrades,
  extractStrengthTests,
  extractLabs,
  extractDurations,
  extractAges,
  extractIcd10Codes,
  extractCptCodes,
  extractVitals,
  extractWeightChanges,
  extractIntake,
];
