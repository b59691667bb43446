/**
 * Rate conversions.
 *
 * Convention: every rate in `lib/calculator` is a FRACTION, not a percent.
 * A daily rate of 0.05% is `0.0005`; an APR of 18.25% is `0.1825`.
 * Use `percentToRate` / `rateToPercent` at the form boundary.
 *
 * Two annual figures exist for the same daily rate:
 * - nominal annual rate (名义年化, simple): daily × 365. This is how Chinese
 *   lenders quote "年化利率" for daily-rate products (0.05%/day → 18.25%).
 * - effective annual rate (实际年化, compounded): (1 + daily)^365 − 1, what the
 *   rate would cost if unpaid interest itself earned interest every day.
 */

/** Days per year used for daily ↔ annual conversions (Chinese consumer lenders use 365). */
export const DAYS_PER_YEAR = 365;
/** Months per year; a monthly periodic rate is annual / 12. */
export const MONTHS_PER_YEAR = 12;

/** 0.05 (percent) → 0.0005 (fraction). */
export function percentToRate(percent: number): number {
  return percent / 100;
}

/** 0.1825 (fraction) → 18.25 (percent). */
export function rateToPercent(rate: number): number {
  return rate * 100;
}

/** Nominal annual rate of a daily rate: daily × 365. 0.0005 → 0.1825. */
export function dailyToNominalAnnual(dailyRate: number, daysPerYear: number = DAYS_PER_YEAR): number {
  return dailyRate * daysPerYear;
}

/** Effective annual rate of a daily rate: (1 + daily)^365 − 1. 0.0005 → ≈0.2002. */
export function dailyToEffectiveAnnual(dailyRate: number, daysPerYear: number = DAYS_PER_YEAR): number {
  // expm1/log1p keep precision for tiny daily rates.
  return Math.expm1(daysPerYear * Math.log1p(dailyRate));
}

/** Daily rate of a nominal annual rate: annual / 365. 0.1825 → 0.0005. */
export function annualToDaily(annualRate: number, daysPerYear: number = DAYS_PER_YEAR): number {
  return annualRate / daysPerYear;
}

/** Nominal annual rate of a periodic rate: periodic × periods per year. */
export function periodicToNominalAnnual(periodicRate: number, periodsPerYear: number = MONTHS_PER_YEAR): number {
  return periodicRate * periodsPerYear;
}

/** Effective annual rate of a periodic rate: (1 + periodic)^n − 1. */
export function periodicToEffectiveAnnual(periodicRate: number, periodsPerYear: number = MONTHS_PER_YEAR): number {
  return Math.expm1(periodsPerYear * Math.log1p(periodicRate));
}

/** The unit a user typed a rate in. */
export type RateUnit = "daily" | "monthly" | "annual";

/**
 * Any quoted rate to a nominal annual rate (simple, not compounded):
 * daily × 365, monthly × 12, annual as is.
 */
export function toNominalAnnual(rate: number, unit: RateUnit): number {
  switch (unit) {
    case "daily":
      return dailyToNominalAnnual(rate);
    case "monthly":
      return periodicToNominalAnnual(rate, MONTHS_PER_YEAR);
    case "annual":
      return rate;
  }
}

/** Both annual views of a daily rate, as returned to the page. */
export interface DailyRateConversion {
  dailyRate: number;
  nominalAnnualRate: number;
  effectiveAnnualRate: number;
}

export function convertDailyRate(dailyRate: number): DailyRateConversion {
  if (!Number.isFinite(dailyRate) || dailyRate < 0) {
    throw new RangeError(`convertDailyRate: daily rate must be a finite number ≥ 0, got ${dailyRate}`);
  }
  return {
    dailyRate,
    nominalAnnualRate: dailyToNominalAnnual(dailyRate),
    effectiveAnnualRate: dailyToEffectiveAnnual(dailyRate),
  };
}
