import { describe, expect, it } from "vitest";
import { CALCULATOR_ISSUE_CODES, calculatorInputSchema, feeAprInputSchema, scheduleInputSchema } from "./schema";

function issues(value: unknown): { path: string; code: string }[] {
  const r = calculatorInputSchema.safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => ({ path: i.path.join("."), code: i.code }));
}

describe("calculatorInputSchema", () => {
  it("coerces form strings and applies defaults", () => {
    const r = calculatorInputSchema.parse({ tool: "feeApr", principalYuan: "12000", periods: "12", feeRatePercent: "0.6" });
    expect(r).toEqual({ tool: "feeApr", principalYuan: 12000, periods: 12, feeRatePercent: 0.6, upfrontFeeYuan: 0 });
  });

  it("accepts each tool", () => {
    expect(calculatorInputSchema.safeParse({ tool: "dailyRate", dailyRatePercent: "0.05" }).success).toBe(true);
    expect(
      calculatorInputSchema.safeParse({ tool: "schedule", principalYuan: "12000.50", months: "12", ratePercent: "12", rateUnit: "annual", method: "equalPrincipal" }).success,
    ).toBe(true);
    expect(calculatorInputSchema.safeParse({ tool: "overdue", amountYuan: 1000, ratePercent: 0.05, rateUnit: "daily", days: 3 }).success).toBe(true);
  });

  it("reports stable paths and codes, no custom messages", () => {
    // "1.5" months is not a whole number (zod reports int as invalid_type); "x" is NaN.
    expect(issues({ tool: "feeApr", principalYuan: "0", periods: "1.5", feeRatePercent: "x" })).toEqual([
      { path: "principalYuan", code: "too_small" },
      { path: "periods", code: "invalid_type" },
      { path: "feeRatePercent", code: "invalid_type" },
    ]);
    expect(issues({ tool: "dailyRate", dailyRatePercent: "2" })).toEqual([{ path: "dailyRatePercent", code: "too_big" }]);
    expect(issues({ tool: "schedule", principalYuan: "100.001", months: "12", ratePercent: "12", rateUnit: "annual", method: "equalPrincipal" })).toEqual([
      { path: "principalYuan", code: "not_multiple_of" },
    ]);
    expect(issues({ tool: "schedule", principalYuan: "100", months: "12", ratePercent: "12", rateUnit: "weekly", method: "x" })).toEqual([
      { path: "rateUnit", code: "invalid_value" },
      { path: "method", code: "invalid_value" },
    ]);
    expect(issues({ tool: "nope" })).toEqual([{ path: "tool", code: "invalid_union" }]);
  });

  it("checks a rate against its unit (5%/day is not 5%/year)", () => {
    expect(scheduleInputSchema.safeParse({ tool: "schedule", principalYuan: 1, months: 1, ratePercent: 5, rateUnit: "annual", method: "interestOnly" }).success).toBe(true);
    const r = scheduleInputSchema.safeParse({ tool: "schedule", principalYuan: 1, months: 1, ratePercent: 5, rateUnit: "daily", method: "interestOnly" });
    expect(r.success ? [] : r.error.issues.map((i) => [i.path.join("."), i.code])).toEqual([["ratePercent", "too_big"]]);
  });

  it("an upfront fee must be less than the principal", () => {
    const r = feeAprInputSchema.safeParse({ tool: "feeApr", principalYuan: 100, periods: 1, feeRatePercent: 0, upfrontFeeYuan: 100 });
    expect(r.success ? [] : r.error.issues.map((i) => [i.path.join("."), i.code])).toEqual([["upfrontFeeYuan", "too_big"]]);
  });

  it("only produces the documented issue codes", () => {
    const samples: unknown[] = [
      { tool: "feeApr", principalYuan: "-1", periods: "0", feeRatePercent: "99", upfrontFeeYuan: "0.001" },
      { tool: "schedule", principalYuan: "abc", months: "999", ratePercent: "-1", rateUnit: "x", method: "y" },
      { tool: "overdue", amountYuan: "", ratePercent: "", rateUnit: "daily", days: "0" },
      { tool: 1 },
      null,
    ];
    for (const s of samples) {
      for (const i of issues(s)) expect(CALCULATOR_ISSUE_CODES).toContain(i.code);
    }
  });
});
