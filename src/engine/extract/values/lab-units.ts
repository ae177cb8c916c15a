/**
 * A lab value in its analyte's canonical unit (lexicon/labs.yaml `canonicalUnit`, default `unit`), so
 * the condition packs compare "Cr 212 µmol/L" and "Cr 2.4 mg/dL" against one threshold. A value with
 * no unit is on the lexicon's scale (its plausible bounds already said so); a unit of the analyte's
 * own scale converts x 1; an SI unit converts by the lexicon's exact factor in decimal arithmetic
 * (evidence/decimal.ts), a division rounded to the analyte's `precision`; any other unit leaves the
 * value without a canonical value rather than guess.
 */
import type { LabAnalyteDef } from '../../../lexicon/types.ts';
import { decimal, divide, multiply, round, toNumber } from '../../evidence/decimal.ts';

/** Decimal places of a quotient when the lexicon states no precision. */
const DEFAULT_PLACES = 3;

function normalUnit(unit: string): string {
  return unit.toLowerCase().replace(/\u03bc/g, '\u00b5');
}

export interface CanonicalValue {
  canonicalValue: number;
  canonicalUnit: string;
}

/** `value` (as read, on the scale of `unit`; unit as normalised by the reader, or undefined) in the canonical unit. */
export function canonicalValueOf(analyte: LabAnalyteDef, value: number, unit: string | undefined): CanonicalValue | null {
  const canonicalUnit = analyte.canonicalUnit ?? analyte.unit;
  if (unit === undefined) return { canonicalValue: value, canonicalUnit };
  const norm = normalUnit(unit);
  if (analyte.units.some((u) => normalUnit(u) === norm)) return { canonicalValue: value, canonicalUnit };
  const conversion = analyte.conversions?.find((c) => c.units.some((u) => normalUnit(u) === norm));
  if (!conversion) return null;
  const places = analyte.precision ?? DEFAULT_PLACES;
  let converted = decimal(value);
  if (conversion.multiply !== undefined) converted = round(multiply(converted, decimal(conversion.multiply)), places);
  if (conversion.divide !== undefined) converted = divide(converted, decimal(conversion.divide), places);
  return { canonicalValue: toNumber(converted), canonicalUnit };
}
