/**
 * ICD-10-CM code shapes as lexicon fields (src/codes/icd10cm.ts decides the shape). The notation is
 * said in words: no code is written in src/ (examples are the lexicon's).
 */
import { isIcd10cmCode, isIcd10cmCodeOrFamily, isIcd10cmRange } from '../../codes/icd10cm.ts';
import { shaped } from './common.ts';

const CODE_NOTATION = 'a letter, a digit, a letter or digit, optionally a dot and up to four more';
export const CODE_OR_FAMILY = `an ICD-10-CM code or family (${CODE_NOTATION}; a family ends in "-")`;

/** A code, chapter 22 (U00-U85) included. */
export const code = shaped((s) => isIcd10cmCode(s), `an ICD-10-CM code (${CODE_NOTATION})`);

/** A code or family ("G72.-", "M79.1-"), chapter 22 included ("use additional code" notes may name it). */
export const codeOrFamily = shaped((s) => isIcd10cmCodeOrFamily(s), CODE_OR_FAMILY);

/**
 * A tabular reference (Excludes1/2, code first): a code or family of chapters 1-21, or a range of
 * codes ("A39.2-A39.4", "E00-E02"), matched over the whole range (icd10cmCovers).
 */
export const tabularRef = shaped(
  (s) => isIcd10cmRange(s, { chapter22: false }) || isIcd10cmCodeOrFamily(s, { chapter22: false }),
  `${CODE_OR_FAMILY}, not of chapter 22`,
);

/** A block of categories ("R50-R69"): a range without dots. */
export const block = shaped((s) => isIcd10cmRange(s) && !s.includes('.'), 'a block like R50-R69');
