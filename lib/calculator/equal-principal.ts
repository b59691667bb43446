/**
 * 等额本金 (equal principal): the same slice of principal every month, plus
 * interest on the balance still owed, so payments start high and fall.
 * Costs less interest in total than 等额本息 at the same rate, because the
 * balance shrinks faster.
 *
 *   principal share = ⌊P / n⌋ fen (the last month takes the 0…n−1 fen remainder)
 *   interest_k      = balance before month k × r, rounded to the fen
 */

import { roundFen } from "./money";
import { assertScheduleInput, finishSchedule, type Schedule, type ScheduleInput, type ScheduleRow } from "./schedule-types";

export function equalPrincipalSchedule(input: ScheduleInput): Schedule {
  assertScheduleInput(input);
  const { principalFen, annualRate, months } = input;
  const r = annualRate / 12;
  const share = Math.floor(principalFen / months);
  const rows: ScheduleRow[] = [];
  let remaining = principalFen;
  for (let period = 1; period <= months; period++) {
    const interest = roundFen(remaining * r);
    const principal = period === months ? remaining : share;
    remaining -= principal;
    rows.push({ period, paymentFen: principal + interest, principalFen: principal, interestFen: interest, remainingFen: remaining });
  }
  return finishSchedule("equalPrincipal", input, rows);
}
