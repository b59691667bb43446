import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { buildSchedule } from "./schedule";
import { equalInstalmentPayment, equalInstalmentSchedule } from "./equal-instalment";
import { equalPrincipalSchedule } from "./equal-principal";
import { interestOnlySchedule } from "./interest-only";
import { REPAYMENT_METHODS, type Schedule } from "./schedule-types";

// The worked example used for all three methods: 12,000 yuan at 12% a year
// (1% a month) over 12 months.
const example = { principalFen: 1_200_000, annualRate: 0.12, months: 12 };

describe("等额本息 equalInstalment", () => {
  it("12,000 yuan, 12%, 12 months", () => {
    // Hand calculation:
    //   r = 12% / 12 = 1%; 1.01^12 = 1.126825
    //   payment = 12,000 × 0.01 × 1.126825 / 0.126825 = 1,066.1855 → 1,066.19
    //   month 1: interest 12,000.00 × 1% = 120.00; principal 1,066.19 − 120.00 = 946.19; left 11,053.81
    //   month 2: interest 11,053.81 × 1% = 110.5381 → 110.54; principal 955.65; left 10,098.16
    //   … month 12: left 1,055.58 → interest 10.56, payment 1,055.58 + 10.56 = 1,066.14 (absorbs rounding)
    //   total interest = 11 × 1,066.19 + 1,066.14 − 12,000 = 794.23
    expect(equalInstalmentPayment(example)).toBe(106_619);
    const s = equalInstalmentSchedule(example);
    expect(s.rows[0]).toEqual({ period: 1, paymentFen: 106_619, principalFen: 94_619, interestFen: 12_000, remainingFen: 1_105_381 });
    expect(s.rows[1]).toEqual({ period: 2, paymentFen: 106_619, principalFen: 95_565, interestFen: 11_054, remainingFen: 1_009_816 });
    expect(s.rows[11]).toEqual({ period: 12, paymentFen: 106_614, principalFen: 105_558, interestFen: 1_056, remainingFen: 0 });
    expect(s.totalInterestFen).toBe(79_423);
    expect(s.totalPaymentFen).toBe(1_279_423);
    expect(s.monthlyRate).toBeCloseTo(0.01, 12);
  });

  it("zero rate: equal shares, last row takes the remainder", () => {
    const s = equalInstalmentSchedule({ principalFen: 100_000, annualRate: 0, months: 3 });
    expect(s.rows.map((r) => r.paymentFen)).toEqual([33_333, 33_333, 33_334]);
    expect(s.totalInterestFen).toBe(0);
  });
});

describe("等额本金 equalPrincipal", () => {
  it("12,000 yuan, 12%, 12 months", () => {
    // Hand calculation: principal 1,000.00 every month.
    //   interest: 12,000 × 1% = 120, then 110, 100, …, 10 (balance falls by 1,000 a month)
    //   total interest = 10 × (12 + 11 + … + 1) = 10 × 78 = 780.00
    //   first payment 1,120.00, last payment 1,010.00
    const s = equalPrincipalSchedule(example);
    expect(s.rows.map((r) => r.interestFen)).toEqual([12_000, 11_000, 10_000, 9_000, 8_000, 7_000, 6_000, 5_000, 4_000, 3_000, 2_000, 1_000]);
    expect(s.rows[0]!.paymentFen).toBe(112_000);
    expect(s.rows[11]!.paymentFen).toBe(101_000);
    expect(s.totalInterestFen).toBe(78_000);
  });
});

describe("先息后本 interestOnly", () => {
  it("12,000 yuan, 12%, 12 months", () => {
    // Hand calculation: interest 12,000 × 1% = 120.00 every month;
    //   months 1–11 pay 120.00; month 12 pays 120.00 + 12,000.00 = 12,120.00
    //   total interest = 12 × 120 = 1,440.00
    const s = interestOnlySchedule(example);
    expect(s.rows.slice(0, 11).every((r) => r.paymentFen === 12_000 && r.remainingFen === 1_200_000)).toBe(true);
    expect(s.rows[11]).toEqual({ period: 12, paymentFen: 1_212_000, principalFen: 1_200_000, interestFen: 12_000, remainingFen: 0 });
    expect(s.totalInterestFen).toBe(144_000);
  });
});

describe("buildSchedule", () => {
  it("dispatches by method", () => {
    for (const method of REPAYMENT_METHODS) expect(buildSchedule(method, example).method).toBe(method);
  });

  it("rejects invalid input", () => {
    expect(() => buildSchedule("equalInstalment", { principalFen: 0, annualRate: 0.1, months: 12 })).toThrow(RangeError);
    expect(() => buildSchedule("equalPrincipal", { principalFen: 100, annualRate: -0.1, months: 12 })).toThrow(RangeError);
    expect(() => buildSchedule("interestOnly", { principalFen: 100, annualRate: 0.1, months: 1.5 })).toThrow(RangeError);
  });
});

describe("schedule properties", () => {
  const input = fc.record({
    principalFen: fc.integer({ min: 1, max: 1_000_000_000 }),
    annualRate: fc.double({ min: 0, max: 0.5, noNaN: true }),
    months: fc.integer({ min: 1, max: 360 }),
  });

  function checkInvariants(s: Schedule): void {
    expect(s.rows).toHaveLength(s.months);
    let remaining = s.principalFen;
    for (const row of s.rows) {
      expect(row.paymentFen).toBe(row.principalFen + row.interestFen);
      expect(row.principalFen).toBeGreaterThanOrEqual(0);
      expect(row.interestFen).toBeGreaterThanOrEqual(0);
      expect(Number.isInteger(row.paymentFen)).toBe(true);
      remaining -= row.principalFen;
      expect(row.remainingFen).toBe(remaining);
    }
    expect(remaining).toBe(0);
    expect(s.totalPrincipalFen).toBe(s.principalFen);
    expect(s.totalPaymentFen).toBe(s.totalPrincipalFen + s.totalInterestFen);
  }

  it("every method: rows sum exactly to the totals and repay the principal", () => {
    fc.assert(
      fc.property(input, fc.constantFrom(...REPAYMENT_METHODS), (i, method) => {
        checkInvariants(buildSchedule(method, i));
      }),
    );
  });

  it("interest ordering: 等额本金 ≤ 等额本息 ≤ 先息后本 (within rounding)", () => {
    fc.assert(
      fc.property(input, (i) => {
        const slack = i.months; // at most one fen of rounding per row
        const principal = equalPrincipalSchedule(i).totalInterestFen;
        const instalment = equalInstalmentSchedule(i).totalInterestFen;
        const interestOnly = interestOnlySchedule(i).totalInterestFen;
        expect(principal).toBeLessThanOrEqual(instalment + slack);
        expect(instalment).toBeLessThanOrEqual(interestOnly + slack);
      }),
    );
  });
});
