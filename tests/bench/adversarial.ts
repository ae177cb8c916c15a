/**
 * Inputs built to expose super-linear work: one giant token, long runs of punctuation the tokenizer
 * or matcher treats specially, triggers and lexicon terms repeated until every window overlaps, and a
 * 100,000-character line with no line break. Each must lint in under a second.
 */
export const ADVERSARIAL_LENGTH = 100_000;

export interface AdversarialInput {
  id: string;
  description: string;
  text: string;
}

/** `unit` repeated up to exactly `length` characters. */
export function repeatTo(unit: string, length: number = ADVERSARIAL_LENGTH): string {
  if (unit.length === 0) throw new RangeError('cannot repeat an empty string');
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

/** `noteText` with every line break and tab replaced by a space: one line of prose. */
export function oneLine(noteText: string, length: number = ADVERSARIAL_LENGTH): string {
  return repeatTo(noteText.replace(/\s+/g, ' ') + ' ', length);
}

export function adversarialInputs(sampleNote: string): AdversarialInput[] {
  return [
    { id: 'digits', description: '100 KB of digits, one token', text: repeatTo('0123456789') },
    { id: 'spaced-digits', description: 'digits separated by spaces', text: repeatTo('7 ') },
    { id: 'slashes', description: '100 KB of "/"', text: repeatTo('/') },
    { id: 'spaces', description: '100 KB of spaces', text: repeatTo(' ') },
    { id: 'newlines', description: '100 KB of line breaks', text: repeatTo('\n') },
    { id: 'grades-chain', description: '"4/5/4/5/..." with no spaces', text: repeatTo('4/5/') },
    { id: 'grades-spaced', description: '"4/5 5/5 4-/5 ..." strength grades', text: repeatTo('4/5 5/5 4-/5 3+/5 ') },
    { id: 'hyphens', description: '100 KB of "-" (skipped by the phrase matcher)', text: repeatTo('-') },
    { id: 'dots', description: '100 KB of "."', text: repeatTo('.') },
    { id: 'parens', description: 'nested opening parentheses', text: repeatTo('(') },
    { id: 'no-no', description: '"no no no ..." then a finding', text: `${repeatTo('no ', ADVERSARIAL_LENGTH - 20)}weakness` },
    { id: 'denies', description: '"denies denies ..."', text: repeatTo('denies ') },
    { id: 'triggers-mixed', description: 'mixed negation/history/family triggers and terms, no punctuation', text: repeatTo('no history of mother denies possible weakness fatigue ') },
    { id: 'terms', description: 'lexicon terms repeated', text: repeatTo('generalized weakness fatigue muscle weakness tired ') },
    { id: 'terms-sentences', description: 'one-finding sentences repeated', text: repeatTo('Patient feels weak. ') },
    { id: 'labs', description: 'lab values repeated with no line breaks', text: repeatTo('K 3.1 L CK 2480 H TSH 12.4 ') },
    { id: 'codes', description: 'ICD-10 codes repeated', text: repeatTo('R53.1 M62.81 R53.83 ') },
    { id: 'headers', description: 'section headers repeated', text: repeatTo('HPI:\nROS:\nA/P:\n') },
    { id: 'one-line', description: 'a generated note as one 100,000-character line', text: oneLine(sampleNote) },
  ];
}
