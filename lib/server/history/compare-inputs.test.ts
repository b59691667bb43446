import { describe, expect, it } from "vitest";
import { assess, referenceInput, simulate, type AssessmentInput } from "@/lib/scoring";
import { compareInputs, fieldChanges } from "./compare-inputs";

const base = referenceInput("jiebei", "raise");
const chance = (i: AssessmentInput) => simulate(i, {}).probability;

describe("compareInputs", () => {
  it("lists nothing and attributes nothing when the inputs are the same", () => {
    const r = compareInputs(base, structuredClone(base));
    expect(r).toMatchObject({ attributable: true, groups: [] });
    expect(r.combined).toBeCloseTo(0, 12);
  });

  it("attributes a single change exactly to its group", () => {
    const after = { ...base, debt: { ...base.debt, lendersWithBalance: 6, applications3m: 5 } };
    const r = compareInputs(base, after);
    expect(r.groups).toHaveLength(1);
    expect(r.groups[0]!.group).toBe("debt");
    expect(r.groups[0]!.fields).toEqual([
      { path: "debt.lendersWithBalance", before: 2, after: 6 },
      { path: "debt.applications3m", before: 1, after: 5 },
    ]);
    expect(r.groups[0]!.effect).toBeCloseTo(chance(after) - chance(base), 12);
    expect(r.groups[0]!.effect!).toBeLessThan(0);
    expect(r.combined).toBeCloseTo(0, 12);
  });

  it("the lines always add up to the total change, and match the stored outputs' model", () => {
    const after: AssessmentInput = {
      ...base,
      repayment: { ...base.repayment, onTimeMonths: 24, autopay: true },
      debt: { ...base.debt, lendersWithBalance: 1 },
      ecosystem: { ...base.ecosystem, paymentsPerMonth: 30 },
      extras: { zhimaScore: 720 },
    };
    const r = compareInputs(base, after);
    expect(r.groups.map((g) => g.group)).toEqual(["repayment", "debt", "ecosystem", "extras"]);
    const sum = r.groups.reduce((s, g) => s + g.effect!, 0) + r.combined!;
    expect(sum).toBeCloseTo(assess(after).probability - assess(base).probability, 10);
    expect(r.rescored!.to).toBeCloseTo(assess(after).probability, 12);
    for (const g of r.groups) expect(g.effect!).toBeGreaterThanOrEqual(0);
  });

  it("does not attribute across platforms or goals, but still lists the field changes", () => {
    const other = { ...base, platform: "huabei", debt: { ...base.debt, applications3m: 4 } };
    const r = compareInputs(base, other);
    expect(r).toMatchObject({ attributable: false, samePlatformAndGoal: false, rescored: null, combined: null });
    expect(r.groups.map((g) => g.group)).toEqual(["debt"]);
    expect(r.groups[0]!.effect).toBeNull();
  });

  it("handles optional groups appearing and disappearing", () => {
    expect(fieldChanges("extras", undefined, { zhimaScore: 700, shop: { revenueTrend: "up" } })).toEqual([
      { path: "extras.zhimaScore", before: null, after: 700 },
      { path: "extras.shop.revenueTrend", before: null, after: "up" },
    ]);
    const r = compareInputs({ ...base, extras: { zhimaScore: 700 } }, base);
    expect(r.groups[0]).toMatchObject({ group: "extras", fields: [{ path: "extras.zhimaScore", before: 700, after: null }] });
  });

  it("is not attributable when a stored input no longer validates", () => {
    const r = compareInputs({ ...base, debt: { nonsense: true } }, base);
    expect(r.attributable).toBe(false);
    expect(r.samePlatformAndGoal).toBe(true);
  });
});
