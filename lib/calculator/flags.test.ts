import { describe, expect, it } from "vitest";
import { rateFlags } from "./flags";
import { DEFAULT_LPR, makeLprConfig } from "./lpr";
import { dailyToNominalAnnual } from "./rates";

const ids = (rate: number, lpr = DEFAULT_LPR) => rateFlags(rate, lpr).map((f) => f.id);

describe("rateFlags", () => {
  it("uses a dated, configurable LPR", () => {
    expect(DEFAULT_LPR.oneYearRate).toBe(0.03);
    expect(DEFAULT_LPR.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("7.3% (0.02%/day) is below every line at LPR 3.0% (4 × 3.0% = 12%)", () => {
    expect(ids(dailyToNominalAnnual(0.0002))).toEqual([]);
  });

  it("18.25% (0.05%/day) is above 4 × LPR only", () => {
    const flags = rateFlags(dailyToNominalAnnual(0.0005));
    expect(flags).toEqual([{ id: "aboveFourLpr", threshold: 0.12, severity: "warning" }]);
  });

  it("exactly on a line is not flagged, even after float arithmetic", () => {
    // 0.24 / 365 × 365 may come out as 0.23999999999999996 or 0.24000000000000002
    expect(ids(dailyToNominalAnnual(0.24 / 365))).toEqual(["aboveFourLpr"]);
    expect(ids(0.36)).toEqual(["above24", "aboveFourLpr"]);
    expect(ids(0.12)).toEqual([]);
  });

  it("above 36% raises all three, most serious first", () => {
    // 0.1%/day → 36.5%
    expect(ids(dailyToNominalAnnual(0.001))).toEqual(["above36", "above24", "aboveFourLpr"]);
    expect(rateFlags(0.5)[0]?.severity).toBe("danger");
  });

  it("follows a changed LPR", () => {
    const lpr = makeLprConfig(0.0345, "2023-08-21"); // 4 × 3.45% = 13.8%
    expect(ids(0.13, lpr)).toEqual([]);
    expect(ids(0.14, lpr)).toEqual(["aboveFourLpr"]);
    expect(() => makeLprConfig(3, "2025-05-20")).toThrow(RangeError);
    expect(() => makeLprConfig(0.03, "20 May")).toThrow(RangeError);
  });

  it("ignores non-finite input", () => {
    expect(ids(Number.NaN)).toEqual([]);
  });
});
