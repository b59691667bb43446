/**
 * Reasons: the scorecard, itemised.
 *
 * One reason per factor with non-zero points, plus the binding gate's cap
 * when it lowers the score. `intercept + Σ points = logOdds` holds exactly
 * (up to floating-point rounding), so the explanation is the model itself.
 * Reasons are ordered by the size of their effect.
 */
import type { GuideAnchor } from "../guides/anchors";
import { PLATFORMS, type FactorReasonCode } from "./constants";
import { FACTORS, FACTOR_COUNT, type FactorSpec } from "./factors";
import { CUT_REASON_ANCHORS } from "./factors/restore";
import { X, type Profile } from "./features";
import { GATES } from "./gates";
import { platformAnchor } from "./guide";
import { impactOf } from "./math";
import { PLATFORM_PROFILES } from "./platforms";
import type { MessageParams, Reason } from "./types";

/** The reason code a factor shows for a value and the sign of its points. */
export function reasonCodeFor(spec: FactorSpec, value: number, points: number): FactorReasonCode {
  const c = spec.codes;
  if ("byValue" in c) return c.byValue[value]!;
  if (points > 0) return c.positive!;
  if (c.negativeBelow && value < c.negativeBelow.x) return c.negativeBelow.code;
  return c.negative!;
}

function factorAnchor(spec: FactorSpec, platformIndex: number): GuideAnchor {
  const profile = PLATFORM_PROFILES[PLATFORMS[platformIndex]!];
  return spec.anchors?.[profile.id] ?? spec.anchors?.all ?? platformAnchor(profile, spec.section);
}

/** `[platform][factor]` guide anchors, built once. */
const FACTOR_ANCHORS: readonly (readonly GuideAnchor[])[] = PLATFORMS.map((_, p) =>
  FACTORS.map((spec) => factorAnchor(spec, p)),
);

const GATE_SECTIONS = {
  CAP_MAX_LIMIT: "how-it-works",
  CAP_CURRENT_OVERDUE: "repayment",
  CAP_REAL_NAME: "profile",
  CAP_CASH_OUT: "avoid",
  CAP_RESTRICTED_PURPOSE: "avoid",
} as const;

/** `[platform][gate]` guide anchors. */
const GATE_ANCHORS: readonly (readonly GuideAnchor[])[] = PLATFORMS.map((id) =>
  GATES.map((g): GuideAnchor => {
    if (g.code === "CAP_FREEZE") return "after-cut#freeze";
    if (g.code === "CAP_POLICY_CUT") return "after-cut#policy-cut";
    return platformAnchor(PLATFORM_PROFILES[id], GATE_SECTIONS[g.code]);
  }),
);

const CUT_REASON_FACTOR = FACTORS.findIndex((f) => f.id === "cutReason");

/** Literal objects per name keep one object shape per param (faster than a computed key). */
function param(name: string, v: number): MessageParams {
  switch (name) {
    case "months":
      return { months: v };
    case "days":
      return { days: v };
    case "count":
      return { count: v };
    case "percent":
      return { percent: v };
    case "amount":
      return { amount: v };
    case "score":
      return { score: v };
    case "level":
      return { level: v };
    default:
      return { [name]: v };
  }
}

function paramsOf(spec: FactorSpec, f: Profile): MessageParams | undefined {
  const p = spec.param;
  if (!p) return undefined;
  return param(p.name, Math.round(f[X[p.feature]]! * (p.times ?? 1)));
}

// Scratch for sorting: factor indices (FACTOR_COUNT stands for the gate) and their |points|.
const ORDER = new Int32Array(FACTOR_COUNT + 1);
const SIZE = new Float64Array(FACTOR_COUNT + 1);

/**
 * @param pts   points per factor (from `scoreFull`)
 * @param gate  the binding gate index, or -1
 * @param capPoints  `final - raw` when the gate lowered the score (< 0), else 0
 */
export function buildReasons(f: Profile, pts: Float64Array, gate: number, capPoints: number): Reason[] {
  let n = 0;
  for (let i = 0; i <= FACTOR_COUNT; i++) {
    const p = i === FACTOR_COUNT ? capPoints : pts[i]!;
    if (p === 0) continue;
    const size = p < 0 ? -p : p;
    // Insertion sort: largest effect first, scorecard order among equals.
    let j = n++;
    while (j > 0 && SIZE[j - 1]! < size) {
      ORDER[j] = ORDER[j - 1]!;
      SIZE[j] = SIZE[j - 1]!;
      j--;
    }
    ORDER[j] = i;
    SIZE[j] = size;
  }
  const platformIndex = f[X.platform]!;
  const anchors = FACTOR_ANCHORS[platformIndex]!;
  const out: Reason[] = new Array<Reason>(n);
  for (let k = 0; k < n; k++) {
    const i = ORDER[k]!;
    if (i === FACTOR_COUNT) {
      const g = GATES[gate]!;
      out[k] = {
        code: g.code,
        direction: "negative",
        impact: impactOf(capPoints),
        points: capPoints,
        factor: "gate",
        dimension: null,
        sources: g.sources,
        guideAnchor: GATE_ANCHORS[platformIndex]![gate]!,
        params: undefined,
      };
      continue;
    }
    const spec = FACTORS[i]!;
    const points = pts[i]!;
    const value = f[X[spec.feature]]!;
    // Every reason has the same keys (params undefined when the message needs none): one object shape.
    out[k] = {
      code: reasonCodeFor(spec, value, points),
      direction: points > 0 ? "positive" : "negative",
      impact: impactOf(points),
      points,
      factor: spec.id,
      dimension: spec.dimension,
      sources: spec.sources,
      guideAnchor: i === CUT_REASON_FACTOR ? CUT_REASON_ANCHORS[value]! : anchors[i]!,
      params: paramsOf(spec, f),
    };
  }
  return out;
}
