/**
 * The real APR of an instalment loan quoted with a "fee" (手续费/服务费).
 *
 * Typical offer: "借 12,000 元分 12 期, 每期手续费 0.6%". The fee is charged
 * on the ORIGINAL principal every period, even though the borrower repays
 * part of the principal each month and owes less and less. The quoted
 * 0.6% × 12 = 7.2% looks cheap; the real cost, found as the IRR of the cash
 * flows, is about 1.8 times that (≈13.03% nominal APR for 0.6% × 12 months,
 * see fee-apr.test.ts for the hand check).
 *
 * Cash flows seen from the borrower (in fen):
 *   t = 0:   + principal − upfront fee   (what actually reaches the account;
 *                                        a fee taken at disbursement, 砍头息,
 *                                        makes the loan even dearer)
 *   t = 1…n: − (principal share + principal × fee rate + principal × interest rate)
 * The principal share is principal / n rounded down to the fen; the last
 * period absorbs the remainder so the shares add up to the principal exactly.
 */

import { roundFen, type Fen } from "./money";
import { solveIrr } from "./irr";
import { MONTHS_PER_YEAR, periodicToEffectiveAnnual, periodicToNominalAnnual } from "./rates";

export interface FlatFeeLoanInput {
  /** Amount borrowed, in fen. > 0. */
  principalFen: Fen;
  /** Number of instalments (periods), ≥ 1. */
  periods: number;
  /** Fee per period as a fraction of the ORIGINAL principal (0.6% → 0.006). */
  feeRatePerPeriod: number;
  /** Optional flat interest per period, also on the original principal. Default 0. */
  flatInterestRatePerPeriod?: number;
  /** Optional one-off fee deducted when the loan is paid out, in fen. Default 0. */
  upfrontFeeFen?: Fen;
  /** Periods per year, 12 for monthly instalments (the default). */
  periodsPerYear?: number;
}

export interface FlatFeeInstalment {
  period: number;
  principalFen: Fen;
  feeFen: Fen;
  paymentFen: Fen;
}

export interface FlatFeeLoanResult {
  instalments: FlatFeeInstalment[];
  /** Borrower's cash flows in fen: [+received, −payment₁, …]. */
  cashFlowsFen: Fen[];
  /** Sum of all periodic fees, flat interest and the upfront fee. */
  totalCostFen: Fen;
  /** The headline figure the lender quotes: per-period rate × periods per year. */
  quotedAnnualRate: number;
  /** IRR per period. */
  periodicRate: number;
  /** Real APR, nominal (IRR × periods per year) — the figure Chinese lenders must now disclose as 年化利率. */
  nominalApr: number;
  /** Real APR, compounded ((1 + IRR)^periods per year − 1). */
  effectiveApr: number;
}

/** Compute the instalments and the real APR of a flat-fee instalment loan. */
export function flatFeeLoanApr(input: FlatFeeLoanInput): FlatFeeLoanResult {
  const { principalFen, periods, feeRatePerPeriod } = input;
  const interestRate = input.flatInterestRatePerPeriod ?? 0;
  const upfrontFeeFen = input.upfrontFeeFen ?? 0;
  const periodsPerYear = input.periodsPerYear ?? MONTHS_PER_YEAR;

  if (!Number.isInteger(principalFen) || principalFen <= 0) throw new RangeError("principalFen must be a positive integer");
  if (!Number.isInteger(periods) || periods < 1) throw new RangeError("periods must be a positive integer");
  if (!(feeRatePerPeriod >= 0) || !(interestRate >= 0)) throw new RangeError("rates must be ≥ 0");
  if (!Number.isInteger(upfrontFeeFen) || upfrontFeeFen < 0 || upfrontFeeFen >= principalFen) {
    throw new RangeError("upfrontFeeFen must be an integer in [0, principal)");
  }

  // Floor, not round: the last period then absorbs a remainder of 0…(periods−1) fen
  // and can never go negative (rounding 100 fen over 22 periods up to 5 would).
  const share = Math.floor(principalFen / periods);
  const chargePerPeriod = roundFen(principalFen * (feeRatePerPeriod + interestRate));
  const instalments: FlatFeeInstalment[] = [];
  let repaid = 0;
  for (let period = 1; period <= periods; period++) {
    const principalPart = period === periods ? principalFen - repaid : share;
    repaid += principalPart;
    instalments.push({ period, principalFen: principalPart, feeFen: chargePerPeriod, paymentFen: principalPart + chargePerPeriod });
  }

  const cashFlowsFen = [principalFen - upfrontFeeFen, ...instalments.map((i) => -i.paymentFen)];
  const irr = solveIrr(cashFlowsFen);
  // A positive principal followed by repayments that at least return it always has an IRR ≥ 0.
  if (irr === null) throw new Error("flatFeeLoanApr: no IRR for these cash flows");

  return {
    instalments,
    cashFlowsFen,
    totalCostFen: chargePerPeriod * periods + upfrontFeeFen,
    quotedAnnualRate: (feeRatePerPeriod + interestRate) * periodsPerYear,
    periodicRate: irr.rate,
    nominalApr: periodicToNominalAnnual(irr.rate, periodsPerYear),
    effectiveApr: periodicToEffectiveAnnual(irr.rate, periodsPerYear),
  };
}

/**
 * Real APR of ANY equally spaced borrower cash flows (e.g. copied from a
 * lender's repayment plan): +received first, then −payments.
 * Returns `null` when the flows have no IRR.
 */
export function cashFlowApr(
  cashFlows: readonly number[],
  periodsPerYear: number = MONTHS_PER_YEAR,
): { periodicRate: number; nominalApr: number; effectiveApr: number } | null {
  const irr = solveIrr(cashFlows);
  if (irr === null) return null;
  return {
    periodicRate: irr.rate,
    nominalApr: periodicToNominalAnnual(irr.rate, periodsPerYear),
    effectiveApr: periodicToEffectiveAnnual(irr.rate, periodsPerYear),
  };
}
