/**
 * Overdue interest (罚息).
 *
 * Chinese consumer lenders commonly charge overdue interest at 1.5 times the
 * agreed rate (微粒贷's terms as reported in seed 004; most online lenders use
 * the same multiple). We compute SIMPLE interest on the overdue amount:
 *
 *   overdue interest = overdue amount × agreed daily rate × 1.5 × days
 *
 * Some contracts also charge interest on unpaid interest (复利) or a separate
 * late fee; the borrower's contract governs, and the page says so. The
 * multiplier is a parameter so a different contract can be modelled.
 */

import { roundFen, type Fen } from "./money";
import { DAYS_PER_YEAR } from "./rates";

/** Overdue interest multiple of the agreed rate. */
export const OVERDUE_MULTIPLIER = 1.5;

export interface OverdueInput {
  /** The amount that is overdue, in fen (usually the missed instalment's principal). */
  overdueFen: Fen;
  /** Agreed daily rate as a fraction (0.05%/day → 0.0005). For an annual rate use `annualToDaily`. */
  dailyRate: number;
  /** Days overdue, a non-negative integer. */
  days: number;
  /** Defaults to `OVERDUE_MULTIPLIER` (1.5). */
  multiplier?: number;
}

export interface OverdueResult {
  /** The overdue daily rate: agreed daily × multiplier. */
  penaltyDailyRate: number;
  /** The overdue rate annualised (nominal, × 365), for comparison with the flags. */
  penaltyAnnualRate: number;
  /** Overdue interest for the whole period, in fen. */
  interestFen: Fen;
  /** What the same days would have cost at the agreed rate, in fen. */
  normalInterestFen: Fen;
  /** interestFen − normalInterestFen: the price of being late. */
  extraFen: Fen;
}

export function overdueInterest(input: OverdueInput): OverdueResult {
  const { overdueFen, dailyRate, days } = input;
  const multiplier = input.multiplier ?? OVERDUE_MULTIPLIER;
  if (!Number.isInteger(overdueFen) || overdueFen < 0) throw new RangeError("overdueFen must be an integer ≥ 0");
  if (!Number.isFinite(dailyRate) || dailyRate < 0) throw new RangeError("dailyRate must be a finite number ≥ 0");
  if (!Number.isInteger(days) || days < 0) throw new RangeError("days must be an integer ≥ 0");
  if (!Number.isFinite(multiplier) || multiplier < 1) throw new RangeError("multiplier must be ≥ 1");

  const penaltyDailyRate = dailyRate * multiplier;
  const interestFen = roundFen(overdueFen * penaltyDailyRate * days);
  const normalInterestFen = roundFen(overdueFen * dailyRate * days);
  return {
    penaltyDailyRate,
    penaltyAnnualRate: penaltyDailyRate * DAYS_PER_YEAR,
    interestFen,
    normalInterestFen,
    extraFen: interestFen - normalInterestFen,
  };
}
