/**
 * 先息后本 (interest first, principal at the end): every month only the
 * interest on the full amount; the whole principal falls due with the last
 * payment. Monthly payments look small, but the borrower pays interest on
 * the full amount for the whole term, and must find the principal in one go.
 *
 *   interest each month = P × r, rounded to the fen
 *   last payment        = interest + P
 */

import { roundFen } from "./money";
import { assertScheduleInput, finishSchedule, type Schedule, type ScheduleInput, type ScheduleRow } from "./schedule-types";

export function interestOnlySchedule(input: ScheduleInput): Schedule {
  assertScheduleInput(input);
  const { principalFen, annualRate, months } = input;
  const interest = roundFen(principalFen * (annualRate / 12));
  const rows: ScheduleRow[] = [];
  for (let period = 1; period <= months; period++) {
    const principal = period === months ? principalFen : 0;
    rows.push({
      period,
      paymentFen: principal + interest,
      principalFen: principal,
      interestFen: interest,
      remainingFen: period === months ? 0 : principalFen,
    });
  }
  return finishSchedule("interestOnly", input, rows);
}
