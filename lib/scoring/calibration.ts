/**
 * Calibration: the reference borrower, and how sure the model is.
 *
 * There is no outcome data. The model is anchored instead:
 *  1. Every factor scores 0 at the reference borrower below (a typical
 *     online-loan user: a year of clean repayments, a quarter of income to
 *     debt, two lenders, a loan every few months, everyday mobile payments).
 *     The intercept of each platform and goal is the logit of the chance we
 *     assume for that borrower (`platforms/*.ts#referenceChance`).
 *  2. The seeds' figures are then reproduced exactly or as bounds (tests in
 *     `calibration.test.ts`): 微粒贷 first loan repaid within 7 days → 68%
 *     raised within 3 months; steady card record → 1.37× invitation odds;
 *     ≤30-day overdue + 6 on-time months → ≥90% of the former level; the
 *     借呗 cut-and-restore case → fair or better.
 *  3. The interval is an 80% range on the log-odds scale whose width adds, in
 *     quadrature, the platform's evidence, the goal's (restores and
 *     invitations are less predictable than raises), and every relevant
 *     optional input the borrower left out.
 */
import type { AssessmentInput } from "./schema";
import type { Profile } from "./features";
import { sigmoid } from "./math";
import type { ScoreTable } from "./tables";

/** The reference borrower (for `raise`; `referenceInput` adapts it to other goals). */
export const REFERENCE_INPUT: AssessmentInput = {
  platform: "weilidai",
  goal: "raise",
  limit: { current: 10000, usedPercent: 40 },
  repayment: { onTimeMonths: 12, overdueCount12m: 0, maxOverdueDays12m: 0, currentlyOverdue: false, autopay: false },
  debt: { monthlyIncome: 6000, monthlyDebtPayment: 1500, lendersWithBalance: 2, applications3m: 1 },
  usage: {
    loans12m: 4,
    avgLoanDays: 20,
    sameDayRepays12m: 0,
    monthsSinceLastUse: 1,
    cashOut: false,
    restrictedPurpose: false,
  },
  ecosystem: { paymentsPerMonth: 15, paymentScenes: 3, wealthBalance: 2000, creditCardMonths: 0 },
  profile: {
    realName: true,
    faceVerified: true,
    bankCardMonths: 12,
    educationFilled: false,
    occupationFilled: false,
    employment: "private",
    socialInsurance: false,
    incomeProof: false,
    assetProof: false,
  },
};

/** The reference borrower on a platform and goal: a restore was cut by half, 3 months ago, cause unknown. */
export function referenceInput(
  platform: AssessmentInput["platform"],
  goal: AssessmentInput["goal"],
): AssessmentInput {
  const base = { ...REFERENCE_INPUT, platform, goal };
  if (goal === "restore")
    return { ...base, limit: { current: 5000, previous: 10000, usedPercent: 40 }, cut: { reason: "unknown", monthsAgo: 3 } };
  if (goal === "open") return { ...base, limit: { current: 0, usedPercent: 0 } };
  return base;
}

/** Two-sided 80%: ±1.2816 standard deviations. */
export const INTERVAL_Z = 1.2816;

/** Extra uncertainty of the goal itself (log-odds sd). */
export const GOAL_SD = [0, 0.3, 0.25] as const; // raise, restore, open

/** Extra sd when a generally useful optional input is missing. */
export const MISSING_SD = {
  firstLoan: 0.1,
  vipLevel: 0.08,
  campaigns: 0.08,
  cutReason: 0.3,
  cutAge: 0.15,
  previousLimit: 0.2,
  /** An anecdotal signal in use (social groups) adds doubt rather than removing it. */
  anecdotal: 0.1,
} as const;

/** Standard deviation (log-odds) of the estimate for this borrower. */
export function logitSd(f: Profile, t: ScoreTable): number {
  const p = t.profile;
  const m = p.missingSd;
  const g = t.goalIndex;
  let v = p.evidenceSd * p.evidenceSd + GOAL_SD[g as 0 | 1 | 2] ** 2;
  if (g === 0 /* goal: raise */ && f[20 /* firstLoanDays */]! < 0) v += MISSING_SD.firstLoan ** 2;
  if (f[37 /* vipLevel */]! < 0) v += MISSING_SD.vipLevel ** 2;
  if (f[38 /* campaigns */]! < 0) v += MISSING_SD.campaigns ** 2;
  if (f[36 /* zhima */]! < 0) v += m.zhima * m.zhima;
  if (f[41 /* shopTrend */]! < 0) v += m.shop * m.shop;
  if (f[45 /* entryChecks */]! < 0) v += m.account * m.account;
  if (g === 0 /* goal: raise */ && f[39 /* temporaryLimit */]! < 0) v += m.temporaryLimit * m.temporaryLimit;
  if (p.id === "weilidai" && f[46 /* riskyGroups */]! >= 0) v += MISSING_SD.anecdotal ** 2;
  if (g === 1 /* goal: restore */) {
    if (f[5 /* cutReason */]! === 6 /* cut: unknown */) v += MISSING_SD.cutReason ** 2;
    if (f[6 /* cutMonthsAgo */]! < 0) v += MISSING_SD.cutAge ** 2;
    if (f[3 /* limitPrevious */]! < 0) v += MISSING_SD.previousLimit ** 2;
  }
  return Math.sqrt(v);
}

export function intervalOf(logOdds: number, sd: number): { low: number; high: number } {
  const half = INTERVAL_Z * sd;
  return { low: sigmoid(logOdds - half), high: sigmoid(logOdds + half) };
}
