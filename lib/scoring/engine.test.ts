import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { ALL_SLOTS, rescore, scoreFull } from "./engine";
import { FACTOR_COUNT } from "./factors";
import { derive, encode, FEATURE_NAMES, newProfile, X } from "./features";
import { allTables, curveAt, tableFor } from "./tables";
import { assessmentInputArb } from "./testing/arbitraries";

// Property runs over generated inputs: allow for a busy machine.
vi.setConfig({ testTimeout: 30_000 });

const RAW_SLOTS = FEATURE_NAMES.map((_, i) => i).filter((i) => i < X.effOnTime);

describe("curveAt", () => {
  const xs = Float64Array.from([0, 1, 3, 10]);
  const ys = Float64Array.from([0.3, -0.1, 0.2, 0.7]);
  it("is exact at knots (categorical curves are lookups), linear between, flat outside", () => {
    for (let k = 0; k < xs.length; k++) expect(curveAt(xs, ys, 0, 4, xs[k]!)).toBe(ys[k]);
    expect(curveAt(xs, ys, 0, 4, 2)).toBeCloseTo(0.05, 12);
    expect(curveAt(xs, ys, 0, 4, -5)).toBe(0.3);
    expect(curveAt(xs, ys, 0, 4, 1e9)).toBe(0.7);
  });
});

describe("the scorecard sum", () => {
  it("is the intercept plus every factor's points", () => {
    fc.assert(
      fc.property(assessmentInputArb, (input) => {
        const f = encode(input, newProfile());
        const t = tableFor(f[X.platform]!, f[X.goal]!, f[X.policyCut]! > 0);
        const pts = new Float64Array(FACTOR_COUNT);
        const raw = scoreFull(f, t, pts);
        expect(raw).toBeCloseTo(t.intercept + pts.reduce((a, b) => a + b, 0), 12);
        for (let i = 0; i < FACTOR_COUNT; i++) if (t.weights[i] === 0) expect(pts[i]).toBe(0);
      }),
      { numRuns: 200 },
    );
  });

  it("rescore of an edited copy equals a full re-score", () => {
    fc.assert(
      fc.property(
        assessmentInputArb,
        fc.array(fc.tuple(fc.constantFrom(...RAW_SLOTS), fc.double({ min: 0, max: 200, noNaN: true })), {
          maxLength: 6,
        }),
        (input, edits) => {
          const base = encode(input, newProfile());
          const t = tableFor(base[X.platform]!, base[X.goal]!, base[X.policyCut]! > 0);
          const basePts = new Float64Array(FACTOR_COUNT);
          const baseRaw = scoreFull(base, t, basePts);
          const f = Float64Array.from(base);
          // Platform, goal and the cut choose the table: editing them is not a re-score.
          for (const [slot, v] of edits)
            if (slot !== X.platform && slot !== X.goal && slot !== X.cutReason) f[slot] = v;
          derive(f);
          const full = scoreFull(f, t, new Float64Array(FACTOR_COUNT));
          expect(rescore(f, base, basePts, baseRaw, t)).toBeCloseTo(full, 10);
          expect(rescore(f, base, basePts, baseRaw, t, ALL_SLOTS)).toBeCloseTo(full, 10);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("weight tables", () => {
  it("exist for every platform, goal and policy flag, with finite weights and ranges", () => {
    expect(allTables()).toHaveLength(30);
    for (const t of allTables()) {
      expect(Number.isFinite(t.intercept)).toBe(true);
      for (const w of t.weights) expect(Number.isFinite(w) && w >= 0).toBe(true);
      const share = Array.from(t.dimWeight).reduce((a, b) => a + b, 0);
      expect(share).toBeGreaterThan(0.99);
      expect(share).toBeLessThan(1.01);
      for (let d = 0; d < 5; d++) expect(t.dimMax[d]!).toBeGreaterThanOrEqual(t.dimMin[d]!);
    }
  });
});
