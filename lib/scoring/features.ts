/**
 * The borrower as a flat vector of numbers.
 *
 * The scorecard, the checklist and the plan all work on one `Float64Array`
 * (a "profile"): encoding the nested input once and then editing a few slots
 * is what lets `assess` re-score two dozen what-ifs in a few microseconds.
 *
 * Conventions: booleans are 0/1; enums are their index in `constants.ts`;
 * an optional value the borrower did not give is -1 ("unknown": the factor
 * that reads it scores 0 and the interval widens instead).
 */
import { CUT_REASONS, EMPLOYMENTS, GOALS, PLATFORMS, REVENUE_TRENDS } from "./constants";
import type { AssessmentInput } from "./schema";

const RAW = [
  "platform",
  "goal",
  "limitCurrent",
  "limitPrevious",
  "usedPercent",
  "cutReason",
  "cutMonthsAgo",
  "onTimeMonths",
  "overdueCount",
  "maxOverdueDays",
  "currentlyOverdue",
  "autopay",
  "income",
  "debtPayment",
  "lenders",
  "applications",
  "loans12m",
  "avgLoanDays",
  "sameDayRepays",
  "monthsSinceUse",
  "firstLoanDays",
  "cashOut",
  "restrictedPurpose",
  "payments",
  "scenes",
  "wealth",
  "creditCardMonths",
  "realName",
  "faceVerified",
  "bankCardMonths",
  "education",
  "occupation",
  "employment",
  "socialInsurance",
  "incomeProof",
  "assetProof",
  "zhima",
  "vipLevel",
  "campaigns",
  "temporaryLimit",
  "shopRevenue",
  "shopTrend",
  "shopPositive",
  "shopReturns",
  "deviceChanges",
  "entryChecks",
  "riskyGroups",
  "thirdParty",
  "lendsAccount",
] as const;

/** Slots computed from the raw ones by `derive()`; never edit them directly. */
const DERIVED = [
  "effOnTime", // on-time streak; 0 while an overdue is open
  "overdueRecent", // 0, or the worst overdue's days clamped to 1–30 (the part that heals fast)
  "overdueSevere", // days beyond 30 (heals slowly)
  "overdueRepeat", // overdues beyond the first (heal slowly)
  "dti", // monthly debt payment / monthly income
  "cutRatio", // current / previous line (restore), -1 unknown
  "selfEmployed",
  "policyCut",
  "cashoutCut",
] as const;

export type RawFeatureName = (typeof RAW)[number];
export type FeatureName = RawFeatureName | (typeof DERIVED)[number];

/**
 * Slot index of every feature: `f[X.onTimeMonths]`.
 *
 * The helpers that run on every assessment or re-score (`encode`, `derive`, the plan's `age` and
 * `window12`, the gates, warnings and `logitSd`) write the slot as a literal with its name beside
 * it, `f[7 /* onTimeMonths *\/]`: V8 re-reads `X.name` from the module and checks it on every use,
 * which made `derive` three times as costly. `literal-slots.test.ts` holds every such literal to
 * this table.
 */
export const X = Object.fromEntries([...RAW, ...DERIVED].map((name, i) => [name, i])) as Readonly<
  Record<FeatureName, number>
>;
export const FEATURE_NAMES: readonly FeatureName[] = [...RAW, ...DERIVED];
export const FEATURE_COUNT = FEATURE_NAMES.length;

/** Which raw features each derived feature is computed from (mirrors `derive`; checked by a test). */
export const DERIVED_FROM: Readonly<Record<(typeof DERIVED)[number], readonly RawFeatureName[]>> = {
  effOnTime: ["onTimeMonths", "currentlyOverdue"],
  overdueRecent: ["overdueCount", "maxOverdueDays", "currentlyOverdue"],
  overdueSevere: ["maxOverdueDays"],
  overdueRepeat: ["overdueCount", "maxOverdueDays", "currentlyOverdue"],
  dti: ["income", "debtPayment"],
  cutRatio: ["goal", "limitCurrent", "limitPrevious"],
  selfEmployed: ["employment"],
  policyCut: ["cutReason"],
  cashoutCut: ["cutReason"],
};

/** The slots an edit of these raw features can change: the features themselves and the derived ones built on them. */
export function slotsOf(names: readonly RawFeatureName[]): Int32Array {
  const slots = new Set(names.map((n) => X[n]));
  for (const d of DERIVED) if (DERIVED_FROM[d].some((n) => names.includes(n))) slots.add(X[d]);
  return Int32Array.from(slots);
}

export type Profile = Float64Array;

export function newProfile(): Profile {
  return new Float64Array(FEATURE_COUNT);
}

const b = (v: boolean | undefined): number => (v ? 1 : 0);
const opt = (v: number | undefined): number => (v === undefined ? -1 : v);
const optB = (v: boolean | undefined): number => (v === undefined ? -1 : v ? 1 : 0);

const PLATFORM_INDEX = indexOf(PLATFORMS);
const GOAL_INDEX = indexOf(GOALS);
export const CUT_INDEX = indexOf(CUT_REASONS);
export const EMPLOYMENT_INDEX = indexOf(EMPLOYMENTS);
export const TREND_INDEX = indexOf(REVENUE_TRENDS);

function indexOf<T extends string>(values: readonly T[]): Readonly<Record<T, number>> {
  return Object.fromEntries(values.map((v, i) => [v, i])) as Record<T, number>;
}

export const GOAL_RAISE = GOAL_INDEX.raise;
export const GOAL_RESTORE = GOAL_INDEX.restore;
export const GOAL_OPEN = GOAL_INDEX.open;
export const CUT_UNKNOWN = CUT_INDEX.unknown;
export const CUT_POLICY = CUT_INDEX.policy;
export const CUT_CASHOUT = CUT_INDEX.cashout;
export const CUT_UNUSED = CUT_INDEX.unused;
export const CUT_OVERDUE = CUT_INDEX.overdue;
export const TREND_DOWN = TREND_INDEX.down;
export const TREND_FLAT = TREND_INDEX.flat;

/** Fill `f` from a (validated) input and compute the derived slots. */
export function encode(input: AssessmentInput, f: Profile): Profile {
  const { limit, repayment: r, debt: d, usage: u, ecosystem: e, profile: p } = input;
  const extras = input.extras;
  const restore = input.goal === "restore";
  f[0 /* platform */] = PLATFORM_INDEX[input.platform];
  f[1 /* goal */] = GOAL_INDEX[input.goal];
  f[2 /* limitCurrent */] = limit.current;
  f[3 /* limitPrevious */] = opt(limit.previous);
  f[4 /* usedPercent */] = limit.usedPercent;
  // A restore without a stated cause is "unknown"; outside restore the cut is ignored.
  f[5 /* cutReason */] = restore ? CUT_INDEX[input.cut?.reason ?? "unknown"] : -1;
  f[6 /* cutMonthsAgo */] = restore ? opt(input.cut?.monthsAgo) : -1;
  f[7 /* onTimeMonths */] = r.onTimeMonths;
  f[8 /* overdueCount */] = r.overdueCount12m;
  f[9 /* maxOverdueDays */] = r.maxOverdueDays12m;
  f[10 /* currentlyOverdue */] = b(r.currentlyOverdue);
  f[11 /* autopay */] = b(r.autopay);
  f[12 /* income */] = d.monthlyIncome;
  f[13 /* debtPayment */] = d.monthlyDebtPayment;
  f[14 /* lenders */] = d.lendersWithBalance;
  f[15 /* applications */] = d.applications3m;
  f[16 /* loans12m */] = u.loans12m;
  f[17 /* avgLoanDays */] = u.avgLoanDays;
  f[18 /* sameDayRepays */] = u.sameDayRepays12m;
  f[19 /* monthsSinceUse */] = u.monthsSinceLastUse;
  f[20 /* firstLoanDays */] = opt(u.firstLoanRepaidWithinDays);
  f[21 /* cashOut */] = b(u.cashOut);
  f[22 /* restrictedPurpose */] = b(u.restrictedPurpose);
  f[23 /* payments */] = e.paymentsPerMonth;
  f[24 /* scenes */] = e.paymentScenes;
  f[25 /* wealth */] = e.wealthBalance;
  f[26 /* creditCardMonths */] = e.creditCardMonths;
  f[27 /* realName */] = b(p.realName);
  f[28 /* faceVerified */] = b(p.faceVerified);
  f[29 /* bankCardMonths */] = p.bankCardMonths;
  f[30 /* education */] = b(p.educationFilled);
  f[31 /* occupation */] = b(p.occupationFilled);
  f[32 /* employment */] = EMPLOYMENT_INDEX[p.employment];
  f[33 /* socialInsurance */] = b(p.socialInsurance);
  f[34 /* incomeProof */] = b(p.incomeProof);
  f[35 /* assetProof */] = b(p.assetProof);
  f[36 /* zhima */] = opt(extras?.zhimaScore);
  f[37 /* vipLevel */] = opt(extras?.vipLevel);
  f[38 /* campaigns */] = optB(extras?.joinsCampaigns);
  f[39 /* temporaryLimit */] = opt(extras?.temporaryLimit);
  const shop = extras?.shop;
  f[40 /* shopRevenue */] = shop ? shop.monthlyRevenue : -1;
  f[41 /* shopTrend */] = shop ? TREND_INDEX[shop.revenueTrend] : -1;
  f[42 /* shopPositive */] = shop ? shop.positiveRatePercent : -1;
  f[43 /* shopReturns */] = shop ? shop.returnRatePercent : -1;
  const account = extras?.account;
  f[44 /* deviceChanges */] = account ? account.deviceChanges12m : -1;
  f[45 /* entryChecks */] = account ? account.entryChecksPerMonth : -1;
  f[46 /* riskyGroups */] = optB(account?.riskyGroups);
  f[47 /* thirdParty */] = b(extras?.thirdPartyOffer);
  f[48 /* lendsAccount */] = b(extras?.lendsAccount);
  derive(f);
  return f;
}

/** Recompute the derived slots; call after editing raw slots. */
export function derive(f: Profile): void {
  const overdueNow = f[10 /* currentlyOverdue */]! > 0;
  const days = f[9 /* maxOverdueDays */]!;
  // An overdue day or an open overdue is at least one overdue, whatever the count says.
  let count = f[8 /* overdueCount */]!;
  if (count < 1 && (days > 0 || overdueNow)) count = 1;
  f[49 /* effOnTime */] = overdueNow ? 0 : f[7 /* onTimeMonths */]!;
  f[50 /* overdueRecent */] = count > 0 ? (days < 1 ? 1 : days > 30 ? 30 : days) : 0;
  f[51 /* overdueSevere */] = days > 30 ? days - 30 : 0;
  f[52 /* overdueRepeat */] = count > 1 ? count - 1 : 0;
  const income = f[12 /* income */]!;
  const debt = f[13 /* debtPayment */]!;
  // No income but debt to pay is the worst case; the curve is flat beyond 1.5.
  f[53 /* dti */] = income > 0 ? debt / income : debt > 0 ? 2 : 0;
  const previous = f[3 /* limitPrevious */]!;
  f[54 /* cutRatio */] = f[1 /* goal */] === 1 /* goal: restore */ && previous > 0 ? Math.min(1, f[2 /* limitCurrent */]! / previous) : -1;
  f[55 /* selfEmployed */] = f[32 /* employment */] === 3 /* employment: self_employed */ ? 1 : 0;
  f[56 /* policyCut */] = f[5 /* cutReason */] === 4 /* cut: policy */ ? 1 : 0;
  f[57 /* cashoutCut */] = f[5 /* cutReason */] === 5 /* cut: cashout */ ? 1 : 0;
}
