import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { ACTIONS } from "./actions";
import { assess } from "./assess";
import { referenceInput } from "./calibration";
import { CHECKLIST_IDS, PLAN_ONLY_IDS } from "./constants";
import { scoreFull } from "./engine";
import { FACTOR_COUNT } from "./factors";
import { derive, encode, newProfile, X } from "./features";
import { gatedLogit } from "./gates";
import { sigmoid } from "./math";
import { age, PLAN_MONTHS } from "./plan";
import type { AssessmentInput } from "./schema";
import { tableFor } from "./tables";
import { assessmentInputArb } from "./testing/arbitraries";
import { check } from "./testing/check";
import type { Assessment } from "./types";

// Property runs over generated inputs: allow for a busy machine.
vi.setConfig({ testTimeout: 30_000 });

/** Month m of the plan, rebuilt independently: the calendar, then every step started so far, re-scored in full. */
function projected(input: AssessmentInput, a: Assessment, m: number): number {
  const base = encode(input, newProfile());
  const t = tableFor(base[X.platform]!, base[X.goal]!, base[X.policyCut]! > 0);
  const f = Float64Array.from(base);
  age(f, base, m);
  const started = new Map<string, number>();
  for (const step of a.plan.steps)
    for (const id of step.actions) if (!started.has(id) && step.month <= m) started.set(id, step.month);
  for (const action of ACTIONS) {
    const start = started.get(action.id);
    if (start !== undefined) action.apply(f, m - start + 1, base);
  }
  if (f[X.currentlyOverdue]! < 1 && base[X.onTimeMonths]! < 12 && f[X.onTimeMonths]! >= 12) {
    f[X.overdueCount] = 0;
    f[X.maxOverdueDays] = 0;
  }
  derive(f);
  return sigmoid(gatedLogit(f, t, scoreFull(f, t, new Float64Array(FACTOR_COUNT))));
}

describe("plan", () => {
  it("covers months 1–6 with known step ids; the projection starts at today's chance", () => {
    fc.assert(
      fc.property(assessmentInputArb, (input) => {
        const a = assess(input);
        expect(a.plan.steps.map((s) => s.month)).toEqual([1, 2, 3, 4, 5, 6]);
        expect(a.plan.projection.map((s) => s.month)).toEqual([0, 1, 2, 3, 4, 5, 6]);
        expect(a.plan.projection[0]!.probability).toBe(a.probability);
        const known = new Set<string>([...CHECKLIST_IDS, ...PLAN_ONLY_IDS]);
        const inChecklist = new Set(a.checklist.map((c) => c.id));
        for (const step of a.plan.steps)
          for (const id of step.actions) {
            check(known.has(id), `unknown step ${id}`);
            if ((CHECKLIST_IDS as readonly string[]).includes(id)) check(inChecklist.has(id as never), `${id} not in checklist`);
          }
        // Every checklist item is scheduled.
        const scheduled = new Set(a.plan.steps.flatMap((s) => s.actions));
        for (const id of inChecklist) check(scheduled.has(id), `${id} not scheduled`);
      }),
      { numRuns: 200 },
    );
  });

  it("projects by re-assessing the evolved profile", () => {
    fc.assert(
      fc.property(assessmentInputArb, (input) => {
        const a = assess(input);
        for (let m = 1; m <= PLAN_MONTHS; m++) {
          const expected = projected(input, a, m);
          check(Math.abs(a.plan.projection[m]!.probability - expected) < 1e-9, `month ${m}: ${expected}`);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("clears an open overdue and repays on time from month 1", () => {
    const ref = referenceInput("huabei", "raise");
    const a = assess({ ...ref, repayment: { ...ref.repayment, currentlyOverdue: true, maxOverdueDays12m: 5 } });
    expect(a.plan.steps[0]!.actions.slice(0, 2)).toEqual(["clear_overdue", "keep_on_time"]);
    expect(a.plan.projection[6]!.probability).toBeGreaterThan(5 * a.probability);
  });

  it("promises nothing for a policy cut or a freeze: the projection stays at the cap", () => {
    const ref = referenceInput("jiebei", "restore");
    for (const reason of ["policy", "cashout"] as const) {
      const a = assess({ ...ref, cut: { reason, monthsAgo: 1 }, profile: { ...ref.profile, incomeProof: false } });
      const cap = reason === "policy" ? 0.2 : 0.05;
      for (const point of a.plan.projection) expect(point.probability).toBeLessThanOrEqual(cap + 1e-9);
      expect(a.plan.steps.flatMap((s) => s.actions)).not.toContain("request_review");
      expect(a.plan.steps[0]!.actions).toContain(reason === "policy" ? "policy_watch" : "freeze_no_shortcut");
    }
  });

  it("marks the 微粒贷 quarterly reviews and asks for a restore review at the end", () => {
    const raise = assess(referenceInput("weilidai", "raise"));
    expect(raise.plan.steps.filter((s) => s.actions.includes("evaluation_checkpoint")).map((s) => s.month)).toEqual([
      3, 6,
    ]);
    const restore = assess(referenceInput("jiebei", "restore"));
    expect(restore.plan.steps[5]!.actions).toContain("request_review");
    const open = assess(referenceInput("weilidai", "open"));
    for (const step of open.plan.steps) expect(step.actions).toContain("check_entry_monthly");
  });
});
