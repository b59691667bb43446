/**
 * Blocking actions: nothing else counts while they stand — an open overdue,
 * ongoing cash-out or misuse, a lent-out account, a third-party "channel".
 */
import { X as SLOT } from "../features";
import { platformAnchor } from "../guide";
import { at, section, residual, type ActionDef } from "./types";

/** Feature slots (a module-local alias: cheaper than an imported binding in hot code). */
const X = SLOT;

export const BLOCKING_ACTIONS: readonly ActionDef[] = [
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
];
