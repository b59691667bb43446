/**
 * Usage (活跃度): how the line is used — often enough to be known, never in
 * ways that look like brushing the limit or misusing the money.
 *
 * Loans a year (the seeds conflict): seed 004 advises at most 6 loans a year
 * to keep the credit report light, and in the same article 1–2 loans a month
 * during the 3-month evaluation cycle. The model rewards use up to 6 a year,
 * is flat from 6 to 12 and mildly negative beyond (every loan is a line on the
 * credit report, 004); the checklist never suggests more than 6 a year. One
 * cycle of 1–2 loans a month is 3–6 loans, so both pieces of advice fit inside
 * this rule. Why this side: see "Loans a year" in `docs/model-card.md`.
 *
 * First loan: seed 004's figure — 68% of users who repaid their first 微粒贷
 * loan within 7 days saw a raise within 3 months — is reproduced exactly for
 * the reference borrower (`calibration.test.ts`): +0.7538 = logit(0.68) on top
 * of a 50% reference. Other platforms get half of it (transferred evidence).
 */
import { SEEDS } from "../sources";
import { ALL_GOALS, RAISE_ONLY, WITH_LINE, type FactorSpec } from "./types";

/** logit(0.68): seed 004's 68% three-month raise rate after a first loan repaid within 7 days. */
export const FIRST_LOAN_POINTS = 0.7538;

export const USAGE_FACTORS: readonly FactorSpec[] = [
  {
    id: "utilisation",
    dimension: "usage",
    feature: "usedPercent",
    // 30–70% is the comfortable middle (004: first loan 30–50%, later 50%, 70%).
    curve: [
      [0, -0.3],
      [10, -0.15],
      [30, 0],
      [70, 0],
      [85, -0.2],
      [100, -0.45],
    ],
    goals: WITH_LINE,
    behaviour: true,
    codes: { negative: "UTILISATION_HIGH", negativeBelow: { x: 30, code: "UTILISATION_IDLE" } },
    param: { name: "percent", feature: "usedPercent" },
    sources: [SEEDS.weilidai, SEEDS.mybank],
    section: "usage",
  },
  {
    id: "frequency",
    dimension: "usage",
    feature: "loans12m",
    curve: [
      [0, -0.5],
      [1, -0.25],
      [2, -0.1],
      [4, 0],
      [6, 0.15],
      [12, 0.15],
      [24, -0.1],
      [36, -0.3],
    ],
    goals: WITH_LINE,
    behaviour: true,
    codes: { positive: "USE_REGULAR", negative: "USE_TOO_OFTEN", negativeBelow: { x: 6, code: "USE_RARE" } },
    param: { name: "count", feature: "loans12m" },
    sources: [SEEDS.general, SEEDS.jiebeiRestore, SEEDS.mybank, SEEDS.weilidai],
    section: "usage",
    anchors: { mybank: "mybank#unused-cut" },
  },
  {
    id: "dormancy",
    dimension: "usage",
    feature: "monthsSinceUse",
    curve: [
      [0, 0],
      [1, 0],
      [3, -0.1],
      [6, -0.35],
      [12, -0.7],
      [24, -1.0],
    ],
    goals: WITH_LINE,
    behaviour: true,
    codes: { negative: "DORMANT" },
    param: { name: "months", feature: "monthsSinceUse" },
    sources: [SEEDS.mybank, SEEDS.general],
    section: "usage",
    anchors: { mybank: "mybank#unused-cut" },
  },
  {
    id: "loanDuration",
    dimension: "usage",
    feature: "avgLoanDays",
    curve: [
      [0, -0.45],
      [3, -0.25],
      [7, 0],
    ],
    // Only meaningful when there were loans.
    scaleBy: {
      feature: "loans12m",
      curve: [
        [0, 0],
        [1, 1],
      ],
    },
    goals: WITH_LINE,
    behaviour: true,
    codes: { negative: "SHORT_LOANS" },
    param: { name: "days", feature: "avgLoanDays" },
    sources: [SEEDS.weilidai],
    section: "usage",
  },
  {
    id: "sameDayRepay",
    dimension: "usage",
    feature: "sameDayRepays",
    curve: [
      [0, 0],
      [1, -0.15],
      [3, -0.4],
      [6, -0.7],
      [12, -0.9],
    ],
    goals: WITH_LINE,
    behaviour: true,
    codes: { negative: "SAME_DAY_REPAY" },
    param: { name: "count", feature: "sameDayRepays" },
    sources: [SEEDS.weilidai, SEEDS.jiebeiRestore],
    section: "usage",
  },
  {
    id: "firstLoan",
    dimension: "usage",
    feature: "firstLoanDays",
    unknownIsZero: true,
    curve: [
      [0, FIRST_LOAN_POINTS],
      [7, FIRST_LOAN_POINTS],
      [15, 0.35],
      [30, 0.1],
      [60, 0],
    ],
    goals: RAISE_ONLY,
    behaviour: true,
    codes: { positive: "FIRST_LOAN_EARLY" },
    param: { name: "days", feature: "firstLoanDays" },
    sources: [SEEDS.weilidai],
    section: "usage",
  },
  {
    id: "cashOut",
    dimension: "usage",
    feature: "cashOut",
    curve: [
      [0, 0],
      [1, -1.5],
    ],
    goals: ALL_GOALS,
    behaviour: true,
    codes: { negative: "CASH_OUT" },
    sources: [SEEDS.huabei, SEEDS.jiebeiRestore],
    section: "avoid",
  },
  {
    id: "restrictedPurpose",
    dimension: "usage",
    feature: "restrictedPurpose",
    curve: [
      [0, 0],
      [1, -1.2],
    ],
    goals: ALL_GOALS,
    behaviour: true,
    codes: { negative: "RESTRICTED_PURPOSE" },
    sources: [SEEDS.weilidai],
    section: "avoid",
  },
  {
    id: "accountLending",
    dimension: "usage",
    feature: "lendsAccount",
    curve: [
      [0, 0],
      [1, -0.8],
    ],
    goals: ALL_GOALS,
    behaviour: true,
    codes: { negative: "ACCOUNT_LENT" },
    sources: [SEEDS.huabei],
    section: "avoid",
  },
];
