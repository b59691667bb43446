import { describe, expect, it } from "vitest";
import { referenceInput } from "./calibration";
import { FACTOR_REASON_CODES, GOALS, PLATFORMS } from "./constants";
import { scoreFull } from "./engine";
import { FACTORS, FACTOR_COUNT } from "./factors";
import { encode, newProfile, X } from "./features";
import { PLATFORM_PROFILES } from "./platforms";
import { reasonCodeFor } from "./reasons";
import { ALL_SOURCES } from "./sources";
import { tableFor } from "./tables";

describe("factor definitions", () => {
  it("have unique ids, increasing knots and known sources", () => {
    expect(new Set(FACTORS.map((f) => f.id)).size).toBe(FACTORS.length);
    for (const spec of FACTORS) {
      for (const curve of [spec.curve, spec.scaleBy?.curve ?? []])
        for (let k = 1; k < curve.length; k++) expect(curve[k]![0]).toBeGreaterThan(curve[k - 1]![0]);
      expect(spec.sources.length).toBeGreaterThan(0);
      for (const s of spec.sources) expect(ALL_SOURCES).toContain(s);
      if (spec.scaleBy) for (const [, y] of spec.scaleBy.curve) expect(y >= 0 && y <= 1).toBe(true);
    }
  });

  it("name a reason code for every sign their points can take", () => {
    const used = new Set<string>();
    for (const spec of FACTORS) {
      for (const [x, y] of spec.curve) {
        if (y === 0) continue;
        const code = reasonCodeFor(spec, x, y);
        expect(FACTOR_REASON_CODES).toContain(code);
        used.add(code);
      }
      const c = spec.codes;
      if ("byValue" in c) c.byValue.forEach((code) => used.add(code));
      else [c.positive, c.negative, c.negativeBelow?.code].forEach((code) => code && used.add(code));
    }
    // Every factor reason code belongs to some factor.
    for (const code of FACTOR_REASON_CODES) expect(used).toContain(code);
  });

  it("give the reference borrower 0 points on every platform and goal (the calibration anchor)", () => {
    for (const p of PLATFORMS)
      for (const g of GOALS) {
        const f = encode(referenceInput(p, g), newProfile());
        const t = tableFor(f[X.platform]!, f[X.goal]!, false);
        const pts = new Float64Array(FACTOR_COUNT);
        expect(scoreFull(f, t, pts)).toBe(t.intercept);
      }
  });

  it("platform weights refer to real factors", () => {
    const ids = new Set(FACTORS.map((f) => f.id));
    for (const p of PLATFORMS) for (const id of Object.keys(PLATFORM_PROFILES[p].factorWeights)) expect(ids).toContain(id);
  });

  it("switch platform-only factors on only where a profile asks", () => {
    const on = (platform: string, id: string) => {
      const t = tableFor(PLATFORMS.indexOf(platform as never), 0, false);
      return t.weights[FACTORS.findIndex((f) => f.id === id)]! > 0;
    };
    expect(on("huabei", "zhima")).toBe(true);
    expect(on("weilidai", "zhima")).toBe(false);
    expect(on("mybank", "shopReviews")).toBe(true);
    expect(on("jiebei", "shopReviews")).toBe(false);
    expect(on("weilidai", "deviceChanges")).toBe(true);
    expect(on("huabei", "deviceChanges")).toBe(false);
    expect(on("huabei", "temporaryLimit")).toBe(true);
    expect(on("mybank", "businessOwner")).toBe(true);
  });
});
