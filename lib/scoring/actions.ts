/**
 * What a borrower can do, written as edits to the profile.
 *
 * `apply(f, months, base)` sets `f` to how the profile would look `months`
 * after starting the action (from `base`, the profile when it started). The
 * checklist applies each action over the goal's horizon and re-scores; the
 * plan applies every started action month by month. So an action only
 * promises what the model says it is worth.
 *
 * Time is honest: stopping applications clears the 3-month inquiry count
 * over 3 months; same-day repayments and device changes fade out of their
 * 12-month windows; savings grow over 3 months; a new credit card is only
 * `months` old. No action ever pushes borrowing above 6 loans a year (see
 * "Loans a year" in the model card), and none adds debt.
 */
import type { GuideAnchor } from "../guides/anchors";
import type { ChecklistId, Effort, ReasonCode } from "./constants";
import { FACTOR_INDEX } from "./factors";
import { CUT_UNUSED, GOAL_RAISE, TREND_DOWN, TREND_FLAT, X as SLOT, type Profile, type RawFeatureName } from "./features";
import { platformAnchor } from "./guide";
import type { PlatformProfile } from "./platforms";
import type { ScoreTable } from "./tables";

/** Feature slots (a module-local alias: cheaper than an imported binding in hot code). */
const X = SLOT;

/** How an action is written below (optional fields default in `ActionSpec`). */
interface ActionDef {
  id: ChecklistId;
  effort: Effort;
  /** Days by which to start (or finish) it. */
  dueInDays?: number;
  /** Must come first: nothing else counts while it stands (overdue, cash-out, misuse, scams). */
  blocking?: true;
  reasonCode: ReasonCode | ((f: Profile) => ReasonCode);
  anchor: (p: PlatformProfile, goal: ScoreTable["goal"], cutReason: number) => GuideAnchor;
  applies: (f: Profile, t: ScoreTable) => boolean;
  apply: (f: Profile, months: number, base: Profile) => void;
  /** Every raw feature `apply` may write (checked by `actions.test.ts`); lets re-scoring skip the rest. */
  touches: readonly RawFeatureName[];
  /** In the plan, repeat the step every n months (e.g. one small loan every 2 months). */
  repeatEvery?: number;
  /** `apply` ignores `months` (a one-off change): the plan may apply it once instead of every month. */
  instant?: true;
}

/** An action with every field present, so all actions share one object shape (fast property access). */
export interface ActionSpec {
  id: ChecklistId;
  effort: Effort;
  dueInDays: number | undefined;
  blocking: boolean;
  reasonCode: (f: Profile) => ReasonCode;
  anchor: ActionDef["anchor"];
  applies: ActionDef["applies"];
  apply: ActionDef["apply"];
  touches: readonly RawFeatureName[];
  repeatEvery: number;
  instant: boolean;
}

function spec(d: ActionDef): ActionSpec {
  const code = d.reasonCode;
  return {
    id: d.id,
    effort: d.effort,
    dueInDays: d.dueInDays,
    blocking: d.blocking === true,
    reasonCode: typeof code === "function" ? code : () => code,
    anchor: d.anchor,
    applies: d.applies,
    apply: d.apply,
    touches: d.touches,
    repeatEvery: d.repeatEvery ?? 0,
    instant: d.instant === true,
  };
}

const at = (f: Profile, slot: number): number => f[slot]!;
const fraction = (months: number, over: number): number => (months >= over ? 1 : months / over);
const section =
  (s: Parameters<typeof platformAnchor>[1]) =>
  (p: PlatformProfile): GuideAnchor =>
    platformAnchor(p, s);
const proofAnchor = (p: PlatformProfile, goal: string): GuideAnchor =>
  goal === "restore" ? "after-cut#proof" : p.id === "jiebei" ? "jiebei#limit-page" : platformAnchor(p, "profile");
/**
 * What is left of a stopped misuse after n months: the platform has seen it,
 * so its weight fades over a year instead of vanishing (the gate lifts at
 * once — the behaviour stopped — but the points do not).
 */
const residual = (months: number): number => 1 - fraction(months, 12);
const withLine = (t: ScoreTable): boolean => t.goal !== "open";
const hasWeight = (t: ScoreTable, factor: number): boolean => t.weights[factor]! !== 0;

// Platform-only factors some actions need switched on.
const F_DEVICE = FACTOR_INDEX.deviceChanges!;
const F_GROUPS = FACTOR_INDEX.riskyGroups!;
const F_SHOP = FACTOR_INDEX.shopReviews!;

const DEFINITIONS: readonly ActionDef[] = [
  {
    id: "clear_overdue",
    touches: ["currentlyOverdue", "onTimeMonths", "overdueCount", "maxOverdueDays"],
    effort: "medium",
    dueInDays: 1,
    blocking: true,
    reasonCode: "CAP_CURRENT_OVERDUE",
    anchor: (p, goal) => (goal === "restore" ? "after-cut#overdue-recovery" : platformAnchor(p, "repayment")),
    applies: (f) => at(f, X.currentlyOverdue) > 0,
    apply: (f, months, base) => {
      f[X.currentlyOverdue] = 0;
      // The on-time streak restarts when the overdue is paid; the overdue stays on record.
      f[X.onTimeMonths] = months - 1;
      f[X.overdueCount] = Math.max(at(base, X.overdueCount), 1);
      f[X.maxOverdueDays] = Math.max(at(base, X.maxOverdueDays), 1);
    },
  },
  {
    id: "stop_cash_out",
    touches: ["cashOut"],
    effort: "easy",
    dueInDays: 0,
    blocking: true,
    reasonCode: "CASH_OUT",
    anchor: section("avoid"),
    applies: (f) => at(f, X.cashOut) > 0,
    apply: (f, months) => void (f[X.cashOut] = residual(months)),
  },
  {
    id: "stop_restricted_use",
    touches: ["restrictedPurpose"],
    effort: "easy",
    dueInDays: 0,
    blocking: true,
    reasonCode: "RESTRICTED_PURPOSE",
    anchor: section("avoid"),
    applies: (f) => at(f, X.restrictedPurpose) > 0,
    apply: (f, months) => void (f[X.restrictedPurpose] = residual(months)),
  },
  {
    id: "stop_lending_account",
    touches: ["lendsAccount"],
    effort: "easy",
    dueInDays: 0,
    blocking: true,
    reasonCode: "ACCOUNT_LENT",
    anchor: section("avoid"),
    applies: (f) => at(f, X.lendsAccount) > 0,
    apply: (f, months) => void (f[X.lendsAccount] = residual(months)),
  },
  {
    id: "refuse_third_party",
    instant: true,
    touches: ["thirdParty"],
    effort: "easy",
    dueInDays: 0,
    blocking: true,
    reasonCode: "THIRD_PARTY_CHANNEL",
    anchor: section("scams"),
    applies: (f) => at(f, X.thirdParty) > 0,
    apply: (f) => void (f[X.thirdParty] = 0),
  },
  {
    id: "enable_autopay",
    instant: true,
    touches: ["autopay"],
    effort: "easy",
    dueInDays: 3,
    reasonCode: "AUTOPAY_ON",
    anchor: section("repayment"),
    applies: (f) => at(f, X.autopay) < 1,
    apply: (f) => void (f[X.autopay] = 1),
  },
  {
    id: "verify_identity",
    instant: true,
    touches: ["realName", "faceVerified"],
    effort: "easy",
    dueInDays: 3,
    reasonCode: (f) => (at(f, X.realName) < 1 ? "REAL_NAME_MISSING" : "FACE_MISSING"),
    anchor: section("profile"),
    applies: (f) => at(f, X.realName) < 1 || at(f, X.faceVerified) < 1,
    apply: (f) => {
      f[X.realName] = 1;
      f[X.faceVerified] = 1;
    },
  },
  {
    id: "complete_profile",
    instant: true,
    touches: ["education", "occupation"],
    effort: "easy",
    dueInDays: 7,
    reasonCode: "OCCUPATION_FILLED",
    anchor: section("profile"),
    applies: (f) => at(f, X.education) < 1 || at(f, X.occupation) < 1,
    apply: (f) => {
      f[X.education] = 1;
      f[X.occupation] = 1;
    },
  },
  {
    id: "bind_bank_card",
    touches: ["bankCardMonths"],
    effort: "easy",
    dueInDays: 7,
    reasonCode: "BANK_CARD_NEW",
    anchor: section("profile"),
    applies: (f) => at(f, X.bankCardMonths) < 1,
    apply: (f, months) => void (f[X.bankCardMonths] = months),
  },
  {
    id: "upload_income_proof",
    instant: true,
    touches: ["incomeProof"],
    effort: "medium",
    dueInDays: 14,
    reasonCode: "INCOME_PROOF",
    anchor: proofAnchor,
    applies: (f) => at(f, X.incomeProof) < 1 && at(f, X.income) > 0,
    apply: (f) => void (f[X.incomeProof] = 1),
  },
  {
    id: "upload_asset_proof",
    instant: true,
    touches: ["assetProof"],
    effort: "medium",
    dueInDays: 30,
    reasonCode: "ASSET_PROOF",
    anchor: proofAnchor,
    applies: (f) => at(f, X.assetProof) < 1,
    apply: (f) => void (f[X.assetProof] = 1),
  },
  {
    id: "pause_applications",
    touches: ["applications"],
    effort: "easy",
    dueInDays: 90,
    reasonCode: "INQUIRIES_MANY",
    anchor: section("debt"),
    applies: (f) => at(f, X.applications) > 0,
    apply: (f, months, base) => void (f[X.applications] = at(base, X.applications) * (1 - fraction(months, 3))),
  },
  {
    id: "pay_down_debt",
    instant: true,
    touches: ["lenders", "debtPayment"],
    effort: "hard",
    dueInDays: 90,
    reasonCode: (f) => (at(f, X.lenders) >= 3 ? "LENDERS_MANY" : "DEBT_HIGH"),
    anchor: section("debt"),
    applies: (f) => at(f, X.lenders) >= 3 || at(f, X.dti) > 0.35,
    apply: (f, _months, base) => {
      // Close the smallest balance first; without many lenders, cut repayments by 30%.
      const lenders = at(base, X.lenders);
      if (lenders >= 3) {
        f[X.lenders] = lenders - 1;
        f[X.debtPayment] = (at(base, X.debtPayment) * (lenders - 1)) / lenders;
      } else f[X.debtPayment] = at(base, X.debtPayment) * 0.7;
    },
  },
  {
    id: "lower_utilisation",
    instant: true,
    touches: ["usedPercent"],
    effort: "medium",
    dueInDays: 30,
    reasonCode: "UTILISATION_HIGH",
    anchor: section("usage"),
    applies: (f, t) => withLine(t) && at(f, X.usedPercent) > 70,
    apply: (f) => void (f[X.usedPercent] = 50),
  },
  {
    id: "loan_rhythm",
    touches: ["sameDayRepays", "avgLoanDays"],
    effort: "easy",
    dueInDays: 30,
    reasonCode: (f) => (at(f, X.sameDayRepays) > 0 ? "SAME_DAY_REPAY" : "SHORT_LOANS"),
    anchor: section("usage"),
    applies: (f, t) =>
      withLine(t) && at(f, X.loans12m) > 0 && (at(f, X.avgLoanDays) < 7 || at(f, X.sameDayRepays) > 0),
    apply: (f, months, base) => {
      // Old habits leave the 12-month window one month at a time; new loans are kept ~10 days.
      const share = fraction(months, 12);
      f[X.sameDayRepays] = at(base, X.sameDayRepays) * (1 - share);
      const days = at(base, X.avgLoanDays);
      if (days < 10) f[X.avgLoanDays] = days + (10 - days) * share;
    },
  },
  {
    id: "first_loan_small",
    touches: ["firstLoanDays", "loans12m", "avgLoanDays", "monthsSinceUse", "usedPercent"],
    effort: "easy",
    dueInDays: 30,
    reasonCode: "FIRST_LOAN_EARLY",
    anchor: section("usage"),
    applies: (f, t) => t.goalIndex === GOAL_RAISE && at(f, X.loans12m) < 1 && at(f, X.firstLoanDays) < 0,
    apply: (f, months) => {
      // 30–50% of the line, repaid on day 7: "within 7 days" (68%) and "kept ≥7 days" at once.
      f[X.firstLoanDays] = 7;
      f[X.loans12m] = Math.max(at(f, X.loans12m), 1);
      f[X.avgLoanDays] = Math.max(at(f, X.avgLoanDays), 7);
      f[X.monthsSinceUse] = Math.min(at(f, X.monthsSinceUse), months - 1);
      f[X.usedPercent] = Math.max(at(f, X.usedPercent), 30);
    },
  },
  {
    id: "use_line_regularly",
    touches: ["loans12m", "monthsSinceUse", "avgLoanDays", "usedPercent"],
    effort: "medium",
    dueInDays: 60,
    repeatEvery: 2,
    reasonCode: (f) => (at(f, X.monthsSinceUse) >= 3 ? "DORMANT" : "USE_RARE"),
    anchor: (p, goal, cut) =>
      p.id === "mybank"
        ? "mybank#unused-cut"
        : goal === "restore" && cut === CUT_UNUSED
          ? "after-cut#unused-cut"
          : platformAnchor(p, "usage"),
    applies: (f, t) => withLine(t) && (at(f, X.loans12m) < 4 || at(f, X.monthsSinceUse) >= 3),
    apply: (f, months, base) => {
      // One small loan every two months, starting now: never more than 6 a year.
      const taken = Math.ceil(months / 2);
      const aged = at(base, X.loans12m) * (1 - fraction(months, 12));
      f[X.loans12m] = Math.max(at(f, X.loans12m), Math.min(6, aged + taken));
      f[X.monthsSinceUse] = (months - 1) % 2;
      f[X.avgLoanDays] = Math.max(at(f, X.avgLoanDays), 10);
      if (at(f, X.usedPercent) < 30) f[X.usedPercent] = 30;
    },
  },
  {
    id: "reduce_loan_frequency",
    touches: ["loans12m"],
    effort: "easy",
    dueInDays: 30,
    reasonCode: "USE_TOO_OFTEN",
    anchor: section("usage"),
    applies: (f, t) => withLine(t) && at(f, X.loans12m) > 12,
    apply: (f, months, base) => {
      const share = fraction(months, 12);
      f[X.loans12m] = at(base, X.loans12m) * (1 - share) + 6 * share;
    },
  },
  {
    id: "daily_payments",
    instant: true,
    touches: ["payments", "scenes"],
    effort: "medium",
    dueInDays: 30,
    reasonCode: "PAYMENTS_FEW",
    anchor: section("ecosystem"),
    applies: (f) => at(f, X.payments) < 20 || at(f, X.scenes) < 4,
    apply: (f) => {
      f[X.payments] = Math.max(at(f, X.payments), 20);
      f[X.scenes] = Math.max(at(f, X.scenes), 4);
    },
  },
  {
    id: "grow_savings",
    touches: ["wealth"],
    effort: "hard",
    dueInDays: 90,
    reasonCode: "WEALTH_NONE",
    anchor: section("ecosystem"),
    applies: (f) => at(f, X.wealth) < 10000,
    apply: (f, months, base) => {
      const w = at(base, X.wealth);
      f[X.wealth] = w + (10000 - w) * fraction(months, 3);
    },
  },
  {
    id: "get_credit_card",
    touches: ["creditCardMonths", "applications"],
    effort: "hard",
    dueInDays: 180,
    reasonCode: "CREDIT_CARD_RECORD",
    anchor: section("credit-history"),
    applies: (f) => at(f, X.creditCardMonths) < 1 && at(f, X.applications) < 3,
    apply: (f, months) => {
      f[X.creditCardMonths] = months;
      // The application is an inquiry for its first 3 months.
      if (months <= 3) f[X.applications] = at(f, X.applications) + 1;
    },
  },
  {
    id: "join_campaigns",
    instant: true,
    touches: ["campaigns"],
    effort: "easy",
    dueInDays: 30,
    reasonCode: "CAMPAIGNS",
    anchor: section("events"),
    applies: (f) => at(f, X.campaigns) < 1,
    apply: (f) => void (f[X.campaigns] = 1),
  },
  {
    id: "stabilise_account",
    touches: ["entryChecks", "deviceChanges"],
    effort: "easy",
    dueInDays: 7,
    reasonCode: (f) => (at(f, X.entryChecks) > 2 ? "ENTRY_CHECKS_FREQUENT" : "DEVICE_CHANGES"),
    anchor: () => "weilidai#account-stability",
    applies: (f, t) => hasWeight(t, F_DEVICE) && (at(f, X.entryChecks) > 2 || at(f, X.deviceChanges) > 1),
    apply: (f, months, base) => {
      if (at(base, X.entryChecks) > 2) f[X.entryChecks] = 2;
      f[X.deviceChanges] = at(base, X.deviceChanges) * (1 - fraction(months, 12));
    },
  },
  {
    id: "leave_risky_groups",
    instant: true,
    touches: ["riskyGroups"],
    effort: "easy",
    dueInDays: 7,
    reasonCode: "RISKY_GROUPS",
    anchor: () => "weilidai#social",
    applies: (f, t) => hasWeight(t, F_GROUPS) && at(f, X.riskyGroups) > 0,
    apply: (f) => void (f[X.riskyGroups] = 0),
  },
  {
    id: "improve_shop",
    touches: ["shopPositive", "shopReturns", "shopTrend"],
    effort: "hard",
    dueInDays: 90,
    reasonCode: (f) => (at(f, X.shopReturns) > 10 ? "SHOP_RETURNS_HIGH" : "SHOP_REVIEWS_BAD"),
    anchor: () => "mybank#shop-health",
    applies: (f, t) =>
      hasWeight(t, F_SHOP) &&
      at(f, X.shopTrend) >= 0 &&
      (at(f, X.shopPositive) < 97 || at(f, X.shopReturns) > 5 || at(f, X.shopTrend) === TREND_DOWN),
    apply: (f, months, base) => {
      // Fewer bad reviews and returns over a quarter; a falling trend levels off after it.
      const share = fraction(months, 3);
      const positive = at(base, X.shopPositive);
      if (positive < 97) f[X.shopPositive] = positive + (97 - positive) * share;
      const returns = at(base, X.shopReturns);
      if (returns > 5) f[X.shopReturns] = returns - (returns - 5) * share;
      if (at(base, X.shopTrend) === TREND_DOWN && months >= 3) f[X.shopTrend] = TREND_FLAT;
    },
  },
];

export const ACTIONS: readonly ActionSpec[] = DEFINITIONS.map(spec);
