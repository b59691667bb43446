/**
 * The contract between the check-up wizard (components/assessment) and this
 * data layer: every path through the wizard builds an input the server
 * accepts, questions that do not apply are not asked, and every question has
 * its texts in both languages.
 */
import { describe, expect, it } from "vitest";
import { assess, assessmentInputSchema } from "@/lib/scoring";
import {
  activeSteps,
  buildInput,
  DEFAULT_DRAFT,
  optionsOf,
  parseNumber,
  sanitizeDraft,
  stepOfPath,
  STEPS,
  visibleQuestions,
  contextOf,
  type Draft,
} from "@/components/assessment/wizard-model";
import { validateDraft } from "@/components/assessment/wizard-validation";
import { GOALS_BY_PLATFORM, inputRuleIssues } from "@/lib/validation/assessment-rules";
import zh from "@/lib/i18n/messages/zh-CN/check.json";
import en from "@/lib/i18n/messages/en/check.json";

const t = (key: string, values?: Record<string, string | number>) => (values ? `${key}:${JSON.stringify(values)}` : key);

const ANSWERS: Draft = {
  ...DEFAULT_DRAFT,
  "limit.current": "2万",
  "limit.previous": "30,000",
  "limit.usedPercent": "30",
  "cut.reason": "overdue",
  "cut.monthsAgo": "3",
  "repayment.onTimeMonths": "12",
  "repayment.autopay": "yes",
  "debt.monthlyIncome": "8000",
  "debt.monthlyDebtPayment": "2000",
  "debt.lendersWithBalance": "2",
  "usage.loans12m": "4",
  "usage.avgLoanDays": "20",
  "usage.monthsSinceLastUse": "1",
  "ecosystem.paymentsPerMonth": "20",
  "ecosystem.paymentScenes": "4",
  "profile.bankCardMonths": "24",
  "profile.employment": "private",
  "profile.educationFilled": "yes",
  "profile.occupationFilled": "no",
  "profile.socialInsurance": "yes",
  "extras.shop.monthlyRevenue": "30000",
  "extras.shop.revenueTrend": "up",
  "extras.shop.positiveRatePercent": "98",
  "extras.shop.returnRatePercent": "3",
  "extras.account.entryChecksPerMonth": "2",
  _consent: "yes",
};

const PATHS = Object.entries(GOALS_BY_PLATFORM).flatMap(([platform, goals]) => goals.map((goal) => [platform, goal] as const));

describe("every path through the wizard", () => {
  it.each(PATHS)("%s / %s builds an input the server accepts and the model scores", (platform, goal) => {
    const draft = { ...ANSWERS, platform, goal };
    expect(validateDraft(draft, t)).toEqual({});
    const input = assessmentInputSchema.parse(buildInput(draft));
    expect(inputRuleIssues(input)).toEqual([]);
    const result = assess(input);
    expect(result.platform).toBe(platform);
    expect(result.goal).toBe(goal);
    expect(result.probability).toBeGreaterThan(0);
  });

  it("only invitation-only products offer 'get invited'", () => {
    expect(Object.entries(GOALS_BY_PLATFORM).filter(([, goals]) => goals.includes("open")).map(([p]) => p).sort()).toEqual(["mybank", "weilidai"]);
    expect(inputRuleIssues({ platform: "jiebei", goal: "open", limit: { current: 0 } })).toEqual([{ path: "goal", message: "choose" }]);
  });
});

describe("questions that do not apply are not asked", () => {
  const asked = (draft: Draft) => {
    const ctx = contextOf(draft);
    return activeSteps(draft).flatMap((s) => visibleQuestions(s, ctx).map((q) => q.path));
  };

  it("the cut is asked only for a restore; the previous line too", () => {
    expect(asked({ ...ANSWERS, platform: "jiebei", goal: "raise" })).not.toContain("cut.reason");
    expect(asked({ ...ANSWERS, platform: "jiebei", goal: "restore" })).toEqual(expect.arrayContaining(["cut.reason", "cut.monthsAgo", "limit.previous"]));
  });

  it("'get invited' skips the line and its usage, sending a zero line", () => {
    const draft = { ...ANSWERS, platform: "weilidai", goal: "open" };
    expect(asked(draft)).not.toEqual(expect.arrayContaining(["limit.current"]));
    expect(asked(draft).filter((p) => p.startsWith("limit.") || p === "usage.loans12m")).toEqual([]);
    expect(activeSteps(draft).map((s) => s.id)).not.toContain("limit");
    const input = assessmentInputSchema.parse(buildInput(draft));
    expect(input.limit).toEqual({ current: 0, usedPercent: 0 });
    expect(input.usage).toMatchObject({ loans12m: 0, avgLoanDays: 0, sameDayRepays12m: 0, monthsSinceLastUse: 0 });
  });

  it("the shop only for 网商贷, 芝麻分 only for 花呗, the account only for 微粒贷", () => {
    const by = (platform: string) => asked({ ...ANSWERS, platform, goal: "raise" });
    expect(by("mybank")).toContain("extras.shop.monthlyRevenue");
    expect(by("huabei")).toContain("extras.zhimaScore");
    expect(by("weilidai")).toContain("extras.account.deviceChanges12m");
    for (const p of ["jiebei", "generic"]) {
      expect(by(p).filter((x) => /shop|zhima|account/.test(x))).toEqual([]);
      expect(activeSteps({ ...ANSWERS, platform: p, goal: "raise" }).map((s) => s.id)).not.toContain("platformExtras");
    }
    expect(by("huabei").filter((x) => /shop|account/.test(x))).toEqual([]);
    expect(buildInput({ ...ANSWERS, platform: "jiebei", goal: "raise" }).extras).not.toHaveProperty("shop");
  });

  it("a shop-health cut is offered only where a line is tied to a shop", () => {
    const reasons = (platform: string) => optionsOf(STEPS.find((s) => s.id === "limit")!.questions.find((q) => q.path === "cut.reason")!, contextOf({ ...ANSWERS, platform, goal: "restore" }));
    expect(reasons("mybank")).toContain("shop");
    expect(reasons("huabei")).not.toContain("shop");
  });

  it("the longest overdue is asked only after an overdue; otherwise it is 0", () => {
    const draft = { ...ANSWERS, platform: "jiebei", goal: "raise" };
    expect(asked(draft)).not.toContain("repayment.maxOverdueDays12m");
    expect((buildInput(draft).repayment as Record<string, unknown>).maxOverdueDays12m).toBe(0);
    expect(asked({ ...draft, "repayment.overdueCount12m": "2" })).toContain("repayment.maxOverdueDays12m");
    expect(validateDraft({ ...draft, "repayment.overdueCount12m": "2" }, t)).toEqual({ "repayment.maxOverdueDays12m": ["required"] });
  });
});

describe("answers as typed", () => {
  it.each([
    ["20000", 20000],
    ["20,000", 20000],
    ["２００００", 20000],
    [" 2万 ", 20000],
    ["1.1万", 11000],
    ["1.5w", 15000],
    ["3千", 3000],
    ["12。5", 12.5],
    ["", undefined],
    ["-5", -5],
  ])("%j reads as %j", (text, value) => expect(parseNumber(text)).toBe(value));

  it.each(["abc", "1e5", "2万万", "--1"])("%j is not a number", (text) => expect(parseNumber(text)).toBeNaN());

  it("reports each wrong answer on its own question, in the step that asks it", () => {
    const draft = { ...ANSWERS, platform: "huabei", goal: "restore", "limit.current": "abc", "limit.previous": "1000", "extras.zhimaScore": "200", "debt.lendersWithBalance": "1.5" };
    const errors = validateDraft(draft, t);
    expect(errors).toEqual({
      "limit.current": ["number"],
      "debt.lendersWithBalance": ["integer"],
      "extras.zhimaScore": ['atLeast:{"min":350}'],
    });
    expect(Object.keys(errors).map((p) => stepOfPath(p, draft))).toEqual(["limit", "debt", "platformExtras"]);
    const fixed = validateDraft({ ...draft, "limit.current": "2000", "debt.lendersWithBalance": "1", "extras.zhimaScore": "" }, t);
    expect(fixed).toEqual({ "limit.previous": ['greaterThan:{"min":2000}'] });
  });

  it("keeps only known answers from storage", () => {
    expect(sanitizeDraft({ platform: "huabei", evil: "x", "limit.current": 5, goal: "a".repeat(100) })).toEqual({ ...DEFAULT_DRAFT, platform: "huabei" });
    expect(sanitizeDraft("garbage")).toEqual(DEFAULT_DRAFT);
  });
});

describe("texts", () => {
  const has = (tree: unknown, path: string) => path.split(".").reduce<unknown>((node, k) => (node as Record<string, unknown> | undefined)?.[k], tree) !== undefined;

  it.each([
    ["zh-CN", zh],
    ["en", en],
  ] as const)("every question and option has its label and help in %s", (_, messages) => {
    const missing: string[] = [];
    for (const step of STEPS) {
      if (step.id !== "consent") for (const leaf of ["title", "lead"]) if (!has(messages, `steps.${step.id}.${leaf}`)) missing.push(`steps.${step.id}.${leaf}`);
      for (const q of step.questions) {
        if (q.path === "_consent") continue;
        const base = `fields.${q.path.replace(/^_/, "")}`;
        for (const leaf of ["label", "help"]) if (!has(messages, `${base}.${leaf}`)) missing.push(`${base}.${leaf}`);
        if (q.unit && !has(messages, `units.${q.unit}`)) missing.push(`units.${q.unit}`);
        const everyOption = typeof q.options === "function" ? PATHS.flatMap(([platform, goal]) => optionsOf(q, contextOf({ ...ANSWERS, platform, goal }))) : (q.options ?? []);
        const prefix = { platform: "platform", goal: "goal", "cut.reason": "cutReason", "profile.employment": "employment", "extras.shop.revenueTrend": "revenueTrend", "extras.vipLevel": "vipLevel" }[q.path];
        for (const o of new Set(everyOption)) {
          const key = q.path === "extras.vipLevel" ? `options.vipLevel.level${o}` : ["platform", "goal", "cut.reason"].includes(q.path) ? `options.${prefix}.${o}.label` : `options.${prefix}.${o}`;
          if (!has(messages, key)) missing.push(key);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
