/**
 * One call for the calculator page: validated form input in, display-ready
 * numbers out (money in fen, rates as fractions, flags with ids).
 *
 *   const parsed = calculatorInputSchema.safeParse(formData);
 *   if (parsed.success) { const result = calculate(parsed.data, { lpr }); … }
 */

import { flatFeeLoanApr, type FlatFeeLoanResult } from "./fee-apr";
import { rateFlags, type RateFlag } from "./flags";
import { DEFAULT_LPR, type LprConfig } from "./lpr";
import { yuanToFen, type Fen } from "./money";
import { overdueInterest, type OverdueResult } from "./overdue";
import { annualToDaily, convertDailyRate, percentToRate, toNominalAnnual, type DailyRateConversion } from "./rates";
import { buildSchedule } from "./schedule";
import { REPAYMENT_METHODS, type RepaymentMethod, type Schedule } from "./schedule-types";
import type { CalculatorInput } from "./schema";

export interface CalculateOptions {
  /** Current one-year LPR; defaults to `DEFAULT_LPR` (check its date). */
  lpr?: LprConfig;
}

export interface MethodSummary {
  method: RepaymentMethod;
  firstPaymentFen: Fen;
  maxPaymentFen: Fen;
  totalInterestFen: Fen;
  totalPaymentFen: Fen;
}

interface Common {
  /** The LPR the flags were computed with (show `asOf` on the page). */
  lpr: LprConfig;
  /** Flags for the nominal annual rate; most serious first. */
  flags: RateFlag[];
}

export type CalculatorResult =
  | (Common & { tool: "dailyRate"; conversion: DailyRateConversion })
  | (Common & { tool: "feeApr"; loan: FlatFeeLoanResult })
  | (Common & { tool: "schedule"; annualRate: number; schedule: Schedule; comparison: MethodSummary[] })
  | (Common & { tool: "overdue"; annualRate: number; overdue: OverdueResult });

function summarize(schedule: Schedule): MethodSummary {
  return {
    method: schedule.method,
    firstPaymentFen: schedule.rows[0]?.paymentFen ?? 0,
    maxPaymentFen: schedule.rows.reduce((max, r) => Math.max(max, r.paymentFen), 0),
    totalInterestFen: schedule.totalInterestFen,
    totalPaymentFen: schedule.totalPaymentFen,
  };
}

export function calculate(input: CalculatorInput, options: CalculateOptions = {}): CalculatorResult {
  const lpr = options.lpr ?? DEFAULT_LPR;
  switch (input.tool) {
    case "dailyRate": {
      const conversion = convertDailyRate(percentToRate(input.dailyRatePercent));
      return { tool: "dailyRate", lpr, conversion, flags: rateFlags(conversion.nominalAnnualRate, lpr) };
    }
    case "feeApr": {
      const loan = flatFeeLoanApr({
        principalFen: yuanToFen(input.principalYuan),
        periods: input.periods,
        feeRatePerPeriod: percentToRate(input.feeRatePercent),
        upfrontFeeFen: yuanToFen(input.upfrontFeeYuan),
      });
      return { tool: "feeApr", lpr, loan, flags: rateFlags(loan.nominalApr, lpr) };
    }
    case "schedule": {
      const annualRate = toNominalAnnual(percentToRate(input.ratePercent), input.rateUnit);
      const scheduleInput = { principalFen: yuanToFen(input.principalYuan), annualRate, months: input.months };
      const schedule = buildSchedule(input.method, scheduleInput);
      const comparison = REPAYMENT_METHODS.map((m) => summarize(m === input.method ? schedule : buildSchedule(m, scheduleInput)));
      return { tool: "schedule", lpr, annualRate, schedule, comparison, flags: rateFlags(annualRate, lpr) };
    }
    case "overdue": {
      const annualRate = toNominalAnnual(percentToRate(input.ratePercent), input.rateUnit);
      const overdue = overdueInterest({ overdueFen: yuanToFen(input.amountYuan), dailyRate: annualToDaily(annualRate), days: input.days });
      return { tool: "overdue", lpr, annualRate, overdue, flags: rateFlags(annualRate, lpr) };
    }
  }
}
