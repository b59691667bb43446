import fc from "fast-check";
import { describe, expect, expectTypeOf, it, vi } from "vitest";
import type { z } from "zod";
import { assess } from "./assess";
import { REFERENCE_INPUT, referenceInput } from "./calibration";
import { assessmentInputSchema, assessmentSchema, whatIfSchema, type AssessmentInput } from "./schema";
import { assessmentInputArb, realisticInputArb } from "./testing/arbitraries";
import type { Assessment } from "./types";

// Property runs over generated inputs: allow for a busy machine.
vi.setConfig({ testTimeout: 30_000 });

const paths = (input: unknown) => {
  const result = assessmentInputSchema.safeParse(input);
  expect(result.success).toBe(false);
  return result.success ? [] : result.error.issues.map((i) => i.path.join("."));
};

describe("assessmentInputSchema", () => {
  it("accepts every generated input (both populations) and the reference borrowers", () => {
    fc.assert(fc.property(assessmentInputArb, (input) => assessmentInputSchema.safeParse(input).success), {
      numRuns: 300,
    });
    fc.assert(fc.property(realisticInputArb, (input) => assessmentInputSchema.safeParse(input).success), {
      numRuns: 200,
    });
    expect(assessmentInputSchema.parse(REFERENCE_INPUT)).toEqual(REFERENCE_INPUT);
  });

  it("rejects bad fields with the path of each one", () => {
    const bad = structuredClone(REFERENCE_INPUT) as Record<string, unknown> & AssessmentInput;
    Object.assign(bad, { platform: "alipay" });
    bad.limit.usedPercent = 120;
    bad.repayment.onTimeMonths = -1;
    bad.repayment.overdueCount12m = 1.5;
    (bad.debt as Record<string, unknown>).monthlyIncome = "8000";
    bad.usage.avgLoanDays = Number.NaN;
    bad.ecosystem.wealthBalance = Infinity;
    (bad.profile as Record<string, unknown>).employment = "astronaut";
    bad.extras = { zhimaScore: 200, shop: { monthlyRevenue: 1, revenueTrend: "sideways" as never, positiveRatePercent: 99, returnRatePercent: 1 } };
    expect(paths(bad).sort()).toEqual(
      [
        "platform",
        "limit.usedPercent",
        "repayment.onTimeMonths",
        "repayment.overdueCount12m",
        "debt.monthlyIncome",
        "usage.avgLoanDays",
        "ecosystem.wealthBalance",
        "profile.employment",
        "extras.zhimaScore",
        "extras.shop.revenueTrend",
      ].sort(),
    );
  });

  it("reports missing sections and fields by path", () => {
    const { repayment: _r, ...noRepayment } = REFERENCE_INPUT;
    expect(paths(noRepayment)).toEqual(["repayment"]);
    const partial = { ...REFERENCE_INPUT, usage: { ...REFERENCE_INPUT.usage, cashOut: undefined } };
    expect(paths(partial)).toEqual(["usage.cashOut"]);
    expect(paths({ ...referenceInput("jiebei", "restore"), cut: { reason: "bad luck", monthsAgo: 2 } })).toEqual([
      "cut.reason",
    ]);
  });

  it("uses only standard Zod issue codes (the app translates by code)", () => {
    const result = assessmentInputSchema.safeParse({ platform: 1, limit: { current: -5 } });
    expect(result.success).toBe(false);
    if (!result.success) for (const issue of result.error.issues) expect(issue.code).not.toBe("custom");
  });

  it("what-if changes are any partial of the sections", () => {
    expect(whatIfSchema.parse({ debt: { applications3m: 0 } })).toEqual({ debt: { applications3m: 0 } });
    expect(whatIfSchema.safeParse({ repayment: { onTimeMonths: -2 } }).success).toBe(false);
  });
});

describe("assessmentSchema", () => {
  it("accepts what assess returns", () => {
    fc.assert(fc.property(assessmentInputArb, (input) => assessmentSchema.safeParse(assess(input)).success), {
      numRuns: 200,
    });
  });

  it("agrees with the hand-written Assessment type", () => {
    expectTypeOf<Assessment>().toExtend<z.infer<typeof assessmentSchema>>();
  });
});
