import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { REFERENCE_INPUT } from "./calibration";
import { derive, DERIVED_FROM, encode, FEATURE_NAMES, newProfile, X, type RawFeatureName } from "./features";
import { assessmentInputArb } from "./testing/arbitraries";

// Property runs over generated inputs: allow for a busy machine.
vi.setConfig({ testTimeout: 30_000 });

const RAW = FEATURE_NAMES.filter((n) => !(n in DERIVED_FROM)) as RawFeatureName[];

describe("encode", () => {
  it("writes booleans as 0/1, enums as indices and missing optionals as -1", () => {
    const f = encode(REFERENCE_INPUT, newProfile());
    expect(f[X.realName]).toBe(1);
    expect(f[X.autopay]).toBe(0);
    expect(f[X.employment]).toBe(2); // private
    expect(f[X.zhima]).toBe(-1);
    expect(f[X.shopTrend]).toBe(-1);
    expect(f[X.cutReason]).toBe(-1); // not a restore
    expect(f[X.dti]).toBe(0.25);
  });

  it("always produces finite numbers", () => {
    fc.assert(
      fc.property(assessmentInputArb, (input) => encode(input, newProfile()).every(Number.isFinite)),
      { numRuns: 300 },
    );
  });
});

describe("derive", () => {
  it("builds each derived feature only from the raw features DERIVED_FROM names", () => {
    fc.assert(
      fc.property(
        assessmentInputArb,
        fc.constantFrom(...RAW.filter((n) => n !== "platform" && n !== "goal")),
        fc.double({ min: 0, max: 400, noNaN: true }),
        (input, name, value) => {
          const base = encode(input, newProfile());
          const f = Float64Array.from(base);
          f[X[name]] = value;
          derive(f);
          for (const [d, from] of Object.entries(DERIVED_FROM))
            if (f[X[d as keyof typeof DERIVED_FROM]] !== base[X[d as keyof typeof DERIVED_FROM]])
              expect(from, `${d} changed with ${name}`).toContain(name);
        },
      ),
      { numRuns: 500 },
    );
  });
});
