/**
 * Ecosystem and platform-only actions: everyday payments, savings built over
 * a quarter, a credit card (only as old as the months since it was issued, and
 * one inquiry), campaigns, 微粒贷 account stability and social circle, 网商贷
 * shop health.
 */
import { FACTOR_INDEX } from "../factors";
import { TREND_DOWN, TREND_FLAT, X as SLOT } from "../features";
import { at, fraction, section, hasWeight, type ActionDef } from "./types";

/** Feature slots (a module-local alias: cheaper than an imported binding in hot code). */
const X = SLOT;

// Platform-only factors these actions need switched on.
const F_DEVICE = FACTOR_INDEX.deviceChanges!;
const F_GROUPS = FACTOR_INDEX.riskyGroups!;
const F_SHOP = FACTOR_INDEX.shopReviews!;

export const ECOSYSTEM_ACTIONS: readonly ActionDef[] = [
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
