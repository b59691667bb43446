import { describe, expect, it } from "vitest";
import { DEFAULT_LPR } from "@/lib/calculator/lpr";
import { parseLprEnv } from "./current-lpr";

describe("parseLprEnv", () => {
  it("falls back to the default when neither variable is set (or both are blank)", () => {
    expect(parseLprEnv({})).toEqual(DEFAULT_LPR);
    expect(parseLprEnv({ LPR_ONE_YEAR_PERCENT: "", LPR_AS_OF: " " })).toEqual(DEFAULT_LPR);
  });

  it("reads a percent and a date", () => {
    expect(parseLprEnv({ LPR_ONE_YEAR_PERCENT: "3.1", LPR_AS_OF: "2025-06-20" })).toEqual({ oneYearRate: 0.031, asOf: "2025-06-20" });
  });

  it("rejects a half-set pair, a nonsense rate and a bad date, naming the variable", () => {
    expect(() => parseLprEnv({ LPR_ONE_YEAR_PERCENT: "3.0" })).toThrow(/LPR_AS_OF/);
    expect(() => parseLprEnv({ LPR_AS_OF: "2025-05-20" })).toThrow(/LPR_AS_OF/);
    expect(() => parseLprEnv({ LPR_ONE_YEAR_PERCENT: "abc", LPR_AS_OF: "2025-05-20" })).toThrow(/LPR_ONE_YEAR_PERCENT/);
    expect(() => parseLprEnv({ LPR_ONE_YEAR_PERCENT: "0", LPR_AS_OF: "2025-05-20" })).toThrow(/LPR_ONE_YEAR_PERCENT/);
    expect(() => parseLprEnv({ LPR_ONE_YEAR_PERCENT: "300", LPR_AS_OF: "2025-05-20" })).toThrow(/LPR_ONE_YEAR_PERCENT/);
    expect(() => parseLprEnv({ LPR_ONE_YEAR_PERCENT: "3.0", LPR_AS_OF: "20/05/2025" })).toThrow(/LPR_AS_OF/);
    expect(() => parseLprEnv({ LPR_ONE_YEAR_PERCENT: "3.0", LPR_AS_OF: "2025-02-30" })).toThrow(/LPR_AS_OF/);
  });
});
