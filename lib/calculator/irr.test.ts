import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { npv, solveIrr } from "./irr";

describe("npv", () => {
  it("discounts each flow by (1+r)^t", () => {
    // 100 now, −110 in one period at 10%: 100 − 110/1.1 = 0
    expect(npv(0.1, [100, -110])).toBeCloseTo(0, 12);
    // at 0%, NPV is the plain sum
    expect(npv(0, [100, -30, -30, -50])).toBe(-10);
  });
});

describe("solveIrr", () => {
  it("one-period loan: borrow 100, repay 110 → 10%", () => {
    const r = solveIrr([100, -110]);
    expect(r?.rate).toBeCloseTo(0.1, 10);
  });

  it("two-period annuity solved by hand", () => {
    // Borrow 1000, repay 576.19 twice. At r = 10%:
    //   576.19/1.1 + 576.19/1.21 = 523.81 + 476.19 = 1000.00 → IRR = 10%
    const r = solveIrr([1000, -576.19, -576.19]);
    expect(r?.rate).toBeCloseTo(0.1, 5);
  });

  it("zero-cost loan has IRR 0", () => {
    expect(solveIrr([1200, -100, -100, -100, -100, -100, -100, -100, -100, -100, -100, -100, -100])?.rate).toBeCloseTo(0, 10);
  });

  it("handles very expensive loans by widening the bracket (300% per period)", () => {
    // borrow 100, repay 400 after one period → r = 3
    expect(solveIrr([100, -400])?.rate).toBeCloseTo(3, 8);
  });

  it("returns null when there is no sign change or input is broken", () => {
    expect(solveIrr([100, 10, 10])).toBeNull();
    expect(solveIrr([-100, -10])).toBeNull();
    expect(solveIrr([100])).toBeNull();
    expect(solveIrr([100, Number.NaN])).toBeNull();
  });

  it("converges in few iterations for a typical loan", () => {
    const flows = [1_200_000, ...Array<number>(12).fill(-107_200)];
    const r = solveIrr(flows);
    expect(r).not.toBeNull();
    expect(r!.iterations).toBeLessThan(60);
  });

  it("property: for any conventional loan, NPV at the solved rate is ~0", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1_000, max: 100_000_000 }), // principal in fen
        fc.integer({ min: 1, max: 60 }), // periods
        fc.double({ min: 0, max: 0.2, noNaN: true }), // per-period cost
        (principal, n, cost) => {
          const payment = (principal / n) * (1 + cost * n) + 1; // repays more than borrowed
          const flows = [principal, ...Array<number>(n).fill(-payment)];
          const r = solveIrr(flows);
          expect(r).not.toBeNull();
          expect(r!.rate).toBeGreaterThanOrEqual(0);
          expect(Math.abs(npv(r!.rate, flows)) / principal).toBeLessThan(1e-8);
        },
      ),
    );
  });

  it("property: a higher payment means a higher IRR", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 36 }), fc.double({ min: 0.001, max: 0.1, noNaN: true }), (n, extra) => {
        const base = [10_000, ...Array<number>(n).fill(-(10_000 / n) * 1.05)];
        const dearer = [10_000, ...Array<number>(n).fill(-(10_000 / n) * (1.05 + extra))];
        return solveIrr(dearer)!.rate > solveIrr(base)!.rate;
      }),
    );
  });
});
