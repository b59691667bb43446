/**
 * Repayment (信用表现): the on-time record, overdue traces and how they heal,
 * autopay, other credit (a bank card) and — on Alipay products — 芝麻分.
 *
 * Healing. Seed 004 says that after an overdue of at most 30 days, full
 * repayment and six on-time months bring the score back to ≥90% of its former
 * level. So the overdue penalty is split by how fast it heals:
 *  - `overdueRecent` (the first overdue, up to 30 days) fades almost entirely
 *    by month 6 (recovery ×0.03);
 *  - `overdueSevere` (days beyond 30) and `overdueRepeat` (every overdue after
 *    the first) fade slowly over three years — the seed promises nothing for
 *    them.
 * With the on-time curve at -0.03 for six months, the whole gap after six
 * good months is ≤0.07 log-odds (×1.1 at most for platform weights), which
 * keeps the probability ≥ e^-0.08 ≈ 92% of its former level at any starting
 * point (`sigmoid(L-d)/sigmoid(L) ≥ e^-d`).
 */
import { SEEDS } from "../sources";
import { ALL_GOALS, type Curve, type FactorSpec } from "./types";

/** Share of a fresh (≤30-day) overdue penalty left after n on-time months. */
export const FAST_RECOVERY: Curve = [
  [0, 1],
  [1, 0.8],
  [3, 0.45],
  [6, 0.03],
  [12, 0],
];

/** Share of a severe or repeated overdue penalty left after n on-time months. */
export const SLOW_RECOVERY: Curve = [
  [0, 1],
  [6, 0.5],
  [12, 0.3],
  [24, 0.1],
  [36, 0],
];

export const REPAYMENT_FACTORS: readonly FactorSpec[] = [
  {
    id: "onTime",
    dimension: "repayment",
    feature: "effOnTime",
    // 12 months is the reference; the first six months matter most.
    curve: [
      [0, -0.5],
      [3, -0.25],
      [6, -0.03],
      [12, 0],
      [24, 0.2],
      [36, 0.3],
      [60, 0.35],
    ],
    goals: ALL_GOALS,
    behaviour: true,
    codes: { positive: "ONTIME_LONG", negative: "ONTIME_SHORT" },
    param: { name: "months", feature: "effOnTime" },
    sources: [SEEDS.general, SEEDS.huabei, SEEDS.jiebeiRestore],
    section: "repayment",
  },
  {
    id: "overdueRecent",
    dimension: "repayment",
    feature: "overdueRecent",
    // Even 1–2 days leaves a trace (000); 30 days is the seed's healing limit (004).
    curve: [
      [0, 0],
      [1, -0.8],
      [3, -0.85],
      [30, -1.2],
    ],
    scaleBy: { feature: "effOnTime", curve: FAST_RECOVERY },
    goals: ALL_GOALS,
    behaviour: true,
    codes: { negative: "OVERDUE_RECENT" },
    param: { name: "days", feature: "maxOverdueDays" },
    sources: [SEEDS.general, SEEDS.weilidai],
    section: "repayment",
    anchors: { all: "after-cut#overdue-recovery" },
  },
  {
    id: "overdueSevere",
    dimension: "repayment",
    feature: "overdueSevere",
    curve: [
      [0, 0],
      [30, -0.6],
      [60, -1.1],
      [150, -1.7],
    ],
    scaleBy: { feature: "effOnTime", curve: SLOW_RECOVERY },
    goals: ALL_GOALS,
    behaviour: true,
    codes: { negative: "OVERDUE_SEVERE" },
    param: { name: "days", feature: "maxOverdueDays" },
    sources: [SEEDS.weilidai, SEEDS.mybank],
    section: "repayment",
    anchors: { all: "after-cut#overdue-recovery" },
  },
  {
    id: "overdueRepeat",
    dimension: "repayment",
    feature: "overdueRepeat",
    curve: [
      [0, 0],
      [1, -0.4],
      [2, -0.7],
      [4, -1.1],
      [9, -1.6],
    ],
    scaleBy: { feature: "effOnTime", curve: SLOW_RECOVERY },
    goals: ALL_GOALS,
    behaviour: true,
    codes: { negative: "OVERDUE_REPEAT" },
    param: { name: "count", feature: "overdueCount" },
    sources: [SEEDS.general, SEEDS.huabei],
    section: "repayment",
  },
  {
    id: "autopay",
    dimension: "repayment",
    feature: "autopay",
    curve: [
      [0, 0],
      [1, 0.08],
    ],
    goals: ALL_GOALS,
    behaviour: true,
    codes: { positive: "AUTOPAY_ON" },
    sources: [SEEDS.jiebeiRestore],
    section: "repayment",
  },
  {
    id: "creditCard",
    dimension: "repayment",
    feature: "creditCardMonths",
    // +0.446 on 微粒贷 makes "open" 1.37× likelier at the reference (25% → 34.25%), seed 004's +37%.
    curve: [
      [0, 0],
      [3, 0.15],
      [6, 0.446],
    ],
    goals: ALL_GOALS,
    behaviour: true,
    codes: { positive: "CREDIT_CARD_RECORD" },
    param: { name: "months", feature: "creditCardMonths" },
    sources: [SEEDS.weilidai, SEEDS.huabei],
    section: "credit-history",
  },
  {
    id: "zhima",
    dimension: "repayment",
    feature: "zhima",
    unknownIsZero: true,
    curve: [
      [350, -1.2],
      [550, -0.5],
      [600, -0.25],
      [650, 0],
      [700, 0.25],
      [750, 0.45],
      [800, 0.6],
      [950, 0.7],
    ],
    goals: ALL_GOALS,
    platformOnly: true,
    behaviour: true,
    codes: { positive: "ZHIMA_HIGH", negative: "ZHIMA_LOW" },
    param: { name: "score", feature: "zhima" },
    sources: [SEEDS.huabei, SEEDS.mybank],
    section: "credit-history",
    anchors: { huabei: "huabei#zhima" },
  },
];
