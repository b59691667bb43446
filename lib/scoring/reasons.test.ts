import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { isGuideAnchor } from "../guides/anchors";
import { assess } from "./assess";
import { referenceInput } from "./calibration";
import { DIMENSIONS } from "./constants";
import { ALL_SOURCES } from "./sources";
import { assessmentInputArb } from "./testing/arbitraries";
import { check } from "./testing/check";

// Property runs over generated inputs: allow for a busy machine.
vi.setConfig({ testTimeout: 30_000 });

describe("reasons", () => {
  it("cite known sources, link to real guide sections and carry integer params", () => {
    fc.assert(
      fc.property(assessmentInputArb, (input) => {
        for (const r of assess(input).reasons) {
          check(r.sources.length > 0, `${r.code}: no source`);
          for (const s of r.sources) check(ALL_SOURCES.includes(s), `${r.code}: unknown source ${s}`);
          check(isGuideAnchor(r.guideAnchor), `${r.code}: bad anchor ${r.guideAnchor}`);
          for (const v of Object.values(r.params ?? {})) check(Number.isInteger(v), `${r.code}: param ${v}`);
          check(!r.dimension || DIMENSIONS.includes(r.dimension), `${r.code}: dimension ${r.dimension}`);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("prefer the platform's own guide", () => {
    const ref = referenceInput("weilidai", "raise");
    const a = assess({ ...ref, debt: { ...ref.debt, lendersWithBalance: 5 } });
    expect(a.reasons.find((r) => r.code === "LENDERS_MANY")?.guideAnchor).toBe("weilidai#debt");
    const g = referenceInput("generic", "raise");
    const b = assess({ ...g, debt: { ...g.debt, lendersWithBalance: 5 } });
    expect(b.reasons.find((r) => r.code === "LENDERS_MANY")?.guideAnchor).toBe("general#debt");
  });

  it("put the borrower's own numbers in params", () => {
    const ref = referenceInput("weilidai", "raise");
    const a = assess({ ...ref, repayment: { ...ref.repayment, onTimeMonths: 30 }, debt: { ...ref.debt, monthlyDebtPayment: 3000 } });
    expect(a.reasons.find((r) => r.code === "ONTIME_LONG")?.params).toEqual({ months: 30 });
    expect(a.reasons.find((r) => r.code === "DEBT_HIGH")?.params).toEqual({ percent: 50 });
  });
});

describe("dimensions", () => {
  it("score all five, 0–100, with weights that add up to 1", () => {
    fc.assert(
      fc.property(assessmentInputArb, (input) => {
        const dims = assess(input).dimensions;
        expect(dims.map((d) => d.id)).toEqual([...DIMENSIONS]);
        for (const d of dims) check(d.score >= 0 && d.score <= 100 && Number.isInteger(d.score), `${d.id}: ${d.score}`);
        expect(dims.reduce((s, d) => s + d.weight, 0)).toBeCloseTo(1, 2);
      }),
      { numRuns: 200 },
    );
  });

  it("move with their factors", () => {
    const ref = referenceInput("huabei", "raise");
    const base = assess(ref).dimensions;
    const better = assess({ ...ref, ecosystem: { ...ref.ecosystem, paymentsPerMonth: 40, wealthBalance: 50000 } }).dimensions;
    const eco = DIMENSIONS.indexOf("ecosystem");
    expect(better[eco]!.score).toBeGreaterThan(base[eco]!.score);
    expect(better[DIMENSIONS.indexOf("repayment")]).toEqual(base[DIMENSIONS.indexOf("repayment")]);
    // 花呗 weighs the Alipay ecosystem more than a generic lender does.
    const generic = assess(referenceInput("generic", "raise")).dimensions;
    expect(base[eco]!.weight).toBeGreaterThan(generic[eco]!.weight);
  });
});
