/**
 * One scenario per platform and goal, drawn from the seeds' cases and advice.
 */
import { describe, expect, it, vi } from "vitest";
import { assess } from "./assess";
import { referenceInput } from "./calibration";
import type { AssessmentInput } from "./schema";

// Property runs over generated inputs: allow for a busy machine.
vi.setConfig({ testTimeout: 30_000 });

type Patch = { [K in keyof AssessmentInput]?: Partial<AssessmentInput[K] & object> };
function make(platform: AssessmentInput["platform"], goal: AssessmentInput["goal"], patch: Patch = {}): AssessmentInput {
  const ref = referenceInput(platform, goal) as unknown as Record<string, unknown>;
  const out: Record<string, unknown> = { ...ref };
  for (const [k, v] of Object.entries(patch))
    out[k] = typeof v === "object" && v !== null ? { ...(ref[k] as object | undefined), ...v } : v;
  return out as unknown as AssessmentInput;
}
const p = (input: AssessmentInput) => assess(input).probability;
const reason = (input: AssessmentInput, code: string) => assess(input).reasons.find((r) => r.code === code);
const ids = (input: AssessmentInput) => assess(input).checklist.map((c) => c.id);

describe("网贷 in general (generic)", () => {
  it("raise: borrowing from many lenders and applying everywhere is over-borrowing, not a path to a raise (000)", () => {
    const many = make("generic", "raise", {
      debt: { lendersWithBalance: 6, applications3m: 5, monthlyDebtPayment: 3500 },
      limit: { usedPercent: 95 },
    });
    const a = assess(many);
    expect(a.band).toBe("very_low");
    expect(a.warnings.map((w) => w.code)).toContain("OVER_BORROWING");
    expect(a.reasons.slice(0, 3).map((r) => r.code)).toEqual(
      expect.arrayContaining(["LENDERS_MANY", "DEBT_HIGH", "INQUIRIES_MANY"]),
    );
    expect(ids(many)).toEqual(expect.arrayContaining(["pause_applications", "pay_down_debt", "lower_utilisation"]));
  });

  it("restore after a debt cut: paying debt down is what the plan leans on", () => {
    const cut = make("generic", "restore", { cut: { reason: "debt", monthsAgo: 1 }, debt: { lendersWithBalance: 4 } });
    const a = assess(cut);
    expect(a.reasons.map((r) => r.code)).toContain("CUT_DEBT");
    expect(ids(cut)).toContain("pay_down_debt");
    expect(a.plan.projection[6]!.probability).toBeGreaterThan(a.probability);
  });

  it("open: a stable job helps, a student is told the truth (2021 student-lending rules)", () => {
    const student = make("generic", "open", { profile: { employment: "student" } });
    const civil = make("generic", "open", { profile: { employment: "public", socialInsurance: true } });
    expect(p(civil)).toBeGreaterThan(p(make("generic", "open")));
    expect(p(student)).toBeLessThan(p(make("generic", "open")));
    expect(reason(student, "EMPLOYMENT_UNSTABLE")?.sources).toContain("cbirc-2021-student-loans");
  });
});

describe("借呗 (jiebei)", () => {
  it("raise: proof uploaded in 额度管理 and regular use count (001)", () => {
    const proved = make("jiebei", "raise", { profile: { incomeProof: true, assetProof: true } });
    expect(p(proved)).toBeGreaterThan(p(make("jiebei", "raise")));
    expect(reason(proved, "ASSET_PROOF")?.guideAnchor).toBe("jiebei#limit-page");
    expect(assess(make("jiebei", "raise")).checklist.find((c) => c.id === "upload_asset_proof")?.guideAnchor).toBe(
      "jiebei#limit-page",
    );
  });

  it("restore: the seed's overdue cut comes back with time; a fresh one is very low", () => {
    const fresh = make("jiebei", "restore", {
      cut: { reason: "overdue", monthsAgo: 0 },
      repayment: { onTimeMonths: 0, overdueCount12m: 1, maxOverdueDays12m: 30 },
    });
    const later = make("jiebei", "restore", {
      cut: { reason: "overdue", monthsAgo: 6 },
      repayment: { onTimeMonths: 6, overdueCount12m: 1, maxOverdueDays12m: 30 },
    });
    expect(assess(fresh).band).toBe("very_low");
    expect(p(later)).toBeGreaterThan(4 * p(fresh));
    expect(reason(fresh, "CUT_OVERDUE")?.guideAnchor).toBe("after-cut#overdue-recovery");
  });

  it("open: a good 芝麻分 helps a little on 借呗", () => {
    expect(p(make("jiebei", "open", { extras: { zhimaScore: 760 } }))).toBeGreaterThan(p(make("jiebei", "open")));
  });
});

describe("花呗 (huabei)", () => {
  it("raise: 芝麻分 drives the base limit; a temporary limit is a small plus (002)", () => {
    const high = make("huabei", "raise", { extras: { zhimaScore: 760, temporaryLimit: 2000 } });
    const low = make("huabei", "raise", { extras: { zhimaScore: 580 } });
    expect(p(high)).toBeGreaterThan(p(make("huabei", "raise")));
    expect(p(low)).toBeLessThan(p(make("huabei", "raise")));
    expect(reason(high, "ZHIMA_HIGH")?.guideAnchor).toBe("huabei#zhima");
    expect(reason(high, "TEMP_LIMIT")?.guideAnchor).toBe("huabei#temporary-limit");
    expect(reason(high, "TEMP_LIMIT")?.impact).toBe("low");
  });

  it("raise: cash-out (套现) gets a cut or a ban, never a raise (002)", () => {
    const a = assess(make("huabei", "raise", { usage: { cashOut: true } }));
    expect(a.band).toBe("very_low");
    expect(a.checklist[0]?.id).toBe("stop_cash_out");
    // Stopping lifts the cap, but six months later the record still weighs on it.
    const clean = assess(make("huabei", "raise"));
    expect(a.plan.projection[6]!.probability).toBeLessThan(clean.plan.projection[6]!.probability - 0.1);
  });

  it("restore: a cash-out cut is a freeze; nothing is promised", () => {
    const a = assess(make("huabei", "restore", { cut: { reason: "cashout", monthsAgo: 2 } }));
    expect(a.warnings.map((w) => w.code)).toContain("FREEZE_RISK");
    expect(a.band).toBe("very_low");
  });

  it("open: everyday, varied Alipay payments help (002)", () => {
    const active = make("huabei", "open", { ecosystem: { paymentsPerMonth: 30, paymentScenes: 7 } });
    expect(p(active)).toBeGreaterThan(p(make("huabei", "open")));
  });
});

describe("网商贷 (mybank)", () => {
  it("raise: a shop with falling revenue, bad reviews and returns is read as risk (003)", () => {
    const struggling = make("mybank", "raise", {
      extras: { shop: { monthlyRevenue: 8000, revenueTrend: "down", positiveRatePercent: 85, returnRatePercent: 18 } },
    });
    const thriving = make("mybank", "raise", {
      extras: { shop: { monthlyRevenue: 120000, revenueTrend: "up", positiveRatePercent: 99, returnRatePercent: 2 } },
    });
    expect(p(struggling)).toBeLessThan(p(make("mybank", "raise")));
    expect(p(thriving)).toBeGreaterThan(p(make("mybank", "raise")));
    expect(assess(struggling).reasons.map((r) => r.code)).toEqual(
      expect.arrayContaining(["SHOP_DECLINING", "SHOP_REVIEWS_BAD", "SHOP_RETURNS_HIGH"]),
    );
    const item = assess(struggling).checklist.find((c) => c.id === "improve_shop");
    expect(item?.guideAnchor).toBe("mybank#shop-health");
  });

  it("restore: an unused line was cut — using it again is the way back (003)", () => {
    const unused = make("mybank", "restore", {
      cut: { reason: "unused", monthsAgo: 1 },
      limit: { current: 2000, previous: 20000, usedPercent: 0 },
      usage: { loans12m: 0, monthsSinceLastUse: 10 },
    });
    const a = assess(unused);
    expect(a.checklist[0]?.id).toBe("use_line_regularly");
    expect(a.plan.steps[0]!.actions).toContain("use_line_regularly");
    expect(a.plan.projection[6]!.probability).toBeGreaterThan(5 * a.probability);
  });

  it("open: invitation only — a sole trader with a healthy shop, and a scam warning", () => {
    const trader = make("mybank", "open", {
      profile: { employment: "self_employed" },
      extras: { shop: { monthlyRevenue: 60000, revenueTrend: "up", positiveRatePercent: 98, returnRatePercent: 3 } },
    });
    const a = assess(trader);
    expect(a.probability).toBeGreaterThan(p(make("mybank", "open")));
    expect(a.reasons.map((r) => r.code)).toContain("BUSINESS_OWNER");
    expect(a.warnings).toContainEqual(expect.objectContaining({ code: "SCAM_RISK", severity: "info" }));
  });
});

describe("微粒贷 (weilidai)", () => {
  it("raise: same-day borrow-and-repay and very short loans look like limit brushing (004)", () => {
    const brushing = make("weilidai", "raise", { usage: { sameDayRepays12m: 5, avgLoanDays: 2 } });
    const a = assess(brushing);
    expect(a.reasons.map((r) => r.code)).toEqual(expect.arrayContaining(["SAME_DAY_REPAY", "SHORT_LOANS"]));
    expect(a.checklist.map((c) => c.id)).toContain("loan_rhythm");
  });

  it("raise: up to 6 loans a year helps, 6 and 12 score the same, far more costs (the loans-a-year choice)", () => {
    const at = (loans12m: number) => p(make("weilidai", "raise", { usage: { loans12m } }));
    expect(at(6)).toBeGreaterThan(at(4));
    expect(at(12)).toBe(at(6));
    expect(at(24)).toBeLessThan(at(6));
    expect(reason(make("weilidai", "raise", { usage: { loans12m: 30 } }), "USE_TOO_OFTEN")).toBeDefined();
    expect(ids(make("weilidai", "raise", { usage: { loans12m: 30 } }))).toContain("reduce_loan_frequency");
  });

  it("restore: horizon of six months, with the quarterly reviews in between", () => {
    const a = assess(make("weilidai", "restore", { cut: { reason: "overdue", monthsAgo: 2 } }));
    expect(a.horizonMonths).toBe(6);
  });

  it("open: 15–20+ varied payments, ¥10k in 理财通 and a stable account help; device hopping hurts (004)", () => {
    const good = make("weilidai", "open", {
      ecosystem: { paymentsPerMonth: 25, paymentScenes: 6, wealthBalance: 12000 },
      extras: { account: { deviceChanges12m: 0, entryChecksPerMonth: 1 } },
    });
    const jumpy = make("weilidai", "open", { extras: { account: { deviceChanges12m: 5, entryChecksPerMonth: 30 } } });
    expect(p(good)).toBeGreaterThan(p(make("weilidai", "open")));
    expect(p(jumpy)).toBeLessThan(p(make("weilidai", "open")));
    expect(reason(jumpy, "DEVICE_CHANGES")?.guideAnchor).toBe("weilidai#account-stability");
    expect(ids(jumpy)).toContain("stabilise_account");
  });

  it("open: the social signal is anecdotal, so it weighs little", () => {
    const groups = make("weilidai", "open", {
      extras: { account: { deviceChanges12m: 0, entryChecksPerMonth: 1, riskyGroups: true } },
    });
    const r = reason(groups, "RISKY_GROUPS");
    expect(r?.impact).toBe("low");
    expect(r?.guideAnchor).toBe("weilidai#social");
    expect(assess(groups).interval.high - assess(groups).interval.low).toBeGreaterThan(0);
  });
});

describe("honest uncertainty", () => {
  it("is wider when the borrower leaves optional inputs out and where evidence is weaker", () => {
    const width = (i: AssessmentInput) => {
      const a = assess(i);
      return Math.log(a.interval.high / (1 - a.interval.high)) - Math.log(a.interval.low / (1 - a.interval.low));
    };
    const sparse = make("huabei", "raise");
    const full = make("huabei", "raise", { extras: { zhimaScore: 650, vipLevel: 0, joinsCampaigns: false, temporaryLimit: 0 } });
    expect(width(sparse)).toBeGreaterThan(width(full));
    expect(width(make("generic", "raise"))).toBeGreaterThan(width(make("weilidai", "raise")));
    expect(width(make("jiebei", "restore"))).toBeGreaterThan(width(make("jiebei", "raise")));
  });
});
