/**
 * Restore context (降额恢复): what caused the cut, how long ago, and how deep.
 * These describe the situation rather than a dimension of the borrower, so
 * they carry `dimension: null`.
 *
 * Seeds 001 and 003 list the causes: not using the line (网商贷 hands unused
 * lines to others — the easiest to reverse: use it again), an overdue here or
 * on another product (heals with the on-time record), debt, a struggling shop,
 * regulation or platform policy (not the borrower's doing: see the
 * POLICY_CUT gate), and malicious arbitrage / cash-out (may end in a permanent
 * freeze: see the freeze gate). The depth curve is our assumption: the seed
 * case (001) came back from a third of the former line.
 */
import { SEEDS } from "../sources";
import { RESTORE_ONLY, type FactorSpec } from "./types";

export const RESTORE_FACTORS: readonly FactorSpec[] = [
  {
    id: "cutReason",
    dimension: null,
    feature: "cutReason",
    // Indexed: overdue, unused, debt, shop, policy, cashout, unknown (reference).
    curve: [
      [0, -0.2],
      [1, 0.4],
      [2, -0.2],
      [3, -0.1],
      [4, -0.3],
      [5, -2.0],
      [6, 0],
    ],
    goals: RESTORE_ONLY,
    behaviour: false,
    codes: { byValue: ["CUT_OVERDUE", "CUT_UNUSED", "CUT_DEBT", "CUT_SHOP", "CUT_POLICY", "CUT_CASHOUT", "CUT_UNKNOWN"] },
    sources: [SEEDS.jiebeiRestore, SEEDS.mybank],
    section: "restore",
    anchors: { all: "after-cut#why-cut" },
  },
  {
    id: "cutAge",
    dimension: null,
    feature: "cutMonthsAgo",
    unknownIsZero: true,
    // Right after a cut the system has just judged you; reviews are periodic (001, 003).
    curve: [
      [0, -0.4],
      [1, -0.3],
      [3, 0],
      [6, 0.15],
    ],
    goals: RESTORE_ONLY,
    behaviour: false,
    codes: { positive: "CUT_SETTLED", negative: "CUT_RECENT" },
    param: { name: "months", feature: "cutMonthsAgo" },
    sources: [SEEDS.jiebeiRestore, SEEDS.mybank],
    section: "restore",
    anchors: { all: "after-cut#restore-timeline" },
  },
  {
    id: "cutDepth",
    dimension: null,
    feature: "cutRatio",
    unknownIsZero: true,
    curve: [
      [0, -0.6],
      [0.1, -0.4],
      [0.33, -0.15],
      [0.5, 0],
      [0.8, 0.2],
      [1, 0.3],
    ],
    goals: RESTORE_ONLY,
    behaviour: false,
    codes: { positive: "CUT_SHALLOW", negative: "CUT_DEEP" },
    param: { name: "percent", feature: "cutRatio", times: 100 },
    sources: [SEEDS.jiebeiRestore],
    section: "restore",
    anchors: { all: "after-cut#restore-timeline" },
  },
];

/** Where each cut cause is explained (by cut-reason index). */
export const CUT_REASON_ANCHORS = [
  "after-cut#overdue-recovery",
  "after-cut#unused-cut",
  "after-cut#why-cut",
  "after-cut#why-cut",
  "after-cut#policy-cut",
  "after-cut#freeze",
  "after-cut#why-cut",
] as const;
