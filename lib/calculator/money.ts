/**
 * Money in LimitWise calculators.
 *
 * Amounts that appear in a schedule (instalments, interest, principal) are
 * integers in fen (分, 1/100 yuan). Integer fen means rows add up exactly to
 * the totals shown under the table; no floating-point drift can leave a
 * stray 0.01. Rates stay plain numbers (fractions, see `rates.ts`).
 *
 * Rounding convention: half away from zero to the nearest fen, the way a
 * receipt rounds. All amounts we handle are ≥ 0, so this is "half up".
 */

/** A whole number of fen (分). Branding would add friction for little gain; the name carries the unit. */
export type Fen = number;

/** Round a (possibly fractional) fen amount to a whole fen, half away from zero. */
export function roundFen(fen: number): Fen {
  if (!Number.isFinite(fen)) throw new RangeError(`roundFen: not a finite number: ${fen}`);
  const rounded = Math.sign(fen) * Math.round(Math.abs(fen));
  return rounded === 0 ? 0 : rounded; // no -0
}

/**
 * Yuan (as typed into a form, e.g. 12000.5) to whole fen.
 * Goes through a string with 6 decimals so that 0.29 → 29, not 28.999….
 */
export function yuanToFen(yuan: number): Fen {
  if (!Number.isFinite(yuan)) throw new RangeError(`yuanToFen: not a finite number: ${yuan}`);
  return roundFen(Number((yuan * 100).toFixed(6)));
}

/** Whole fen to yuan as a number (for display or charts). 123456 → 1234.56. */
export function fenToYuan(fen: Fen): number {
  return fen / 100;
}

/** Sum of fen amounts (plain integer addition; kept as a helper for readability). */
export function sumFen(amounts: readonly Fen[]): Fen {
  let total = 0;
  for (const a of amounts) total += a;
  return total;
}
