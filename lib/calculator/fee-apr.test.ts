import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { cashFlowApr, flatFeeLoanApr } from "./fee-apr";
import { npv } from "./irr";

describe("flatFeeLoanApr", () => {
  it("12,000 yuan, 12 months, fee 0.6%/month on the original principal", () => {
    // Hand calculation:
    //   principal share = 12,000 / 12 = 1,000.00 yuan
    //   fee per month   = 12,000 × 0.6% = 72.00 yuan
    //   instalment      = 1,072.00 yuan; total fee 72 × 12 = 864.00 (quoted 7.2%/year)
    //   Find r with 1,072 × (1 − (1+r)^-12) / r = 12,000:
    //     r = 1.08% → 1,072 × 11.1983 = 12,004.68 (too high)
    //     r = 1.09% → 1,072 × 11.1913 = 11,997.12 (too low)
    //     linear interpolation: 1.08% + 0.01% × 4.68 / 7.56 ≈ 1.0862%
    //   nominal APR = 1.0862% × 12 ≈ 13.03%; effective = 1.010862^12 − 1 ≈ 13.84%
    const r = flatFeeLoanApr({ principalFen: 1_200_000, periods: 12, feeRatePerPeriod: 0.006 });
    expect(r.instalments).toHaveLength(12);
    expect(r.instalments.every((i) => i.paymentFen === 107_200 && i.feeFen === 7_200)).toBe(true);
    expect(r.totalCostFen).toBe(86_400);
    expect(r.quotedAnnualRate).toBeCloseTo(0.072, 12);
    expect(r.periodicRate).toBeCloseTo(0.010862, 6);
    expect(r.nominalApr).toBeCloseTo(0.1303, 4);
    expect(r.effectiveApr).toBeCloseTo(0.1384, 4);
  });

  it("an upfront fee (砍头息) raises the real APR", () => {
    // Same loan, but 100 yuan is kept back at payout: only 11,900 arrives.
    // 1,072 × a(12, r) = 11,900 → r ≈ 1.2192%/month → nominal ≈ 14.63%
    const r = flatFeeLoanApr({ principalFen: 1_200_000, periods: 12, feeRatePerPeriod: 0.006, upfrontFeeFen: 10_000 });
    expect(r.cashFlowsFen[0]).toBe(1_190_000);
    expect(r.totalCostFen).toBe(96_400);
    expect(r.nominalApr).toBeCloseTo(0.1463, 4);
  });

  it("the last instalment absorbs the rounding of the principal share", () => {
    // 1,000.00 yuan over 3 months: 333.33 + 333.33 + 333.34
    const r = flatFeeLoanApr({ principalFen: 100_000, periods: 3, feeRatePerPeriod: 0 });
    expect(r.instalments.map((i) => i.principalFen)).toEqual([33_333, 33_333, 33_334]);
    expect(r.nominalApr).toBeCloseTo(0, 9);
  });

  it("rejects impossible input", () => {
    expect(() => flatFeeLoanApr({ principalFen: 0, periods: 12, feeRatePerPeriod: 0.006 })).toThrow(RangeError);
    expect(() => flatFeeLoanApr({ principalFen: 100, periods: 0, feeRatePerPeriod: 0.006 })).toThrow(RangeError);
    expect(() => flatFeeLoanApr({ principalFen: 100, periods: 1, feeRatePerPeriod: -0.1 })).toThrow(RangeError);
    expect(() => flatFeeLoanApr({ principalFen: 100, periods: 1, feeRatePerPeriod: 0, upfrontFeeFen: 100 })).toThrow(RangeError);
  });

  it("property: principal shares sum to the principal and NPV at the APR is 0", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 100, max: 50_000_000 }),
        fc.integer({ min: 1, max: 36 }),
        fc.double({ min: 0, max: 0.05, noNaN: true }),
        (principalFen, periods, fee) => {
          const r = flatFeeLoanApr({ principalFen, periods, feeRatePerPeriod: fee });
          expect(r.instalments.reduce((s, i) => s + i.principalFen, 0)).toBe(principalFen);
          expect(Math.abs(npv(r.periodicRate, r.cashFlowsFen))).toBeLessThan(1e-4);
        },
      ),
    );
  });

  it("property: for more than one period the real APR exceeds the quoted flat rate", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 36 }), fc.double({ min: 0.001, max: 0.03, noNaN: true }), (periods, fee) => {
        const r = flatFeeLoanApr({ principalFen: 10_000_000, periods, feeRatePerPeriod: fee });
        return r.nominalApr > r.quotedAnnualRate;
      }),
    );
  });
});

describe("cashFlowApr", () => {
  it("reads any repayment plan", () => {
    const r = cashFlowApr([1000, -576.19, -576.19], 1);
    expect(r?.nominalApr).toBeCloseTo(0.1, 5);
    expect(cashFlowApr([1, 1])).toBeNull();
  });
});
