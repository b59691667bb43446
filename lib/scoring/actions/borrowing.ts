/**
 * Debt and borrowing-habit actions. Time is honest: stopping applications
 * clears the 3-month inquiry count over 3 months, same-day repayments leave
 * their 12-month window one month at a time, and no action ever takes a
 * borrower above 6 loans a year (see "Loans a year" in the model card) or
 * adds debt.
 */
import { CUT_UNUSED, GOAL_RAISE, X as SLOT } from "../features";
import { platformAnchor } from "../guide";
import { at, fraction, section, withLine, type ActionDef } from "./types";

/** Feature slots (a module-local alias: cheaper than an imported binding in hot code). */
const X = SLOT;

export const BORROWING_ACTIONS: readonly ActionDef[] = [
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
];
