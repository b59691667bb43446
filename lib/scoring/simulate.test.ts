import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { assess } from "./assess";
import { referenceInput } from "./calibration";
import { assessmentInputSchema, type WhatIf } from "./schema";
import { applyWhatIf, simulate } from "./simulate";
import { assessmentInputArb } from "./testing/arbitraries";

// Property runs over generated inputs: allow for a busy machine.
vi.setConfig({ testTimeout: 30_000 });

describe("simulate", () => {
  it("with no changes, returns the current chance and a zero delta", () => {
    fc.assert(
      fc.property(assessmentInputArb, (input) => {
        const s = simulate(input, {});
        expect(s.probability).toBe(assess(input).probability);
        expect(s.delta).toBe(0);
        expect(s.baseline.band).toBe(assess(input).band);
      }),
      { numRuns: 100 },
    );
  });

  it("gives exactly what assess gives for the changed input", () => {
    fc.assert(
      fc.property(
        assessmentInputArb,
        fc.record({
          onTimeMonths: fc.integer({ min: 0, max: 60 }),
          usedPercent: fc.integer({ min: 0, max: 100 }),
          lendersWithBalance: fc.integer({ min: 0, max: 10 }),
          applications3m: fc.integer({ min: 0, max: 10 }),
          paymentsPerMonth: fc.integer({ min: 0, max: 60 }),
        }),
        (input, v) => {
          const changes = {
            repayment: { onTimeMonths: v.onTimeMonths },
            limit: { usedPercent: v.usedPercent },
            debt: { lendersWithBalance: v.lendersWithBalance, applications3m: v.applications3m },
            ecosystem: { paymentsPerMonth: v.paymentsPerMonth },
          };
          const changed = applyWhatIf(input, changes);
          expect(assessmentInputSchema.safeParse(changed).success).toBe(true);
          const s = simulate(input, changes);
          const a = assess(changed);
          expect(s.probability).toBe(a.probability);
          expect(s.band).toBe(a.band);
          expect(s.interval).toEqual(a.interval);
          expect(s.delta).toBeCloseTo(a.probability - assess(input).probability, 12);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("equals assess of the merged input for any mix of changed fields, in every section", () => {
    const pick = (obj: object | undefined, keep: boolean[]) =>
      obj === undefined ? undefined : Object.fromEntries(Object.entries(obj).filter((_, i) => keep[i % keep.length]));
    fc.assert(
      fc.property(
        assessmentInputArb,
        assessmentInputArb,
        fc.array(fc.boolean(), { minLength: 9, maxLength: 9 }),
        (input, other, keep) => {
          const changes = {
            limit: pick(other.limit, keep),
            cut: pick(other.cut, keep),
            repayment: pick(other.repayment, keep.slice(1)),
            debt: pick(other.debt, keep.slice(2)),
            usage: pick(other.usage, keep.slice(3)),
            ecosystem: pick(other.ecosystem, keep.slice(4)),
            profile: pick(other.profile, keep.slice(5)),
            extras: pick(other.extras, keep.slice(6)),
          } as WhatIf;
          const merged = applyWhatIf(input, changes);
          expect(simulate(input, changes).probability).toBe(assess(merged).probability);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("ignores undefined fields and never changes platform or goal", () => {
    const ref = referenceInput("jiebei", "raise");
    const changed = applyWhatIf(ref, { debt: { applications3m: undefined, lendersWithBalance: 0 } });
    expect(changed.debt.applications3m).toBe(ref.debt.applications3m);
    expect(changed.debt.lendersWithBalance).toBe(0);
    expect(changed.platform).toBe("jiebei");
    expect(ref.debt.lendersWithBalance).toBe(2); // the input is not mutated
  });

  it("moves the right way for the sliders a borrower can change", () => {
    const ref = referenceInput("weilidai", "raise");
    expect(simulate(ref, { debt: { applications3m: 0 } }).delta).toBeGreaterThan(0);
    expect(simulate(ref, { debt: { lendersWithBalance: 6 } }).delta).toBeLessThan(0);
    expect(simulate(ref, { repayment: { onTimeMonths: 36 } }).delta).toBeGreaterThan(0);
    expect(simulate(referenceInput("jiebei", "restore"), { cut: { reason: "policy" } }).probability).toBeLessThanOrEqual(
      0.2 + 1e-12,
    );
  });
});
