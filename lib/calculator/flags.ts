/**
 * Rate flags: is an annual rate above a line worth knowing about?
 *
 * - `above24`: above 24% a year. Before August 2020 Chinese courts fully
 *   protected interest only up to 24%; the figure is still the common
 *   yardstick for "expensive" consumer credit.
 * - `above36`: above 36% a year. Interest above 36% was void under the same
 *   rules, and the 2017 cash-loan rules told lenders to keep total borrowing
 *   costs within it.
 * - `aboveFourLpr`: above 4 × the one-year LPR (12% at an LPR of 3.0%). Since
 *   August 2020 this is the cap courts apply to private (non-licensed)
 *   lending. Licensed lenders fall under their own rules, so this flag means
 *   "expensive by today's judicial yardstick", not "illegal".
 *
 * Compare the NOMINAL annual rate (daily × 365, or the IRR × 12 for
 * instalment loans), which is how Chinese lenders disclose 年化利率.
 * A rate exactly on a line is not flagged.
 */

import { DEFAULT_LPR, type LprConfig } from "./lpr";

export const RATE_FLAG_IDS = ["above36", "above24", "aboveFourLpr"] as const;
export type RateFlagId = (typeof RATE_FLAG_IDS)[number];

export const RATE_LINE_24 = 0.24;
export const RATE_LINE_36 = 0.36;
export const LPR_MULTIPLE = 4;

export interface RateFlag {
  id: RateFlagId;
  /** The line that was crossed, as a fraction. */
  threshold: number;
  /** `"danger"` for above 36%, `"warning"` otherwise. */
  severity: "danger" | "warning";
}

/** Floating-point slack so that 0.24 computed as 0.000657534… × 365 is not "above 24%". */
const EPSILON = 1e-9;

/**
 * Flags an annual rate crosses, most serious first (36%, 24%, 4×LPR).
 * Message keys: `calculator.flags.<id>.title` / `.body`.
 */
export function rateFlags(annualRate: number, lpr: LprConfig = DEFAULT_LPR): RateFlag[] {
  const flags: RateFlag[] = [];
  if (!Number.isFinite(annualRate)) return flags;
  if (annualRate > RATE_LINE_36 + EPSILON) flags.push({ id: "above36", threshold: RATE_LINE_36, severity: "danger" });
  if (annualRate > RATE_LINE_24 + EPSILON) flags.push({ id: "above24", threshold: RATE_LINE_24, severity: "warning" });
  const lprLine = LPR_MULTIPLE * lpr.oneYearRate;
  if (annualRate > lprLine + EPSILON) flags.push({ id: "aboveFourLpr", threshold: lprLine, severity: "warning" });
  return flags;
}
