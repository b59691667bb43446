/**
 * The one-year Loan Prime Rate (贷款市场报价利率, LPR).
 *
 * Published by the National Interbank Funding Center on the 20th of each
 * month. The default below is the latest figure we are confident of:
 * 3.0% since the 2025-05-20 fixing.
 *
 * ⚠ This value goes stale. Update it when the LPR changes, or pass a current
 * `LprConfig` to `rateFlags` / `calculate` (the pages take it from
 * configuration and show `asOf` next to the flag so users see how fresh it is).
 */

export interface LprConfig {
  /** One-year LPR as a fraction (3.0% → 0.03). */
  oneYearRate: number;
  /** ISO date (YYYY-MM-DD) of the fixing this value comes from. */
  asOf: string;
}

export const DEFAULT_LPR: LprConfig = { oneYearRate: 0.03, asOf: "2025-05-20" };

/** Validates an LPR config (e.g. from an environment variable); throws on nonsense. */
export function makeLprConfig(oneYearRate: number, asOf: string): LprConfig {
  if (!Number.isFinite(oneYearRate) || oneYearRate <= 0 || oneYearRate >= 1) {
    throw new RangeError(`LPR must be a fraction in (0, 1), got ${oneYearRate}`);
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf) || Number.isNaN(Date.parse(asOf))) {
    throw new RangeError(`LPR date must be YYYY-MM-DD, got ${asOf}`);
  }
  return { oneYearRate, asOf };
}
