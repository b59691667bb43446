import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { isGuideAnchor } from "../guides/anchors";
import { assess } from "./assess";
import { referenceInput } from "./calibration";
import { GATES } from "./gates";
import type { AssessmentInput } from "./schema";
import { assessmentInputArb } from "./testing/arbitraries";
import { check } from "./testing/check";

// Property runs over generated inputs: allow for a busy machine.
vi.setConfig({ testTimeout: 30_000 });

const ref = referenceInput("weilidai", "raise");
const codes = (input: AssessmentInput) => assess(input).warnings.map((w) => w.code);
const capOf = (code: string) => GATES.find((g) => g.code === code)!.cap;

describe("hard gates", () => {
  it("an open overdue caps the chance very low, shown as its own reason", () => {
    const strong: AssessmentInput = {
      ...ref,
      repayment: { ...ref.repayment, onTimeMonths: 48, autopay: true, currentlyOverdue: true },
      ecosystem: { ...ref.ecosystem, wealthBalance: 100000, creditCardMonths: 36 },
    };
    const a = assess(strong);
    expect(a.probability).toBeCloseTo(capOf("CAP_CURRENT_OVERDUE"), 9);
    expect(a.band).toBe("very_low");
    const cap = a.reasons.find((r) => r.code === "CAP_CURRENT_OVERDUE");
    expect(cap?.factor).toBe("gate");
    expect(cap!.points).toBeLessThan(0);
    expect(a.warnings[0]).toMatchObject({ code: "CURRENT_OVERDUE", severity: "critical" });
  });

  it("a gate that does not bind adds no reason", () => {
    const weak: AssessmentInput = {
      ...ref,
      repayment: { ...ref.repayment, currentlyOverdue: true, overdueCount12m: 6, maxOverdueDays12m: 200 },
      debt: { ...ref.debt, lendersWithBalance: 9, applications3m: 9 },
    };
    const a = assess(weak);
    expect(a.probability).toBeLessThan(capOf("CAP_CURRENT_OVERDUE"));
    expect(a.reasons.some((r) => r.factor === "gate")).toBe(false);
    expect(codes(weak)).toContain("CURRENT_OVERDUE");
  });

  it("cash-out and restricted purposes raise FREEZE_RISK and cap the chance", () => {
    const cash = { ...ref, usage: { ...ref.usage, cashOut: true } };
    expect(codes(cash)).toEqual(expect.arrayContaining(["CASH_OUT", "FREEZE_RISK"]));
    expect(assess(cash).probability).toBeLessThanOrEqual(capOf("CAP_CASH_OUT") + 1e-12);
    const house = { ...ref, usage: { ...ref.usage, restrictedPurpose: true } };
    expect(codes(house)).toEqual(expect.arrayContaining(["RESTRICTED_PURPOSE", "FREEZE_RISK"]));
    expect(assess(house).probability).toBeLessThanOrEqual(capOf("CAP_RESTRICTED_PURPOSE") + 1e-12);
    expect(assess(house).warnings.find((w) => w.code === "FREEZE_RISK")?.guideAnchor).toBe("after-cut#freeze");
  });

  it("a policy cut says behaviour may not restore it; a cash-out cut never promises a restore", () => {
    const restore = referenceInput("jiebei", "restore");
    const policy = assess({ ...restore, cut: { reason: "policy", monthsAgo: 4 } });
    expect(policy.warnings.map((w) => w.code)).toContain("POLICY_CUT");
    expect(policy.probability).toBeLessThanOrEqual(capOf("CAP_POLICY_CUT") + 1e-12);
    // Behaviour is damped: a much better borrower barely moves a policy cut.
    const better = assess({
      ...restore,
      cut: { reason: "policy", monthsAgo: 4 },
      repayment: { ...restore.repayment, onTimeMonths: 60, autopay: true },
      debt: { ...restore.debt, lendersWithBalance: 0, applications3m: 0 },
    });
    expect(better.probability).toBeLessThanOrEqual(capOf("CAP_POLICY_CUT") + 1e-12);

    const freeze = assess({ ...restore, cut: { reason: "cashout", monthsAgo: 4 } });
    expect(freeze.warnings).toContainEqual({ code: "FREEZE_RISK", severity: "critical", guideAnchor: "after-cut#freeze" });
    expect(freeze.probability).toBeLessThanOrEqual(capOf("CAP_FREEZE") + 1e-12);
    expect(Math.max(...freeze.plan.projection.map((p) => p.probability))).toBeLessThanOrEqual(capOf("CAP_FREEZE") + 1e-12);
  });

  it("an invitation needs real-name verification", () => {
    const open = referenceInput("weilidai", "open");
    const a = assess({ ...open, profile: { ...open.profile, realName: false } });
    expect(a.probability).toBeLessThanOrEqual(capOf("CAP_REAL_NAME") + 1e-12);
    expect(a.warnings.map((w) => w.code)).toContain("REAL_NAME_REQUIRED");
    expect(a.checklist[0]?.id).toBe("verify_identity");
    // The product's own invitation section explains what it checks first.
    expect(a.checklist[0]?.guideAnchor).toBe("weilidai#invitation");
    expect(a.reasons.find((r) => r.code === "CAP_REAL_NAME")?.guideAnchor).toBe("weilidai#invitation");
  });

  it("a 微粒贷 line at its ¥300,000 maximum cannot be raised", () => {
    const a = assess({ ...ref, limit: { current: 300000, usedPercent: 40 } });
    expect(a.probability).toBeLessThanOrEqual(capOf("CAP_MAX_LIMIT") + 1e-12);
    expect(a.reasons[0]?.code).toBe("CAP_MAX_LIMIT");
  });
});

describe("warnings", () => {
  it("flag over-borrowing", () => {
    expect(codes({ ...ref, debt: { ...ref.debt, lendersWithBalance: 5 } })).toContain("OVER_BORROWING");
    expect(codes({ ...ref, debt: { ...ref.debt, monthlyDebtPayment: 4000 } })).toContain("OVER_BORROWING");
    expect(codes({ ...ref, debt: { ...ref.debt, applications3m: 4 } })).toContain("OVER_BORROWING");
    expect(codes(ref)).toEqual([]);
  });

  it("flag scam risk: critical after an offer, informative where scammers hunt (invitations, restores)", () => {
    const offered = assess({ ...ref, extras: { thirdPartyOffer: true } });
    expect(offered.warnings).toContainEqual({ code: "SCAM_RISK", severity: "critical", guideAnchor: "weilidai#scams" });
    expect(offered.checklist[0]?.id).toBe("refuse_third_party");
    for (const input of [referenceInput("weilidai", "open"), referenceInput("mybank", "open"), referenceInput("huabei", "restore")])
      expect(assess(input).warnings).toContainEqual(expect.objectContaining({ code: "SCAM_RISK", severity: "info" }));
    expect(codes(referenceInput("huabei", "open"))).not.toContain("SCAM_RISK");
  });

  it("list critical warnings first, each code once", () => {
    const order = { critical: 0, warning: 1, info: 2 };
    fc.assert(
      fc.property(assessmentInputArb, (input) => {
        const warnings = assess(input).warnings;
        const severities = warnings.map((w) => order[w.severity]);
        expect([...severities].sort()).toEqual(severities);
        expect(new Set(warnings.map((w) => w.code)).size).toBe(warnings.length);
        for (const w of warnings) check(isGuideAnchor(w.guideAnchor), `${w.code}: ${w.guideAnchor}`);
      }),
      { numRuns: 200 },
    );
  });
});
