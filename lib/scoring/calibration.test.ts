/**
 * Consistency with the seeds' numbers (see docs/model-card.md, "Calibration").
 */
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { assess } from "./assess";
import { referenceInput } from "./calibration";
import { GOALS, PLATFORMS } from "./constants";
import type { AssessmentInput } from "./schema";
import { assessmentInputArbFor } from "./testing/arbitraries";

// Property runs over generated inputs: allow for a busy machine.
vi.setConfig({ testTimeout: 30_000 });

const withRepayment = (input: AssessmentInput, r: Partial<AssessmentInput["repayment"]>): AssessmentInput => ({
  ...input,
  repayment: { ...input.repayment, ...r },
});

describe("calibration anchors", () => {
  it("the reference borrower gets exactly the platform's reference chance, with no reasons", () => {
    for (const platform of PLATFORMS)
      for (const goal of GOALS) {
        const a = assess(referenceInput(platform, goal));
        expect(a.reasons).toEqual([]);
        expect(a.logOdds).toBe(a.intercept);
      }
  });

  it("微粒贷: repaying the first loan within 7 days → ~68% raised within 3 months (seed 004)", () => {
    const ref = referenceInput("weilidai", "raise");
    for (const days of [1, 5, 7]) {
      const a = assess({ ...ref, usage: { ...ref.usage, firstLoanRepaidWithinDays: days } });
      expect(a.horizonMonths).toBe(3);
      expect(a.probability).toBeCloseTo(0.68, 3);
      expect(a.reasons[0]?.code).toBe("FIRST_LOAN_EARLY");
    }
    // Later repayment earns less, never more.
    const late = assess({ ...ref, usage: { ...ref.usage, firstLoanRepaidWithinDays: 20 } }).probability;
    expect(late).toBeLessThan(0.68);
    expect(late).toBeGreaterThan(0.5);
  });

  it("微粒贷: a steady credit-card record → ~37% higher chance of an invitation (seed 004)", () => {
    const ref = referenceInput("weilidai", "open");
    const without = assess(ref).probability;
    const withCard = assess({ ...ref, ecosystem: { ...ref.ecosystem, creditCardMonths: 12 } }).probability;
    expect(withCard / without).toBeGreaterThan(1.35);
    expect(withCard / without).toBeLessThan(1.39);
  });

  it("an overdue of ≤30 days, then 6 on-time months → ≥90% of the former chance (seed 004), on every platform", () => {
    for (const platform of PLATFORMS)
      for (const goal of ["raise", "open"] as const) {
        const former = referenceInput(platform, goal);
        for (const days of [1, 15, 30]) {
          const after = withRepayment(former, { onTimeMonths: 6, overdueCount12m: 1, maxOverdueDays12m: days });
          expect(assess(after).probability).toBeGreaterThanOrEqual(0.9 * assess(former).probability);
        }
      }
  });

  it("…for any profile whose former record was a year long", () => {
    fc.assert(
      fc.property(assessmentInputArbFor({ goal: "raise" }), fc.integer({ min: 1, max: 30 }), (input, days) => {
        const former = withRepayment(input, {
          onTimeMonths: 12,
          overdueCount12m: 0,
          maxOverdueDays12m: 0,
          currentlyOverdue: false,
        });
        const after = withRepayment(former, { onTimeMonths: 6, overdueCount12m: 1, maxOverdueDays12m: days });
        expect(assess(after).probability).toBeGreaterThanOrEqual(0.9 * assess(former).probability);
      }),
      { numRuns: 300 },
    );
  });

  it("…and the plan's projection gets there from the day the overdue is paid", () => {
    const former = referenceInput("weilidai", "raise");
    const justPaid = withRepayment(former, { onTimeMonths: 0, overdueCount12m: 1, maxOverdueDays12m: 25 });
    const a = assess(justPaid);
    expect(a.probability).toBeLessThan(0.9 * assess(former).probability);
    expect(a.plan.projection[6]!.probability).toBeGreaterThanOrEqual(0.9 * assess(former).probability);
  });

  it("a severe (90-day) overdue does not heal in six months", () => {
    const former = referenceInput("weilidai", "raise");
    const after = withRepayment(former, { onTimeMonths: 6, overdueCount12m: 1, maxOverdueDays12m: 90 });
    expect(assess(after).probability).toBeLessThan(0.8 * assess(former).probability);
  });

  it("借呗: cut from ¥30k to ¥10k after a month overdue, six good months and proof → restorable (seed 001)", () => {
    const ref = referenceInput("jiebei", "restore");
    const caseAfterSixMonths: AssessmentInput = {
      ...ref,
      limit: { current: 10000, previous: 30000, usedPercent: 40 },
      cut: { reason: "overdue", monthsAgo: 6 },
      repayment: { ...ref.repayment, onTimeMonths: 6, overdueCount12m: 1, maxOverdueDays12m: 30 },
      profile: { ...ref.profile, incomeProof: true, assetProof: true },
    };
    const a = assess(caseAfterSixMonths);
    expect(["fair", "good", "excellent"]).toContain(a.band);
    expect(a.warnings.map((w) => w.code)).not.toContain("POLICY_CUT");

    // From the day of the cut, following the plan for six months also gets there.
    const atCut: AssessmentInput = {
      ...caseAfterSixMonths,
      cut: { reason: "overdue", monthsAgo: 0 },
      repayment: { ...caseAfterSixMonths.repayment, onTimeMonths: 0 },
      profile: { ...ref.profile },
    };
    const plan = assess(atCut);
    expect(plan.band).toBe("very_low");
    expect(plan.plan.projection[6]!.probability).toBeGreaterThanOrEqual(0.35);
    expect(plan.checklist.map((c) => c.id)).toEqual(expect.arrayContaining(["upload_income_proof", "upload_asset_proof"]));
  });
});
