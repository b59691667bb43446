/**
 * 等额本息 (equal instalments, an annuity): the same payment every month.
 * Early payments are mostly interest, later ones mostly principal.
 *
 *   payment = P × r × (1 + r)^n / ((1 + r)^n − 1),   r = annual rate / 12
 *
 * rounded to the fen. Each month: interest = balance × r (rounded), principal
 * = payment − interest. The last row repays whatever balance is left, so its
 * payment may differ from the others by a few fen.
 */

import { roundFen, type Fen } from "./money";
import { assertScheduleInput, finishSchedule, type Schedule, type ScheduleInput, type ScheduleRow } from "./schedule-types";

/** The level monthly payment in fen (before the last-row adjustment). */
export function equalInstalmentPayment(input: ScheduleInput): Fen {
  assertScheduleInput(input);
  const { principalFen, annualRate, months } = input;
  const r = annualRate / 12;
  // (1+r)^n − 1 via expm1/log1p: exact for tiny r, and 0 only when r is so
  // small (or zero) that the loan is interest-free to the fen anyway.
  const growthMinusOne = Math.expm1(months * Math.log1p(r));
  if (growthMinusOne === 0) return Math.floor(principalFen / months);
  return roundFen((principalFen * r * (growthMinusOne + 1)) / growthMinusOne);
}

export function equalInstalmentSchedule(input: ScheduleInput): Schedule {
  const payment = equalInstalmentPayment(input);
  const { principalFen, annualRate, months } = input;
  const r = annualRate / 12;
  const rows: ScheduleRow[] = [];
  let remaining = principalFen;
  for (let period = 1; period <= months; period++) {
    const interest = roundFen(remaining * r);
    const principal = period === months ? remaining : Math.min(remaining, Math.max(0, payment - interest));
    remaining -= principal;
    rows.push({ period, paymentFen: principal + interest, principalFen: principal, interestFen: interest, remainingFen: remaining });
  }
  return finishSchedule("equalInstalment", input, rows);
}
