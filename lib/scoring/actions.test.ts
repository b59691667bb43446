import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { ACTIONS } from "./actions";
import { CHECKLIST_IDS } from "./constants";
import { derive, encode, FEATURE_NAMES, newProfile, slotsOf, X } from "./features";
import { tableFor } from "./tables";
import { assessmentInputArb } from "./testing/arbitraries";

// Property runs over generated inputs: allow for a busy machine.
vi.setConfig({ testTimeout: 30_000 });

describe("actions", () => {
  it("cover every checklist id once", () => {
    expect(ACTIONS.map((a) => a.id).sort()).toEqual([...CHECKLIST_IDS].sort());
  });

  it("write only the features they declare (so re-scoring may skip the rest)", () => {
    fc.assert(
      fc.property(assessmentInputArb, fc.integer({ min: 1, max: 12 }), (input, months) => {
        const base = encode(input, newProfile());
        const t = tableFor(base[X.platform]!, base[X.goal]!, base[X.policyCut]! > 0);
        for (const action of ACTIONS) {
          if (!action.applies(base, t)) continue;
          const f = Float64Array.from(base);
          action.apply(f, months, base);
          derive(f);
          const allowed = new Set(slotsOf(action.touches));
          for (let s = 0; s < f.length; s++)
            if (f[s] !== base[s] && !allowed.has(s)) throw new Error(`${action.id} wrote ${FEATURE_NAMES[s]}`);
          if (!f.every(Number.isFinite)) throw new Error(`${action.id} wrote a non-finite value`);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("never push borrowing above 6 loans a year", () => {
    fc.assert(
      fc.property(assessmentInputArb, fc.integer({ min: 1, max: 24 }), (input, months) => {
        const base = encode(input, newProfile());
        const t = tableFor(base[X.platform]!, base[X.goal]!, false);
        for (const action of ACTIONS) {
          if (!action.applies(base, t)) continue;
          const f = Float64Array.from(base);
          action.apply(f, months, base);
          expect(f[X.loans12m]!).toBeLessThanOrEqual(Math.max(6, base[X.loans12m]!));
          expect(f[X.debtPayment]!).toBeLessThanOrEqual(base[X.debtPayment]!);
          expect(f[X.lenders]!).toBeLessThanOrEqual(base[X.lenders]!);
        }
      }),
      { numRuns: 200 },
    );
  });
});
