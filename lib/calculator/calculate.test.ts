import { describe, expect, it } from "vitest";
import { calculate } from "./calculate";
import { makeLprConfig } from "./lpr";
import { calculatorInputSchema } from "./schema";

const run = (form: Record<string, string>, lpr = makeLprConfig(0.03, "2025-05-20")) => calculate(calculatorInputSchema.parse(form), { lpr });

describe("calculate", () => {
  it("dailyRate: 0.05% → 18.25% nominal, flagged above 4 × LPR", () => {
    const r = run({ tool: "dailyRate", dailyRatePercent: "0.05" });
    if (r.tool !== "dailyRate") throw new Error("wrong tool");
    expect(r.conversion.nominalAnnualRate).toBeCloseTo(0.1825, 12);
    expect(r.flags.map((f) => f.id)).toEqual(["aboveFourLpr"]);
    expect(r.lpr.asOf).toBe("2025-05-20");
  });

  it("feeApr: 12,000 yuan, 12 × 0.6% → ≈13.03% real APR", () => {
    const r = run({ tool: "feeApr", principalYuan: "12000", periods: "12", feeRatePercent: "0.6" });
    if (r.tool !== "feeApr") throw new Error("wrong tool");
    expect(r.loan.nominalApr).toBeCloseTo(0.1303, 4);
    expect(r.flags.map((f) => f.id)).toEqual(["aboveFourLpr"]);
  });

  it("schedule: the chosen method plus a comparison of all three", () => {
    const r = run({ tool: "schedule", principalYuan: "12000", months: "12", ratePercent: "1", rateUnit: "monthly", method: "equalInstalment" });
    if (r.tool !== "schedule") throw new Error("wrong tool");
    expect(r.annualRate).toBeCloseTo(0.12, 12);
    expect(r.schedule.totalInterestFen).toBe(79_423);
    expect(r.comparison.map((c) => [c.method, c.totalInterestFen])).toEqual([
      ["equalInstalment", 79_423],
      ["equalPrincipal", 78_000],
      ["interestOnly", 144_000],
    ]);
    expect(r.comparison[2]?.maxPaymentFen).toBe(1_212_000);
    expect(r.flags).toEqual([]);
  });

  it("schedule with a daily rate: 0.05%/day is treated as 18.25% a year", () => {
    const r = run({ tool: "schedule", principalYuan: "10000", months: "12", ratePercent: "0.05", rateUnit: "daily", method: "equalPrincipal" });
    if (r.tool !== "schedule") throw new Error("wrong tool");
    expect(r.annualRate).toBeCloseTo(0.1825, 12);
  });

  it("overdue: 10,000 yuan, 0.05%/day, 30 days → 225.00 yuan", () => {
    const r = run({ tool: "overdue", amountYuan: "10000", ratePercent: "0.05", rateUnit: "daily", days: "30" });
    if (r.tool !== "overdue") throw new Error("wrong tool");
    expect(r.overdue.interestFen).toBe(22_500);
  });

  it("defaults to DEFAULT_LPR", () => {
    const r = calculate({ tool: "dailyRate", dailyRatePercent: 0.1 });
    expect(r.flags.map((f) => f.id)).toEqual(["above36", "above24", "aboveFourLpr"]);
  });
});
