/**
 * Debt (负债): repayment burden against income, borrowing from many lenders at
 * once (多头借贷) and recent applications (each one an inquiry on the report).
 *
 * Seed 000: high total debt, debt out of proportion to income, or loans on
 * several platforms make a platform hold back a raise — or cut — even while
 * repayments are on time. Seeds 002 and 004: frequent applications (and
 * frequent raise requests) weigh on the credit record.
 */
import { SEEDS } from "../sources";
import { ALL_GOALS, type FactorSpec } from "./types";

export const DEBT_FACTORS: readonly FactorSpec[] = [
  {
    id: "debtToIncome",
    dimension: "debt",
    feature: "dti",
    // Reference: a quarter of income goes to repayments.
    curve: [
      [0, 0.25],
      [0.25, 0],
      [0.5, -0.5],
      [0.7, -1.0],
      [1.0, -1.6],
      [1.5, -2.0],
    ],
    goals: ALL_GOALS,
    behaviour: true,
    codes: { positive: "DEBT_LOW", negative: "DEBT_HIGH" },
    param: { name: "percent", feature: "dti", times: 100 },
    sources: [SEEDS.general],
    section: "debt",
  },
  {
    id: "income",
    dimension: "debt",
    feature: "income",
    curve: [
      [0, -0.6],
      [3000, -0.2],
      [6000, 0],
      [15000, 0.2],
      [30000, 0.3],
    ],
    goals: ALL_GOALS,
    behaviour: true,
    codes: { positive: "INCOME_HIGH", negative: "INCOME_LOW" },
    param: { name: "amount", feature: "income" },
    sources: [SEEDS.general, SEEDS.huabei],
    section: "debt",
  },
  {
    id: "lenders",
    dimension: "debt",
    feature: "lenders",
    curve: [
      [0, 0.1],
      [2, 0],
      [3, -0.3],
      [4, -0.6],
      [5, -0.9],
      [8, -1.5],
    ],
    goals: ALL_GOALS,
    behaviour: true,
    codes: { positive: "LENDERS_FEW", negative: "LENDERS_MANY" },
    param: { name: "count", feature: "lenders" },
    sources: [SEEDS.general],
    section: "debt",
  },
  {
    id: "applications",
    dimension: "debt",
    feature: "applications",
    curve: [
      [0, 0.05],
      [1, 0],
      [2, -0.15],
      [3, -0.35],
      [5, -0.7],
      [8, -1.1],
    ],
    goals: ALL_GOALS,
    behaviour: true,
    codes: { positive: "INQUIRIES_FEW", negative: "INQUIRIES_MANY" },
    param: { name: "count", feature: "applications" },
    sources: [SEEDS.huabei, SEEDS.weilidai],
    section: "debt",
  },
];
