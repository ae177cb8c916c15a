/**
 * Exact decimal arithmetic for lab values, by integer scaling: a decimal is a BigInt count of units
 * of 10^-scale. Binary floating point cannot hold 2.3 or 0.3 exactly (2.3 - 2.0 = 0.2999...98 in
 * IEEE 754), and a KDIGO rise of "at least 0.3 mg/dL" must hold for 2.0 -> 2.3. Lab values are short
 * decimals, so a number's shortest round-trip string (what JavaScript's String() prints) is the value
 * as written; from there on every sum, difference, product and comparison is exact, and only a
 * division (unit conversion, ratio) rounds, half away from zero, to the places the caller asks for.
 *
 * Why not a library: the engine needs six operations on small positive numbers; BigInt does them in a
 * few lines with no dependency to keep up to date in the extension bundle.
 */

export interface Decimal {
  readonly units: bigint;
  readonly scale: number;
}

const DECIMAL_RE = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/i;

/** A decimal from a written number ("1,200" without its commas) or a JavaScript number. */
export function decimal(x: number | string): Decimal {
  const written = typeof x === 'number' ? String(x) : x.replace(/,/g, '').trim();
  const m = DECIMAL_RE.exec(written);
  if (!m) throw new RangeError(`not a finite decimal: ${written}`);
  const fraction = m[3] ?? '';
  let units = BigInt(m[2]! + fraction);
  let scale = fraction.length - Number(m[4] ?? 0);
  if (scale < 0) {
    units *= 10n ** BigInt(-scale);
    scale = 0;
  }
  return { units: m[1] ? -units : units, scale };
}

function rescale(d: Decimal, scale: number): bigint {
  return d.units * 10n ** BigInt(scale - d.scale);
}

function common(a: Decimal, b: Decimal): [bigint, bigint, number] {
  const scale = Math.max(a.scale, b.scale);
  return [rescale(a, scale), rescale(b, scale), scale];
}

export function add(a: Decimal, b: Decimal): Decimal {
  const [x, y, scale] = common(a, b);
  return { units: x + y, scale };
}

export function subtract(a: Decimal, b: Decimal): Decimal {
  const [x, y, scale] = common(a, b);
  return { units: x - y, scale };
}

export function multiply(a: Decimal, b: Decimal): Decimal {
  return { units: a.units * b.units, scale: a.scale + b.scale };
}

/** a / b rounded half away from zero to `places` decimals. */
export function divide(a: Decimal, b: Decimal, places: number): Decimal {
  if (b.units === 0n) throw new RangeError('division by zero');
  // a/b = (a.units / b.units) * 10^(b.scale - a.scale); keep one extra digit for rounding.
  const shift = places + 1 + b.scale - a.scale;
  let num = a.units;
  let den = b.units;
  if (shift >= 0) num *= 10n ** BigInt(shift);
  else den *= 10n ** BigInt(-shift);
  const negative = num < 0n !== den < 0n;
  const q = (num < 0n ? -num : num) / (den < 0n ? -den : den);
  const rounded = (q + 5n) / 10n;
  return { units: negative ? -rounded : rounded, scale: places };
}

/** Rounds half away from zero to `places` decimals (no change when already that short). */
export function round(d: Decimal, places: number): Decimal {
  if (d.scale <= places) return d;
  return divide(d, { units: 1n, scale: 0 }, places);
}

/** -1, 0 or 1. */
export function compare(a: Decimal, b: Decimal): -1 | 0 | 1 {
  const [x, y] = common(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The shortest decimal string ("0.3", "4", "-1.25"). */
export function toText(d: Decimal): string {
  const negative = d.units < 0n;
  let digits = (negative ? -d.units : d.units).toString();
  let scale = d.scale;
  while (scale > 0 && digits.endsWith('0') && digits.length > 1) {
    digits = digits.slice(0, -1);
    scale--;
  }
  if (digits === '0') return '0';
  if (scale > 0) {
    digits = digits.padStart(scale + 1, '0');
    digits = `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  }
  return negative ? `-${digits}` : digits;
}

/** The nearest JavaScript number (exact for the short decimals labs are written in). */
export function toNumber(d: Decimal): number {
  return Number(toText(d));
}
