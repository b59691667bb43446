/**
 * Properties of `assess` over generated valid inputs: a probability strictly
 * inside (0, 1) and inside its interval; determinism; reasons that add up to
 * the log-odds; monotonicity wherever the domain fixes a direction; nothing
 * non-finite anywhere in the output.
 */
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { assess } from "./assess";
import { bandOf, logit } from "./math";
import type { AssessmentInput } from "./schema";
import { assessmentInputArb } from "./testing/arbitraries";
import { check } from "./testing/check";

// Property runs over generated inputs: allow for a busy machine.
vi.setConfig({ testTimeout: 30_000 });

const RUNS = { numRuns: 300 };
const p = (input: AssessmentInput) => assess(input).probability;

function allFinite(value: unknown): boolean {
  if (typeof value === "number") return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(allFinite);
  if (value && typeof value === "object") return Object.values(value).every(allFinite);
  return true;
}

describe("assess: the probability", () => {
  it("is strictly between 0 and 1, inside its interval, with a band that matches", () => {
    fc.assert(
      fc.property(assessmentInputArb, (input) => {
        const a = assess(input);
        expect(a.probability).toBeGreaterThan(0);
        expect(a.probability).toBeLessThan(1);
        expect(a.interval.low).toBeGreaterThan(0);
        expect(a.interval.high).toBeLessThan(1);
        expect(a.interval.low).toBeLessThanOrEqual(a.probability);
        expect(a.interval.high).toBeGreaterThanOrEqual(a.probability);
        expect(a.band).toBe(bandOf(a.probability));
        for (const point of a.plan.projection) check(point.probability > 0 && point.probability < 1, `month ${point.month}`);
      }),
      RUNS,
    );
  });

  it("is deterministic (same input, same output; no shared state leaks between calls)", () => {
    fc.assert(
      fc.property(assessmentInputArb, assessmentInputArb, (a, b) => {
        const first = JSON.stringify(assess(a));
        assess(b);
        expect(JSON.stringify(assess(structuredClone(a)))).toBe(first);
      }),
      { numRuns: 150 },
    );
  });

  it("has no NaN or Infinity anywhere in the output", () => {
    fc.assert(fc.property(assessmentInputArb, (input) => allFinite(assess(input))), RUNS);
  });
});

describe("assess: the explanation is the model", () => {
  it("intercept + Σ reason points = logit(probability)", () => {
    fc.assert(
      fc.property(assessmentInputArb, (input) => {
        const a = assess(input);
        const sum = a.reasons.reduce((s, r) => s + r.points, a.intercept);
        expect(sum).toBeCloseTo(a.logOdds, 9);
        expect(logit(a.probability)).toBeCloseTo(a.logOdds, 9);
        for (const r of a.reasons) {
          check(r.points !== 0, `${r.code}: zero points`);
          check(r.direction === (r.points > 0 ? "positive" : "negative"), `${r.code}: direction`);
        }
      }),
      RUNS,
    );
  });

  it("orders reasons by the size of their effect", () => {
    fc.assert(
      fc.property(assessmentInputArb, (input) => {
        const sizes = assess(input).reasons.map((r) => Math.abs(r.points));
        for (let k = 1; k < sizes.length; k++) check(sizes[k]! <= sizes[k - 1]!, `reason ${k} out of order`);
      }),
      { numRuns: 100 },
    );
  });
});

/** `change(input, k)` must never move the probability in the forbidden direction. */
function monotone(name: string, direction: "up" | "down", change: (i: AssessmentInput, k: number) => AssessmentInput) {
  it(`${name} never ${direction === "up" ? "lowers" : "raises"} the chance`, () => {
    fc.assert(
      fc.property(assessmentInputArb, fc.integer({ min: 1, max: 24 }), (input, k) => {
        const before = p(input);
        const after = p(change(structuredClone(input), k));
        if (direction === "up") expect(after).toBeGreaterThanOrEqual(before - 1e-12);
        else expect(after).toBeLessThanOrEqual(before + 1e-12);
      }),
      RUNS,
    );
  });
}

describe("assess: monotone where the domain fixes the direction", () => {
  monotone("more on-time months", "up", (i, k) => ((i.repayment.onTimeMonths += k), i));
  monotone("more overdues", "down", (i, k) => ((i.repayment.overdueCount12m += k), i));
  monotone("a longer overdue", "down", (i, k) => ((i.repayment.maxOverdueDays12m += 5 * k), i));
  monotone("an open overdue", "down", (i) => ((i.repayment.currentlyOverdue = true), i));
  monotone("more lenders", "down", (i, k) => ((i.debt.lendersWithBalance += k), i));
  monotone("more applications", "down", (i, k) => ((i.debt.applications3m += k), i));
  monotone("a heavier repayment burden", "down", (i, k) => ((i.debt.monthlyDebtPayment += 250 * k), i));
  monotone("a higher income", "up", (i, k) => ((i.debt.monthlyIncome += 500 * k), i));
  monotone("cash-out", "down", (i) => ((i.usage.cashOut = true), i));
  monotone("a restricted purpose", "down", (i) => ((i.usage.restrictedPurpose = true), i));
  monotone("more same-day repayments", "down", (i, k) => ((i.usage.sameDayRepays12m += k), i));
  monotone("autopay", "up", (i) => ((i.repayment.autopay = true), i));
});
