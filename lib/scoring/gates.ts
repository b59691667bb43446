/**
 * Hard gates and warnings.
 *
 * A gate caps the probability where the domain says behaviour elsewhere
 * cannot compensate. The cap is part of the additive explanation: when it
 * binds, a `CAP_*` reason carries `logit(cap) - raw score` points, so the
 * intercept plus all points still equals the final log-odds. Only the lowest
 * triggered cap binds (gates are listed from the lowest cap up).
 *
 * Warnings are the things the borrower must hear first; several can apply.
 */
import type { GuideAnchor } from "../guides/anchors";
import { PLATFORMS, type GateReasonCode, type Severity, type WarningCode } from "./constants";
import type { Profile } from "./features";
import { invitationAnchor, platformAnchor } from "./guide";
import { logit } from "./math";
import { PLATFORM_PROFILES } from "./platforms";
import { SEEDS, type SourceId } from "./sources";
import type { ScoreTable } from "./tables";
import type { Warning } from "./types";


export interface GateSpec {
  code: GateReasonCode;
  /** Highest probability the model allows while the gate is on. */
  cap: number;
  capLogit: number;
  sources: readonly SourceId[];
  why: string;
}

const gate = (code: GateReasonCode, cap: number, sources: readonly SourceId[], why: string): GateSpec => ({
  code,
  cap,
  capLogit: logit(cap),
  sources,
  why,
});

export const GATES: readonly GateSpec[] = [
  gate("CAP_MAX_LIMIT", 0.02, [SEEDS.weilidai], "the line is already at the product's public maximum"),
  gate("CAP_CURRENT_OVERDUE", 0.03, [SEEDS.general, SEEDS.weilidai, SEEDS.mybank], "an open overdue blocks everything"),
  gate("CAP_FREEZE", 0.05, [SEEDS.jiebeiRestore], "cash-out / arbitrage cuts may be permanent freezes"),
  gate("CAP_REAL_NAME", 0.05, [SEEDS.weilidai], "real-name verification is the precondition to be invited"),
  gate("CAP_CASH_OUT", 0.08, [SEEDS.huabei, SEEDS.jiebeiRestore], "cash-out leads to cuts or bans"),
  gate("CAP_RESTRICTED_PURPOSE", 0.12, [SEEDS.weilidai], "house purchase or stocks lead to freezes"),
  gate("CAP_POLICY_CUT", 0.2, [SEEDS.jiebeiRestore], "a policy cut is not the borrower's to undo"),
];

export const GATE_INDEX: Readonly<Record<GateReasonCode, number>> = Object.fromEntries(
  GATES.map((g, i) => [g.code, i]),
) as Record<GateReasonCode, number>;


/** The binding gate (lowest cap that applies), or -1. Allocation-free: it runs in every re-score. */
export function bindingGate(f: Profile, t: ScoreTable): number {
  if (t.goalIndex === 0 /* goal: raise */ && f[2 /* limitCurrent */]! >= t.maxLimit) return 0 /* gate: CAP_MAX_LIMIT */;
  if (f[10 /* currentlyOverdue */]! > 0) return 1 /* gate: CAP_CURRENT_OVERDUE */;
  if (f[57 /* cashoutCut */]! > 0) return 2 /* gate: CAP_FREEZE */;
  if (t.goalIndex === 2 /* goal: open */ && f[27 /* realName */]! < 1) return 3 /* gate: CAP_REAL_NAME */;
  // Only ongoing misuse (1) is gated; a stopped one (fading 1 → 0 in the plan) only costs points.
  if (f[21 /* cashOut */]! >= 1) return 4 /* gate: CAP_CASH_OUT */;
  if (f[22 /* restrictedPurpose */]! >= 1) return 5 /* gate: CAP_RESTRICTED_PURPOSE */;
  if (f[56 /* policyCut */]! > 0) return 6 /* gate: CAP_POLICY_CUT */;
  return -1;
}

/** The final log-odds: the raw scorecard sum, capped by the binding gate. */
export function gatedLogit(f: Profile, t: ScoreTable, raw: number): number {
  const g = bindingGate(f, t);
  if (g < 0) return raw;
  const cap = GATES[g]!.capLogit;
  return raw > cap ? cap : raw;
}

// ---------------------------------------------------------------------------
// Warnings

/** 4+ lenders, repayments ≥60% of income, 4+ applications in 3 months, or a maxed line across 3+ lenders. */
export function overBorrowing(f: Profile, t: ScoreTable): boolean {
  return (
    f[14 /* lenders */]! >= 4 ||
    f[53 /* dti */]! >= 0.6 ||
    f[15 /* applications */]! >= 4 ||
    (t.goal !== "open" && f[4 /* usedPercent */]! >= 90 && f[14 /* lenders */]! >= 3)
  );
}

/**
 * The guide anchors warnings link to, per platform (index), built once: `platformAnchor` concatenates
 * a new string on every call, which `assess` would otherwise pay for each warning.
 */
const WARNING_ANCHORS = PLATFORMS.map((id) => {
  const p = PLATFORM_PROFILES[id];
  return {
    repayment: platformAnchor(p, "repayment"),
    avoid: platformAnchor(p, "avoid"),
    scams: platformAnchor(p, "scams"),
    debt: platformAnchor(p, "debt"),
    profile: platformAnchor(p, "profile"),
    /** Waiting for an invitation: the product's invitation section says what it checks first. */
    openProfile: invitationAnchor(p) || platformAnchor(p, "profile"),
    invitationOnly: p.id === "weilidai" || p.id === "mybank",
  };
});

// Warnings are collected here, then copied into an array of the exact size (cheaper than growing one).
const FOUND: Warning[] = [];

/** The borrower's warnings, critical ones first. */
export function collectWarnings(f: Profile, t: ScoreTable): Warning[] {
  const a = WARNING_ANCHORS[f[0 /* platform */]!]!;
  const open = t.goalIndex === 2 /* goal: open */;
  let n = 0;
  const cashOut = f[21 /* cashOut */]! > 0;
  const restricted = f[22 /* restrictedPurpose */]! > 0;
  const offer = f[47 /* thirdParty */]! > 0;
  // critical
  if (f[10 /* currentlyOverdue */]! > 0) FOUND[n++] = warning("CURRENT_OVERDUE", "critical", a.repayment);
  if (cashOut) FOUND[n++] = warning("CASH_OUT", "critical", a.avoid);
  if (restricted) FOUND[n++] = warning("RESTRICTED_PURPOSE", "critical", a.avoid);
  if (cashOut || restricted || f[57 /* cashoutCut */]! > 0) FOUND[n++] = warning("FREEZE_RISK", "critical", "after-cut#freeze");
  if (offer) FOUND[n++] = warning("SCAM_RISK", "critical", a.scams);
  // warning
  if (!(cashOut || restricted || f[57 /* cashoutCut */]! > 0) && f[48 /* lendsAccount */]! > 0)
    FOUND[n++] = warning("FREEZE_RISK", "warning", "after-cut#freeze");
  if (f[56 /* policyCut */]! > 0) FOUND[n++] = warning("POLICY_CUT", "warning", "after-cut#policy-cut");
  if (overBorrowing(f, t)) FOUND[n++] = warning("OVER_BORROWING", "warning", a.debt);
  if (f[27 /* realName */]! < 1) FOUND[n++] = warning("REAL_NAME_REQUIRED", "warning", open ? a.openProfile : a.profile);
  // info: where scammers hunt — people waiting for an invitation or a restore
  if (!offer && (t.goalIndex === 1 /* goal: restore */ || (open && a.invitationOnly)))
    FOUND[n++] = warning("SCAM_RISK", "info", a.scams);
  const out = new Array<Warning>(n);
  for (let k = 0; k < n; k++) out[k] = FOUND[k]!;
  return out;
}

function warning(code: WarningCode, severity: Severity, guideAnchor: GuideAnchor): Warning {
  return { code, severity, guideAnchor };
}
