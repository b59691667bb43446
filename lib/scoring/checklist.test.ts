import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { isGuideAnchor } from "../guides/anchors";
import { ACTIONS } from "./actions";
import { assess } from "./assess";
import { referenceInput } from "./calibration";
import { EFFORT_COST, MAX_ITEMS, MIN_GAIN } from "./checklist";
import { scoreFull } from "./engine";
import { FACTOR_COUNT } from "./factors";
import { derive, encode, newProfile, X } from "./features";
import { gatedLogit } from "./gates";
import { sigmoid } from "./math";
import type { AssessmentInput } from "./schema";
import { tableFor } from "./tables";
import { assessmentInputArb } from "./testing/arbitraries";
import { check } from "./testing/check";

// Property runs over generated inputs: allow for a busy machine.
vi.setConfig({ testTimeout: 30_000 });

/** The model, re-run from scratch (full scorecard, no shortcuts) on the input with these actions applied. */
function probabilityAfter(input: AssessmentInput, ids: readonly string[]): number {
  const base = encode(input, newProfile());
  const t = tableFor(base[X.platform]!, base[X.goal]!, base[X.policyCut]! > 0);
  const f = Float64Array.from(base);
  for (const a of ACTIONS) if (ids.includes(a.id) && a.blocking) a.apply(f, t.horizonMonths, base);
  const cleared = Float64Array.from(f);
  for (const a of ACTIONS) if (ids.includes(a.id) && !a.blocking) a.apply(f, t.horizonMonths, cleared);
  derive(f);
  return sigmoid(gatedLogit(f, t, scoreFull(f, t, new Float64Array(FACTOR_COUNT))));
}

describe("checklist", () => {
  it("promises what the model says: each gain = chance after the action − chance before", () => {
    fc.assert(
      fc.property(assessmentInputArb, (input) => {
        const a = assess(input);
        const blockers = a.checklist.filter((c) => ACTIONS.find((s) => s.id === c.id)!.blocking).map((c) => c.id);
        for (const item of a.checklist) {
          const deps = item.dependsOn ?? [];
          const isBlocker = blockers.includes(item.id);
          const before = isBlocker
            ? probabilityAfter(input, blockers.filter((b) => b !== item.id))
            : deps.length
              ? probabilityAfter(input, deps)
              : a.probability;
          const after = probabilityAfter(input, isBlocker ? blockers : [...deps, item.id]);
          expect(item.expectedGain).toBeCloseTo(after - before, 9);
          expect(item.expectedGain).toBeGreaterThanOrEqual(isBlocker ? 0 : MIN_GAIN);
          if (!isBlocker) expect([...deps].sort()).toEqual([...blockers].sort());
        }
      }),
      { numRuns: 200 },
    );
  });

  it("is ranked: blockers first, then by gain per effort; at most a screenful", () => {
    fc.assert(
      fc.property(assessmentInputArb, (input) => {
        const list = assess(input).checklist;
        expect(list.length).toBeLessThanOrEqual(MAX_ITEMS);
        const isBlocker = (id: string) => ACTIONS.find((s) => s.id === id)!.blocking;
        let seenOther = false;
        let last = Infinity;
        for (const item of list) {
          if (!isBlocker(item.id)) {
            seenOther = true;
            const rank = item.expectedGain / EFFORT_COST[item.effort];
            expect(rank).toBeLessThanOrEqual(last + 1e-15);
            last = rank;
          } else expect(seenOther).toBe(false);
        }
        expect(new Set(list.map((c) => c.id)).size).toBe(list.length);
      }),
      { numRuns: 200 },
    );
  });

  it("carries message keys, a known reason code and a real guide anchor", () => {
    fc.assert(
      fc.property(assessmentInputArb, (input) => {
        for (const item of assess(input).checklist) {
          check(item.action === `checklist.${item.id}.action`, `${item.id}: action key`);
          check(item.why === `checklist.${item.id}.why`, `${item.id}: why key`);
          check(isGuideAnchor(item.guideAnchor), `${item.id}: anchor ${item.guideAnchor}`);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("puts clearing an open overdue first, and measures the rest after it", () => {
    const ref = referenceInput("weilidai", "raise");
    const a = assess({ ...ref, repayment: { ...ref.repayment, currentlyOverdue: true } });
    expect(a.checklist[0]?.id).toBe("clear_overdue");
    expect(a.checklist[0]?.guideAnchor).toBe("weilidai#repayment");
    for (const item of a.checklist.slice(1)) expect(item.dependsOn).toEqual(["clear_overdue"]);
  });

  it("links restore topics to the after-cut guide", () => {
    const ref = referenceInput("mybank", "restore");
    const unused = assess({
      ...ref,
      cut: { reason: "unused", monthsAgo: 1 },
      usage: { ...ref.usage, loans12m: 0, monthsSinceLastUse: 8 },
    });
    const use = unused.checklist.find((c) => c.id === "use_line_regularly");
    expect(use?.guideAnchor).toBe("mybank#unused-cut");
    const jiebei = assess(referenceInput("jiebei", "restore"));
    expect(jiebei.checklist.find((c) => c.id === "upload_income_proof")?.guideAnchor).toBe("after-cut#proof");
    const overdue = referenceInput("jiebei", "restore");
    const open = assess({ ...overdue, repayment: { ...overdue.repayment, currentlyOverdue: true } });
    expect(open.checklist[0]?.guideAnchor).toBe("after-cut#overdue-recovery");
  });
});
