/**
 * Zod schemas for the scoring library's input and output.
 *
 * The input schema is the one contract between the borrower-facing wizard (it
 * validates on the client for field-level errors), the server, the JSON API
 * and the CLI. Paths follow the contract exactly; the app translates
 * errors by Zod issue code, so no custom message strings are set here.
 *
 * `assess()` does NOT parse its input (it must stay cheap): callers parse
 * first with `assessmentInputSchema`.
 */
import * as z from "zod";
import { ALL_GUIDE_ANCHORS, type GuideAnchor } from "../guides/anchors";
import {
  BANDS,
  CHECKLIST_IDS,
  CUT_REASONS,
  DIMENSIONS,
  DIRECTIONS,
  EFFORTS,
  EMPLOYMENTS,
  GOALS,
  IMPACTS,
  PLAN_ONLY_IDS,
  PLATFORMS,
  REASON_CODES,
  REVENUE_TRENDS,
  SEVERITIES,
  WARNING_CODES,
} from "./constants";

/** Upper bounds keep arithmetic finite and catch typos (a ¥1e12 income is a mistake, not a borrower). */
const MAX_AMOUNT = 1e10;
const MAX_MONTHS = 600;
const MAX_COUNT = 10_000;
const MAX_DAYS = 3650;

const amount = () => z.number().min(0).max(MAX_AMOUNT);
const months = () => z.number().int().min(0).max(MAX_MONTHS);
const count = () => z.number().int().min(0).max(MAX_COUNT);
const percent = () => z.number().min(0).max(100);

export const limitSchema = z.object({
  /** The line now, in yuan (0 when the goal is `open`). */
  current: amount(),
  /** The line before a cut, in yuan (restore). */
  previous: amount().optional(),
  /** Share of the line in use now, 0–100. */
  usedPercent: percent(),
});

export const cutSchema = z.object({
  reason: z.enum(CUT_REASONS),
  monthsAgo: months(),
});

export const repaymentSchema = z.object({
  /** Months in a row repaid on time (since the last overdue, if any). */
  onTimeMonths: months(),
  overdueCount12m: count(),
  maxOverdueDays12m: z.number().int().min(0).max(MAX_DAYS),
  currentlyOverdue: z.boolean(),
  autopay: z.boolean(),
});

export const debtSchema = z.object({
  monthlyIncome: amount(),
  monthlyDebtPayment: amount(),
  /** Lenders (platforms, banks) the borrower owes money to right now. */
  lendersWithBalance: z.number().int().min(0).max(1000),
  /** Loan or credit applications in the last 3 months (each leaves an inquiry). */
  applications3m: count(),
});

export const usageSchema = z.object({
  loans12m: count(),
  avgLoanDays: z.number().min(0).max(MAX_DAYS),
  sameDayRepays12m: count(),
  monthsSinceLastUse: months(),
  firstLoanRepaidWithinDays: z.number().int().min(0).max(MAX_DAYS).optional(),
  cashOut: z.boolean(),
  restrictedPurpose: z.boolean(),
});

export const ecosystemSchema = z.object({
  paymentsPerMonth: count(),
  paymentScenes: z.number().int().min(0).max(100),
  wealthBalance: amount(),
  creditCardMonths: months(),
});

export const profileSchema = z.object({
  realName: z.boolean(),
  faceVerified: z.boolean(),
  bankCardMonths: months(),
  educationFilled: z.boolean(),
  occupationFilled: z.boolean(),
  employment: z.enum(EMPLOYMENTS),
  socialInsurance: z.boolean(),
  incomeProof: z.boolean(),
  assetProof: z.boolean(),
});

export const shopSchema = z.object({
  monthlyRevenue: amount(),
  revenueTrend: z.enum(REVENUE_TRENDS),
  positiveRatePercent: percent(),
  returnRatePercent: percent(),
});

export const accountSchema = z.object({
  deviceChanges12m: count(),
  entryChecksPerMonth: count(),
  /** In chat groups that break the rules (anecdotal signal, weighted low). */
  riskyGroups: z.boolean().optional(),
});

export const extrasSchema = z.object({
  zhimaScore: z.number().int().min(350).max(950).optional(),
  vipLevel: z.number().int().min(0).max(5).optional(),
  joinsCampaigns: z.boolean().optional(),
  /** 网商贷: the shop the line is tied to. */
  shop: shopSchema.optional(),
  /** 微粒贷: account stability. */
  account: accountSchema.optional(),
  /** 花呗: temporary limit granted on top of the base limit now, in yuan. */
  temporaryLimit: amount().optional(),
  /** Someone offered a paid opening / raise / restore or asked for a "verification" transfer. */
  thirdPartyOffer: z.boolean().optional(),
  /** Lets other people use the account or the line. */
  lendsAccount: z.boolean().optional(),
});

export const assessmentInputSchema = z.object({
  platform: z.enum(PLATFORMS),
  goal: z.enum(GOALS),
  limit: limitSchema,
  cut: cutSchema.optional(),
  repayment: repaymentSchema,
  debt: debtSchema,
  usage: usageSchema,
  ecosystem: ecosystemSchema,
  profile: profileSchema,
  extras: extrasSchema.optional(),
});

export type AssessmentInput = z.infer<typeof assessmentInputSchema>;

/** What-if changes for `simulate()`: any subset of the input's fields (platform and goal stay). */
export const whatIfSchema = z.object({
  limit: limitSchema.partial().optional(),
  cut: cutSchema.partial().optional(),
  repayment: repaymentSchema.partial().optional(),
  debt: debtSchema.partial().optional(),
  usage: usageSchema.partial().optional(),
  ecosystem: ecosystemSchema.partial().optional(),
  profile: profileSchema.partial().optional(),
  extras: extrasSchema.partial().optional(),
});

export type WhatIf = z.infer<typeof whatIfSchema>;

// ---------------------------------------------------------------------------
// Output

const probability = () => z.number().gt(0).lt(1);
const guideAnchor = z.enum(ALL_GUIDE_ANCHORS as unknown as readonly [GuideAnchor, ...GuideAnchor[]]);
const params = z.record(z.string(), z.union([z.number(), z.string()]));

export const reasonSchema = z.object({
  code: z.enum(REASON_CODES),
  direction: z.enum(DIRECTIONS),
  impact: z.enum(IMPACTS),
  /** Log-odds points; intercept + Σ points = logOdds exactly. */
  points: z.number(),
  factor: z.string(),
  dimension: z.enum(DIMENSIONS).nullable(),
  sources: z.array(z.string()).readonly(),
  guideAnchor,
  params: params.optional(),
});

export const checklistItemSchema = z.object({
  id: z.enum(CHECKLIST_IDS),
  action: z.string(),
  why: z.string(),
  /** Gain in probability (same 0–1 scale as `probability`), from re-running the model (0 only for a blocker a freeze outweighs). */
  expectedGain: z.number().min(0),
  effort: z.enum(EFFORTS),
  dueInDays: z.number().int().min(0).optional(),
  reasonCode: z.enum(REASON_CODES),
  guideAnchor,
  dependsOn: z.array(z.enum(CHECKLIST_IDS)).optional(),
});

export const warningSchema = z.object({
  code: z.enum(WARNING_CODES),
  severity: z.enum(SEVERITIES),
  guideAnchor,
});

export const assessmentSchema = z.object({
  modelVersion: z.string(),
  platform: z.enum(PLATFORMS),
  goal: z.enum(GOALS),
  probability: probability(),
  interval: z.object({ low: probability(), high: probability() }),
  band: z.enum(BANDS),
  horizonMonths: z.number().int().min(1),
  intercept: z.number(),
  logOdds: z.number(),
  dimensions: z.array(
    z.object({ id: z.enum(DIMENSIONS), score: z.number().min(0).max(100), weight: z.number().min(0).max(1) }),
  ),
  reasons: z.array(reasonSchema),
  checklist: z.array(checklistItemSchema),
  plan: z.object({
    steps: z.array(
      z.object({
        month: z.number().int().min(1),
        actions: z.array(z.union([z.enum(CHECKLIST_IDS), z.enum(PLAN_ONLY_IDS)])),
      }),
    ),
    projection: z.array(z.object({ month: z.number().int().min(0), probability: probability() })),
  }),
  warnings: z.array(warningSchema),
});

export type AssessmentShape = z.infer<typeof assessmentSchema>;
