/**
 * The check-up wizard as data: its steps, its questions, which questions
 * apply to which platform and goal, and how the answers (kept as the strings
 * the borrower typed, so nothing is ever lost) become an `AssessmentInput`.
 *
 * Pure TypeScript: the wizard renders it, and the server-side tests build
 * inputs with it to check that every path through the wizard is accepted.
 * No Zod here (it is part of the page's first load): checking the answers
 * against the scoring schema is in ./wizard-validation, loaded on first use.
 */
import { CUT_REASONS, EMPLOYMENTS, REVENUE_TRENDS, type Goal, type PlatformId } from "@/lib/scoring/constants";
import type { FieldErrors } from "@/lib/validation/field-errors";
import { GOALS_BY_PLATFORM } from "@/lib/validation/assessment-rules";

/** Answers by question path, exactly as typed or chosen ("" = not answered). */
export type Draft = Record<string, string>;

export type Unit = "yuan" | "percent" | "days" | "months" | "times" | "lenders" | "loans" | "scenes" | "points";

export type StepId =
  | "platform"
  | "goal"
  | "limit"
  | "repayment"
  | "debt"
  | "usage"
  | "ecosystem"
  | "profile"
  | "platformExtras"
  | "consent";

export interface Ctx {
  platform: PlatformId | null;
  goal: Goal | null;
  draft: Draft;
}

export type QuestionKind = "number" | "yesNo" | "yesNoUnsure" | "choice" | "select";

export interface QuestionDef {
  /** Dotted path in `AssessmentInput`; paths starting with `_` stay in the draft. */
  path: string;
  kind: QuestionKind;
  unit?: Unit;
  /** Numbers: the keyboard to show (whole numbers or decimals). */
  decimal?: boolean;
  /** May be left empty ("don't know"): sent as absent. */
  optional?: boolean;
  options?: readonly string[] | ((ctx: Ctx) => readonly string[]);
  /** Choice values are numbers (e.g. a member level). */
  numeric?: boolean;
  applies?: (ctx: Ctx) => boolean;
  /** The value sent when the question is not asked (`undefined`: absent). */
  whenSkipped?: number | boolean;
}

export interface StepDef {
  id: StepId;
  questions: readonly QuestionDef[];
}

export const PLATFORM_ORDER: readonly PlatformId[] = ["jiebei", "huabei", "mybank", "weilidai", "generic"];
export const CONSENT_FIELD = "_consent";
const HAS_SHOP = "_hasShop";

const hasLine = (c: Ctx) => c.goal !== "open";
const positive = (v: string | undefined) => {
  const n = parseNumber(v ?? "");
  return n !== undefined && n > 0;
};

export const STEPS: readonly StepDef[] = [
  { id: "platform", questions: [{ path: "platform", kind: "choice", options: PLATFORM_ORDER }] },
  {
    id: "goal",
    questions: [{ path: "goal", kind: "choice", options: (c) => (c.platform ? GOALS_BY_PLATFORM[c.platform] : []) }],
  },
  {
    id: "limit",
    questions: [
      { path: "limit.current", kind: "number", unit: "yuan", applies: hasLine, whenSkipped: 0 },
      { path: "limit.previous", kind: "number", unit: "yuan", applies: (c) => c.goal === "restore" },
      { path: "limit.usedPercent", kind: "number", unit: "percent", decimal: true, applies: hasLine, whenSkipped: 0 },
      {
        path: "extras.temporaryLimit",
        kind: "number",
        unit: "yuan",
        optional: true,
        applies: (c) => c.platform === "huabei" && hasLine(c),
      },
      {
        path: "cut.reason",
        kind: "choice",
        // A shop-health cut only exists where the line is tied to a shop.
        options: (c) => CUT_REASONS.filter((r) => r !== "shop" || c.platform === "mybank"),
        applies: (c) => c.goal === "restore",
      },
      { path: "cut.monthsAgo", kind: "number", unit: "months", applies: (c) => c.goal === "restore" },
    ],
  },
  {
    id: "repayment",
    questions: [
      { path: "repayment.onTimeMonths", kind: "number", unit: "months" },
      { path: "repayment.overdueCount12m", kind: "number", unit: "times" },
      {
        path: "repayment.maxOverdueDays12m",
        kind: "number",
        unit: "days",
        applies: (c) => positive(c.draft["repayment.overdueCount12m"]),
        whenSkipped: 0,
      },
      { path: "repayment.currentlyOverdue", kind: "yesNo" },
      { path: "repayment.autopay", kind: "yesNo" },
    ],
  },
  {
    id: "debt",
    questions: [
      { path: "debt.monthlyIncome", kind: "number", unit: "yuan" },
      { path: "debt.monthlyDebtPayment", kind: "number", unit: "yuan" },
      { path: "debt.lendersWithBalance", kind: "number", unit: "lenders" },
      { path: "debt.applications3m", kind: "number", unit: "times" },
    ],
  },
  {
    id: "usage",
    questions: [
      { path: "usage.loans12m", kind: "number", unit: "loans", applies: hasLine, whenSkipped: 0 },
      {
        path: "usage.avgLoanDays",
        kind: "number",
        unit: "days",
        decimal: true,
        applies: (c) => hasLine(c) && positive(c.draft["usage.loans12m"]),
        whenSkipped: 0,
      },
      {
        path: "usage.sameDayRepays12m",
        kind: "number",
        unit: "times",
        applies: (c) => hasLine(c) && positive(c.draft["usage.loans12m"]),
        whenSkipped: 0,
      },
      { path: "usage.monthsSinceLastUse", kind: "number", unit: "months", applies: hasLine, whenSkipped: 0 },
      {
        path: "usage.firstLoanRepaidWithinDays",
        kind: "number",
        unit: "days",
        optional: true,
        applies: (c) => c.goal === "raise",
      },
      { path: "usage.cashOut", kind: "yesNo" },
      { path: "usage.restrictedPurpose", kind: "yesNo" },
      { path: "extras.lendsAccount", kind: "yesNo" },
      { path: "extras.thirdPartyOffer", kind: "yesNo" },
    ],
  },
  {
    id: "ecosystem",
    questions: [
      { path: "ecosystem.paymentsPerMonth", kind: "number", unit: "times" },
      { path: "ecosystem.paymentScenes", kind: "number", unit: "scenes" },
      { path: "ecosystem.wealthBalance", kind: "number", unit: "yuan", decimal: true },
      { path: "ecosystem.creditCardMonths", kind: "number", unit: "months" },
      {
        path: "extras.vipLevel",
        kind: "select",
        optional: true,
        numeric: true,
        options: ["0", "1", "2", "3", "4", "5"],
      },
      { path: "extras.joinsCampaigns", kind: "yesNoUnsure", optional: true },
    ],
  },
  {
    id: "profile",
    questions: [
      { path: "profile.realName", kind: "yesNo" },
      { path: "profile.faceVerified", kind: "yesNo" },
      { path: "profile.bankCardMonths", kind: "number", unit: "months" },
      { path: "profile.employment", kind: "choice", options: EMPLOYMENTS },
      { path: "profile.educationFilled", kind: "yesNo" },
      { path: "profile.occupationFilled", kind: "yesNo" },
      { path: "profile.socialInsurance", kind: "yesNo" },
      { path: "profile.incomeProof", kind: "yesNo" },
      { path: "profile.assetProof", kind: "yesNo" },
    ],
  },
  {
    id: "platformExtras",
    questions: [
      { path: "extras.zhimaScore", kind: "number", unit: "points", optional: true, applies: (c) => c.platform === "huabei" },
      { path: HAS_SHOP, kind: "yesNo", applies: (c) => c.platform === "mybank" },
      ...(["monthlyRevenue", "revenueTrend", "positiveRatePercent", "returnRatePercent"] as const).map(
        (key): QuestionDef => ({
          path: `extras.shop.${key}`,
          kind: key === "revenueTrend" ? "choice" : "number",
          unit: key === "monthlyRevenue" ? "yuan" : key === "revenueTrend" ? undefined : "percent",
          decimal: key !== "revenueTrend",
          options: key === "revenueTrend" ? REVENUE_TRENDS : undefined,
          applies: (c) => c.platform === "mybank" && c.draft[HAS_SHOP] === "yes",
        }),
      ),
      { path: "extras.account.deviceChanges12m", kind: "number", unit: "times", applies: (c) => c.platform === "weilidai" },
      {
        path: "extras.account.entryChecksPerMonth",
        kind: "number",
        unit: "times",
        applies: (c) => c.platform === "weilidai",
      },
      { path: "extras.account.riskyGroups", kind: "yesNoUnsure", optional: true, applies: (c) => c.platform === "weilidai" },
    ],
  },
  { id: "consent", questions: [{ path: CONSENT_FIELD, kind: "yesNo" }] },
];

/**
 * Starting answers: the safe "no" for the risky habits, the usual "yes" for
 * real-name and face checks (every platform asks for them before lending),
 * zero for things most people have none of. Amounts only the borrower knows
 * (limit, income, debt) start empty.
 */
export const DEFAULT_DRAFT: Readonly<Draft> = {
  platform: "",
  goal: "",
  "limit.current": "",
  "limit.previous": "",
  "limit.usedPercent": "",
  "extras.temporaryLimit": "",
  "cut.reason": "",
  "cut.monthsAgo": "",
  "repayment.onTimeMonths": "",
  "repayment.overdueCount12m": "0",
  "repayment.maxOverdueDays12m": "",
  "repayment.currentlyOverdue": "no",
  "repayment.autopay": "",
  "debt.monthlyIncome": "",
  "debt.monthlyDebtPayment": "",
  "debt.lendersWithBalance": "",
  "debt.applications3m": "0",
  "usage.loans12m": "",
  "usage.avgLoanDays": "",
  "usage.sameDayRepays12m": "0",
  "usage.monthsSinceLastUse": "",
  "usage.firstLoanRepaidWithinDays": "",
  "usage.cashOut": "no",
  "usage.restrictedPurpose": "no",
  "extras.lendsAccount": "no",
  "extras.thirdPartyOffer": "no",
  "ecosystem.paymentsPerMonth": "",
  "ecosystem.paymentScenes": "",
  "ecosystem.wealthBalance": "0",
  "ecosystem.creditCardMonths": "0",
  "extras.vipLevel": "",
  "extras.joinsCampaigns": "",
  "profile.realName": "yes",
  "profile.faceVerified": "yes",
  "profile.bankCardMonths": "",
  "profile.employment": "",
  "profile.educationFilled": "",
  "profile.occupationFilled": "",
  "profile.socialInsurance": "",
  "profile.incomeProof": "no",
  "profile.assetProof": "no",
  "extras.zhimaScore": "",
  [HAS_SHOP]: "yes",
  "extras.shop.monthlyRevenue": "",
  "extras.shop.revenueTrend": "",
  "extras.shop.positiveRatePercent": "",
  "extras.shop.returnRatePercent": "",
  "extras.account.deviceChanges12m": "0",
  "extras.account.entryChecksPerMonth": "",
  "extras.account.riskyGroups": "",
  [CONSENT_FIELD]: "",
};

// ---------------------------------------------------------------------------
// Context and applicability

const PLATFORM_SET = new Set<string>(PLATFORM_ORDER);

export function contextOf(draft: Draft): Ctx {
  const platform = PLATFORM_SET.has(draft.platform ?? "") ? (draft.platform as PlatformId) : null;
  const goal = platform && (GOALS_BY_PLATFORM[platform] as readonly string[]).includes(draft.goal ?? "") ? (draft.goal as Goal) : null;
  return { platform, goal, draft };
}

export function optionsOf(q: QuestionDef, ctx: Ctx): readonly string[] {
  return typeof q.options === "function" ? q.options(ctx) : (q.options ?? []);
}

/** Platform-independent steps apply once platform and goal are known; the rest ask only what applies. */
export function questionApplies(q: QuestionDef, ctx: Ctx): boolean {
  if (q.path === "platform") return true;
  if (q.path === "goal") return ctx.platform !== null;
  if (!ctx.platform || !ctx.goal) return false;
  return q.applies ? q.applies(ctx) : true;
}

export function visibleQuestions(step: StepDef, ctx: Ctx): QuestionDef[] {
  return step.questions.filter((q) => questionApplies(q, ctx));
}

/**
 * The steps this borrower goes through. Until platform and goal are chosen the
 * later steps are shown as they would be for the most common path, so the
 * progress bar has a sensible length from the first screen.
 */
export function activeSteps(draft: Draft): StepDef[] {
  const ctx = contextOf(draft);
  const probe: Ctx = ctx.platform && ctx.goal ? ctx : { platform: ctx.platform ?? "generic", goal: ctx.goal ?? "raise", draft };
  return STEPS.filter(
    (s) => s.id === "platform" || s.id === "goal" || s.questions.some((q) => (q.applies ? q.applies(probe) : true)),
  );
}

const QUESTION_STEP = new Map<string, StepId>(STEPS.flatMap((s) => s.questions.map((q) => [q.path, s.id] as const)));

/** The step asking the question at `path`, if this borrower is asked it. */
export function stepOfPath(path: string, draft: Draft): StepId | null {
  const stepId = QUESTION_STEP.get(path);
  if (!stepId) return null;
  const q = STEPS.find((s) => s.id === stepId)!.questions.find((x) => x.path === path)!;
  return questionApplies(q, contextOf(draft)) ? stepId : null;
}

// ---------------------------------------------------------------------------
// Answers → input

/**
 * "20,000", "２００００", " 2万 ", "1.5w" → number; "" → undefined; anything
 * else → NaN (the schema then says "please enter a number").
 */
export function parseNumber(text: string): number | undefined {
  const s = text.normalize("NFKC").replace(/[\s,_']/g, "").replace(/。/g, ".");
  if (s === "") return undefined;
  const m = /^([+-]?(?:\d+\.?\d*|\.\d+))(万|w|W|千|k|K)?$/.exec(s);
  if (!m) return Number.NaN;
  const n = Number(m[1]);
  const unit = m[2];
  if (!unit) return n;
  // Round away binary noise: 1.1万 is 11000, not 11000.000000000002.
  return Math.round(n * (unit === "万" || unit === "w" || unit === "W" ? 10_000 : 1_000) * 100) / 100;
}

function answerValue(q: QuestionDef, raw: string): unknown {
  switch (q.kind) {
    case "number":
      return parseNumber(raw);
    case "yesNo":
    case "yesNoUnsure":
      return raw === "yes" ? true : raw === "no" ? false : undefined;
    case "choice":
    case "select":
      if (raw === "") return undefined;
      return q.numeric ? Number(raw) : raw;
  }
}

function setPath(target: Record<string, unknown>, path: string, value: unknown) {
  const keys = path.split(".");
  let node = target;
  for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
  node[keys[keys.length - 1]!] = value;
}

/** The input the server will receive: only what applies, skipped questions at their fixed values. */
export function buildInput(draft: Draft): Record<string, unknown> {
  const ctx = contextOf(draft);
  const out: Record<string, unknown> = {};
  for (const step of STEPS) {
    for (const q of step.questions) {
      if (q.path.startsWith("_")) continue;
      if (q.path === "platform" || q.path === "goal") {
        setPath(out, q.path, (draft[q.path] ?? "") || undefined);
        continue;
      }
      const value = questionApplies(q, ctx) ? answerValue(q, draft[q.path] ?? "") : q.whenSkipped;
      if (value !== undefined) setPath(out, q.path, value);
    }
  }
  // Required sections exist even when empty, so a missing answer is reported on its own field.
  for (const section of ["limit", "repayment", "debt", "usage", "ecosystem", "profile"]) out[section] ??= {};
  if (ctx.goal === "restore") out.cut ??= {};
  return out;
}

/** The errors that belong to `step`'s visible questions. */
export function errorsForStep(errors: FieldErrors, step: StepDef, draft: Draft): FieldErrors {
  const ctx = contextOf(draft);
  const out: FieldErrors = {};
  for (const q of visibleQuestions(step, ctx)) if (errors[q.path]) out[q.path] = errors[q.path]!;
  return out;
}

/** Keeps a stored draft only as far as it is a draft: known keys, string values. */
export function sanitizeDraft(value: unknown): Draft {
  const draft: Draft = { ...DEFAULT_DRAFT };
  if (value && typeof value === "object") {
    for (const [key, v] of Object.entries(value)) {
      if (key in DEFAULT_DRAFT && typeof v === "string" && v.length <= 40) draft[key] = v;
    }
  }
  return draft;
}
