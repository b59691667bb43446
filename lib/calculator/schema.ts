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
 * - Written with `zod/mini`: the same validator core and issue codes as the
 *   rest of the app's schemas, but tree-shakable, so the calculator page
 *   ships a fraction of Zod to the browser.
 */

import { z } from "zod/mini";
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

/** A number typed into a form, with these checks. */
const typed = (...checks: z.core.$ZodCheck<number>[]) => z.coerce.number().check(...checks);
const cent = z.multipleOf(0.01);
const principalYuan = typed(cent, z.positive(), z.maximum(LIMITS.maxPrincipalYuan));
const wholeMonths = typed(z.int(), z.minimum(1), z.maximum(LIMITS.maxMonths));
const rateUnit = z.enum(RATE_UNITS);

/** 日利率 → nominal and effective annual rate. */
export const dailyRateInputSchema = z.object({
  tool: z.literal("dailyRate"),
  dailyRatePercent: typed(z.minimum(0), z.maximum(LIMITS.maxDailyRatePercent)),
});

/** Flat-fee instalment loan → real APR. */
export const feeAprInputSchema = z
  .object({
    tool: z.literal("feeApr"),
    principalYuan,
    periods: wholeMonths,
    feeRatePercent: typed(z.minimum(0), z.maximum(LIMITS.maxFeeRatePercent)),
    upfrontFeeYuan: z._default(typed(cent, z.minimum(0)), 0),
  })
  .check(
    z.superRefine((value, ctx) => {
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
    }),
  );

type RateWithUnit = { ratePercent: number; rateUnit: (typeof RATE_UNITS)[number] };

function checkRateForUnit(value: RateWithUnit, ctx: z.core.$RefinementCtx<RateWithUnit>): void {
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
    ratePercent: typed(z.minimum(0), z.maximum(LIMITS.maxRatePercent)),
    rateUnit,
    method: z.enum(REPAYMENT_METHODS),
  })
  .check(z.superRefine(checkRateForUnit));

/** Overdue interest at 1.5× the agreed rate. */
export const overdueInputSchema = z
  .object({
    tool: z.literal("overdue"),
    amountYuan: principalYuan,
    ratePercent: typed(z.minimum(0), z.maximum(LIMITS.maxRatePercent)),
    rateUnit,
    days: typed(z.int(), z.minimum(1), z.maximum(LIMITS.maxOverdueDays)),
  })
  .check(z.superRefine(checkRateForUnit));

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
