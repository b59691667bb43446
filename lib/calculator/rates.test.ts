import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  annualToDaily,
  convertDailyRate,
  dailyToEffectiveAnnual,
  dailyToNominalAnnual,
  percentToRate,
  periodicToEffectiveAnnual,
  periodicToNominalAnnual,
  rateToPercent,
  toNominalAnnual,
} from "./rates";

describe("daily rate → annual rates", () => {
  it("0.05%/day (the top of the usual 0.02–0.05% range)", () => {
    // Hand calculation:
    //   nominal   = 0.0005 × 365 = 0.1825 → 18.25%
    //   effective = 1.0005^365 − 1
    //             = e^(365 × ln 1.0005) − 1 = e^(365 × 0.000499875) − 1
    //             = e^0.18245 − 1 ≈ 1.20016 − 1 → ≈ 20.02%
    expect(dailyToNominalAnnual(0.0005)).toBeCloseTo(0.1825, 12);
    expect(dailyToEffectiveAnnual(0.0005)).toBeCloseTo(0.20016, 5);
  });

  it("0.02%/day (the bottom of the range)", () => {
    // nominal   = 0.0002 × 365 = 0.073 → 7.3%
    // effective = e^(365 × 0.00019998) − 1 = e^0.072993 − 1 ≈ 0.07572 → 7.57%
    expect(dailyToNominalAnnual(0.0002)).toBeCloseTo(0.073, 12);
    expect(dailyToEffectiveAnnual(0.0002)).toBeCloseTo(0.07572, 5);
  });

  it("converts percents at the form boundary", () => {
    expect(percentToRate(0.05)).toBeCloseTo(0.0005, 15);
    expect(rateToPercent(0.1825)).toBeCloseTo(18.25, 12);
  });

  it("convertDailyRate returns both views and rejects nonsense", () => {
    const r = convertDailyRate(0.0005);
    expect(r.nominalAnnualRate).toBeCloseTo(0.1825, 12);
    expect(r.effectiveAnnualRate).toBeCloseTo(0.20016, 5);
    expect(() => convertDailyRate(-0.001)).toThrow(RangeError);
    expect(() => convertDailyRate(Number.NaN)).toThrow(RangeError);
  });

  it("zero rate stays zero", () => {
    expect(dailyToEffectiveAnnual(0)).toBe(0);
    expect(periodicToEffectiveAnnual(0)).toBe(0);
  });
});

describe("periodic rates", () => {
  it("1%/month → 12% nominal, 12.68% effective", () => {
    // 1.01^12 = 1.126825… → effective 12.6825%
    expect(periodicToNominalAnnual(0.01)).toBeCloseTo(0.12, 12);
    expect(periodicToEffectiveAnnual(0.01)).toBeCloseTo(0.126825, 6);
  });

  it("toNominalAnnual by unit", () => {
    expect(toNominalAnnual(0.0005, "daily")).toBeCloseTo(0.1825, 12);
    expect(toNominalAnnual(0.01, "monthly")).toBeCloseTo(0.12, 12);
    expect(toNominalAnnual(0.18, "annual")).toBe(0.18);
  });
});

describe("properties", () => {
  const daily = fc.double({ min: 0, max: 0.01, noNaN: true });

  it("effective ≥ nominal for any non-negative daily rate (compounding never helps the borrower)", () => {
    fc.assert(fc.property(daily, (d) => dailyToEffectiveAnnual(d) >= dailyToNominalAnnual(d) - 1e-15));
  });

  it("annual → daily → annual round-trips", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 5, noNaN: true }), (a) => {
        expect(dailyToNominalAnnual(annualToDaily(a))).toBeCloseTo(a, 12);
      }),
    );
  });

  it("effective annual rate is monotone in the daily rate", () => {
    fc.assert(
      fc.property(daily, daily, (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        return dailyToEffectiveAnnual(lo) <= dailyToEffectiveAnnual(hi);
      }),
    );
  });
});
