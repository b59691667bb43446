import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { OVERDUE_MULTIPLIER, overdueInterest } from "./overdue";
import { annualToDaily } from "./rates";

describe("overdueInterest", () => {
  it("10,000 yuan overdue for 30 days at 0.05%/day", () => {
    // Hand calculation:
    //   overdue daily rate = 0.05% × 1.5 = 0.075%
    //   overdue interest   = 10,000 × 0.00075 × 30 = 225.00 yuan
    //   at the agreed rate = 10,000 × 0.0005 × 30  = 150.00 yuan → 75.00 extra
    //   annualised overdue rate = 0.075% × 365 = 27.375%
    const r = overdueInterest({ overdueFen: 1_000_000, dailyRate: 0.0005, days: 30 });
    expect(r.penaltyDailyRate).toBeCloseTo(0.00075, 12);
    expect(r.interestFen).toBe(22_500);
    expect(r.normalInterestFen).toBe(15_000);
    expect(r.extraFen).toBe(7_500);
    expect(r.penaltyAnnualRate).toBeCloseTo(0.27375, 10);
  });

  it("an annual rate converts through annualToDaily: 1,066.19 yuan, 18.25%/year, 3 days", () => {
    // daily = 18.25% / 365 = 0.05%; overdue = 1,066.19 × 0.00075 × 3 = 2.3989 → 2.40 yuan
    const r = overdueInterest({ overdueFen: 106_619, dailyRate: annualToDaily(0.1825), days: 3 });
    expect(r.interestFen).toBe(240);
  });

  it("zero days costs nothing; a custom multiplier is honoured", () => {
    expect(overdueInterest({ overdueFen: 100_000, dailyRate: 0.0005, days: 0 }).interestFen).toBe(0);
    // 1,000 × 0.0005 × 2 × 10 = 10.00 yuan
    expect(overdueInterest({ overdueFen: 100_000, dailyRate: 0.0005, days: 10, multiplier: 2 }).interestFen).toBe(1_000);
    expect(OVERDUE_MULTIPLIER).toBe(1.5);
  });

  it("rejects invalid input", () => {
    expect(() => overdueInterest({ overdueFen: -1, dailyRate: 0.0005, days: 1 })).toThrow(RangeError);
    expect(() => overdueInterest({ overdueFen: 1, dailyRate: 0.0005, days: 1.5 })).toThrow(RangeError);
    expect(() => overdueInterest({ overdueFen: 1, dailyRate: 0.0005, days: 1, multiplier: 0.5 })).toThrow(RangeError);
  });

  it("property: overdue interest is ≈1.5× the normal interest and grows with days", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000_000 }),
        fc.double({ min: 0, max: 0.001, noNaN: true }),
        fc.integer({ min: 0, max: 365 }),
        (overdueFen, dailyRate, days) => {
          const r = overdueInterest({ overdueFen, dailyRate, days });
          const next = overdueInterest({ overdueFen, dailyRate, days: days + 1 });
          expect(Math.abs(r.interestFen - 1.5 * r.normalInterestFen)).toBeLessThanOrEqual(1);
          expect(next.interestFen).toBeGreaterThanOrEqual(r.interestFen);
        },
      ),
    );
  });
});
