/**
 * `simulate`: the what-if sliders. The changed fields are written straight
 * into a copy of the borrower's profile and both are scored — no reasons,
 * checklist or plan, and no merged input object — so it can run on every
 * slider move in the browser.
 *
 * Validate `changes` with `whatIfSchema` first (and the merged input, if the
 * changes come from outside); `simulate` trusts its arguments like `assess`.
 * `applyWhatIf` gives the merged input itself (e.g. to save it), and
 * `simulate(input, c)` always equals `assess(applyWhatIf(input, c))`.
 */
import { scoreInput } from "./assess";
import { intervalOf, logitSd } from "./calibration";
import { scoreFull } from "./engine";
import { FACTOR_COUNT } from "./factors";
import {
  CUT_INDEX,
  derive,
  EMPLOYMENT_INDEX,
  GOAL_RESTORE,
  newProfile,
  TREND_INDEX,
  X as SLOT,
  type Profile,
} from "./features";
import { gatedLogit } from "./gates";
import { bandOf, sigmoid } from "./math";
import type { AssessmentInput, WhatIf } from "./schema";
import type { Simulation } from "./types";

const X = SLOT;
const BEFORE = newProfile();
const AFTER = newProfile();
const PTS = new Float64Array(FACTOR_COUNT);

/** `{ ...a, ...b }` that ignores `undefined` in `b` (a cleared slider keeps the old value). */
function mergeDefined<T extends object>(a: T, b: Partial<T> | undefined): T {
  if (!b) return a;
  const out = { ...a };
  for (const key of Object.keys(b) as (keyof T)[]) {
    const v = b[key];
    if (v !== undefined) out[key] = v as T[keyof T];
  }
  return out;
}

/** The input with the what-if changes applied (platform and goal never change). */
export function applyWhatIf(input: AssessmentInput, changes: WhatIf): AssessmentInput {
  return {
    ...input,
    limit: mergeDefined(input.limit, changes.limit),
    cut: changes.cut
      ? mergeDefined<NonNullable<AssessmentInput["cut"]>>(input.cut ?? { reason: "unknown", monthsAgo: 0 }, changes.cut)
      : input.cut,
    repayment: mergeDefined(input.repayment, changes.repayment),
    debt: mergeDefined(input.debt, changes.debt),
    usage: mergeDefined(input.usage, changes.usage),
    ecosystem: mergeDefined(input.ecosystem, changes.ecosystem),
    profile: mergeDefined(input.profile, changes.profile),
    extras: changes.extras ? mergeDefined(input.extras ?? {}, changes.extras) : input.extras,
  };
}

const num = (f: Profile, slot: number, v: number | undefined) => {
  if (v !== undefined) f[slot] = v;
};
const flag = (f: Profile, slot: number, v: boolean | undefined) => {
  if (v !== undefined) f[slot] = v ? 1 : 0;
};

/** Write the changed fields into an encoded profile (the same conventions as `encode`). */
export function encodeChanges(c: WhatIf, f: Profile): void {
  const { limit, repayment: r, debt: d, usage: u, ecosystem: e, profile: p, extras: x } = c;
  if (limit) {
    num(f, X.limitCurrent, limit.current);
    num(f, X.limitPrevious, limit.previous);
    num(f, X.usedPercent, limit.usedPercent);
  }
  if (c.cut && f[X.goal] === GOAL_RESTORE) {
    if (c.cut.reason !== undefined) f[X.cutReason] = CUT_INDEX[c.cut.reason];
    num(f, X.cutMonthsAgo, c.cut.monthsAgo);
    if (f[X.cutMonthsAgo]! < 0) f[X.cutMonthsAgo] = 0; // a cut given only a reason: as `applyWhatIf` does
  }
  if (r) {
    num(f, X.onTimeMonths, r.onTimeMonths);
    num(f, X.overdueCount, r.overdueCount12m);
    num(f, X.maxOverdueDays, r.maxOverdueDays12m);
    flag(f, X.currentlyOverdue, r.currentlyOverdue);
    flag(f, X.autopay, r.autopay);
  }
  if (d) {
    num(f, X.income, d.monthlyIncome);
    num(f, X.debtPayment, d.monthlyDebtPayment);
    num(f, X.lenders, d.lendersWithBalance);
    num(f, X.applications, d.applications3m);
  }
  if (u) {
    num(f, X.loans12m, u.loans12m);
    num(f, X.avgLoanDays, u.avgLoanDays);
    num(f, X.sameDayRepays, u.sameDayRepays12m);
    num(f, X.monthsSinceUse, u.monthsSinceLastUse);
    num(f, X.firstLoanDays, u.firstLoanRepaidWithinDays);
    flag(f, X.cashOut, u.cashOut);
    flag(f, X.restrictedPurpose, u.restrictedPurpose);
  }
  if (e) {
    num(f, X.payments, e.paymentsPerMonth);
    num(f, X.scenes, e.paymentScenes);
    num(f, X.wealth, e.wealthBalance);
    num(f, X.creditCardMonths, e.creditCardMonths);
  }
  if (p) {
    flag(f, X.realName, p.realName);
    flag(f, X.faceVerified, p.faceVerified);
    num(f, X.bankCardMonths, p.bankCardMonths);
    flag(f, X.education, p.educationFilled);
    flag(f, X.occupation, p.occupationFilled);
    if (p.employment !== undefined) f[X.employment] = EMPLOYMENT_INDEX[p.employment];
    flag(f, X.socialInsurance, p.socialInsurance);
    flag(f, X.incomeProof, p.incomeProof);
    flag(f, X.assetProof, p.assetProof);
  }
  if (x) {
    num(f, X.zhima, x.zhimaScore);
    num(f, X.vipLevel, x.vipLevel);
    flag(f, X.campaigns, x.joinsCampaigns);
    num(f, X.temporaryLimit, x.temporaryLimit);
    flag(f, X.thirdParty, x.thirdPartyOffer);
    flag(f, X.lendsAccount, x.lendsAccount);
    if (x.shop) {
      f[X.shopRevenue] = x.shop.monthlyRevenue;
      f[X.shopTrend] = TREND_INDEX[x.shop.revenueTrend];
      f[X.shopPositive] = x.shop.positiveRatePercent;
      f[X.shopReturns] = x.shop.returnRatePercent;
    }
    if (x.account) {
      f[X.deviceChanges] = x.account.deviceChanges12m;
      f[X.entryChecks] = x.account.entryChecksPerMonth;
      f[X.riskyGroups] = x.account.riskyGroups === undefined ? -1 : x.account.riskyGroups ? 1 : 0;
    }
  }
  derive(f);
}

export function simulate(input: AssessmentInput, changes: WhatIf): Simulation {
  const { t, logOdds: before } = scoreInput(input, BEFORE, PTS);
  AFTER.set(BEFORE);
  encodeChanges(changes, AFTER);
  // A changed cut cause can change the weight table (policy cuts are damped).
  const t2 = AFTER[X.policyCut] === BEFORE[X.policyCut] ? t : scoreInput(applyWhatIf(input, changes), AFTER, PTS).t;
  const logOdds = gatedLogit(AFTER, t2, scoreFull(AFTER, t2, PTS));
  const probability = sigmoid(logOdds);
  const baseline = sigmoid(before);
  return {
    probability,
    band: bandOf(probability),
    interval: intervalOf(logOdds, logitSd(AFTER, t2)),
    logOdds,
    delta: probability - baseline,
    baseline: { probability: baseline, band: bandOf(baseline) },
  };
}
