/**
 * Zod schemas for the calculator forms.
 *
 * - Values arrive as strings from form fields; numbers are coerced.
 * - Field names carry their unit (…Yuan, …Percent) so the page never has to
 *   guess: amounts in yuan as typed (≤ 2 decimals), rates in PERCENT as typed
 *   (0.05 means 0.05%). `calculate()` converts to fen and fractions.
 * - No custom message strings: the page translates each issue by its `code`
 *   (`too_small`, `too_big`, `invalid_type`, `not_multiple_of`,
 *   `invalid_value`, …) with `calculator.errors.<code>`, using the issue's
 *   `minimum` / `maximum` / `divisor` as ICU arguments.
 * - Field paths are stable and flat: `["principalYuan"]`, `["months"]`, …
 *   The `tool` discriminator selects which form was submitted.
 */

import { z } from "zod";
import { REPAYMENT_METHODS } from "./schedule-types";

export const CALCULATOR_TOOLS = ["dailyRate", "feeApr", "schedule", "overdue"] as const;
export type CalculatorTool = (typeof CALCULATOR_TOOLS)[number];

export const RATE_UNITS = ["daily", "monthly", "annual"] as const;

/** Upper bounds keep the arithmetic meaningful and the tables printable. */
export const LIMITS = {
  maxPrincipalYuan: 10_000_000,
  maxMonths: 360,
  maxDailyRatePercent: 1, // 1%/day = 365%/year, far beyond any lawful loan
  maxRatePercent: 400, // any unit; checked again per unit in `ratePercent` refinement
  maxFeeRatePercent: 10, // per period
  maxOverdueDays: 3650,
} as const;

/** Maximum percent allowed per rate unit (each ≈ 365% a year). */
export const MAX_RATE_PERCENT_BY_UNIT = { daily: 1, monthly: 30, annual: 365 } as const;

const yuan = z.coerce.number().multipleOf(0.01);
const principalYuan = yuan.positive().max(LIMITS.maxPrincipalYuan);
const wholeMonths = z.coerce.number().int().min(1).max(LIMITS.maxMonths);
const rateUnit = z.enum(RATE_UNITS);

/** 日利率 → nominal and effective annual rate. */
export const dailyRateInputSchema = z.object({
  tool: z.literal("dailyRate"),
  dailyRatePercent: z.coerce.number().min(0).max(LIMITS.maxDailyRatePercent),
});

/** Flat-fee instalment loan → real APR. */
export const feeAprInputSchema = z
  .object({
    tool: z.literal("feeApr"),
    principalYuan,
    periods: wholeMonths,
    feeRatePercent: z.coerce.number().min(0).max(LIMITS.maxFeeRatePercent),
    upfrontFeeYuan: yuan.min(0).default(0),
  })
  .superRefine((value, ctx) => {
    if (value.upfrontFeeYuan >= value.principalYuan) {
      ctx.addIssue({
        code: "too_big",
        origin: "number",
        maximum: value.principalYuan,
        inclusive: false,
        path: ["upfrontFeeYuan"],
        input: value.upfrontFeeYuan,
      });
    }
  });

function checkRateForUnit(value: { ratePercent: number; rateUnit: (typeof RATE_UNITS)[number] }, ctx: z.RefinementCtx): void {
  const maximum = MAX_RATE_PERCENT_BY_UNIT[value.rateUnit];
  if (value.ratePercent > maximum) {
    ctx.addIssue({ code: "too_big", origin: "number", maximum, inclusive: true, path: ["ratePercent"], input: value.ratePercent });
  }
}

/** Repayment schedule for one method (the result also compares all three). */
export const scheduleInputSchema = z
  .object({
    tool: z.literal("schedule"),
    principalYuan,
    months: wholeMonths,
    ratePercent: z.coerce.number().min(0).max(LIMITS.maxRatePercent),
    rateUnit,
    method: z.enum(REPAYMENT_METHODS),
  })
  .superRefine(checkRateForUnit);

/** Overdue interest at 1.5× the agreed rate. */
export const overdueInputSchema = z
  .object({
    tool: z.literal("overdue"),
    amountYuan: principalYuan,
    ratePercent: z.coerce.number().min(0).max(LIMITS.maxRatePercent),
    rateUnit,
    days: z.coerce.number().int().min(1).max(LIMITS.maxOverdueDays),
  })
  .superRefine(checkRateForUnit);

/** Any calculator form, discriminated by `tool`. */
export const calculatorInputSchema = z.discriminatedUnion("tool", [
  dailyRateInputSchema,
  feeAprInputSchema,
  scheduleInputSchema,
  overdueInputSchema,
]);

/** Parsed, validated input (numbers, defaults applied). */
export type CalculatorInput = z.output<typeof calculatorInputSchema>;
/** What a form may submit (strings are fine, numbers are coerced). */
export type CalculatorFormValues = z.input<typeof calculatorInputSchema>;
export type DailyRateInput = z.output<typeof dailyRateInputSchema>;
export type FeeAprInput = z.output<typeof feeAprInputSchema>;
export type ScheduleFormInput = z.output<typeof scheduleInputSchema>;
export type OverdueFormInput = z.output<typeof overdueInputSchema>;

/** Every issue code the schemas can produce; `calculator.errors.<code>` must exist for each. */
export const CALCULATOR_ISSUE_CODES = ["invalid_type", "too_small", "too_big", "not_multiple_of", "invalid_value", "invalid_union"] as const;
