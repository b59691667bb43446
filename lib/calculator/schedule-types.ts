/**
 * Shared types for repayment schedules.
 *
 * Conventions (all schedule builders follow them):
 * - Money is integer fen (see `money.ts`). Every row satisfies
 *   payment = principal + interest, the principal column sums to the amount
 *   borrowed exactly, and the totals are the column sums, so a table and its
 *   totals line always agree to the fen.
 * - Interest for a month is the balance × monthly rate, rounded to the fen.
 *   Each builder lets the LAST row absorb any rounding left over.
 * - Monthly rate = nominal annual rate / 12 (the usual Chinese convention,
 *   月利率 = 年利率 ÷ 12). A product quoted per day (e.g. 0.05%/day) is first
 *   converted with daily × 365; this treats every month as 365/12 ≈ 30.4
 *   days, a small simplification of lenders that charge by actual days.
 */

import type { Fen } from "./money";

/** The three common repayment methods. Ids double as message keys. */
export const REPAYMENT_METHODS = ["equalInstalment", "equalPrincipal", "interestOnly"] as const;
/**
 * - `equalInstalment` 等额本息: the same payment every month.
 * - `equalPrincipal` 等额本金: the same principal every month, interest falls.
 * - `interestOnly` 先息后本: interest monthly, all principal with the last payment.
 */
export type RepaymentMethod = (typeof REPAYMENT_METHODS)[number];

export interface ScheduleInput {
  /** Amount borrowed in fen, a positive integer. */
  principalFen: Fen;
  /** Nominal annual rate as a fraction (18% → 0.18), ≥ 0. */
  annualRate: number;
  /** Number of monthly payments, a positive integer. */
  months: number;
}

export interface ScheduleRow {
  /** 1-based month number. */
  period: number;
  paymentFen: Fen;
  principalFen: Fen;
  interestFen: Fen;
  /** Principal still owed after this payment. 0 after the last row. */
  remainingFen: Fen;
}

export interface Schedule {
  method: RepaymentMethod;
  principalFen: Fen;
  annualRate: number;
  monthlyRate: number;
  months: number;
  rows: ScheduleRow[];
  totalPaymentFen: Fen;
  totalPrincipalFen: Fen;
  totalInterestFen: Fen;
}

/** Throws a RangeError unless the input is a valid schedule request. */
export function assertScheduleInput(input: ScheduleInput): void {
  const { principalFen, annualRate, months } = input;
  if (!Number.isInteger(principalFen) || principalFen <= 0) throw new RangeError("principalFen must be a positive integer");
  if (!Number.isFinite(annualRate) || annualRate < 0) throw new RangeError("annualRate must be a finite number ≥ 0");
  if (!Number.isInteger(months) || months < 1) throw new RangeError("months must be a positive integer");
}

/** Builds the totals from the rows, so they agree by construction. */
export function finishSchedule(method: RepaymentMethod, input: ScheduleInput, rows: ScheduleRow[]): Schedule {
  let totalPaymentFen = 0;
  let totalPrincipalFen = 0;
  let totalInterestFen = 0;
  for (const row of rows) {
    totalPaymentFen += row.paymentFen;
    totalPrincipalFen += row.principalFen;
    totalInterestFen += row.interestFen;
  }
  return {
    method,
    principalFen: input.principalFen,
    annualRate: input.annualRate,
    monthlyRate: input.annualRate / 12,
    months: input.months,
    rows,
    totalPaymentFen,
    totalPrincipalFen,
    totalInterestFen,
  };
}
