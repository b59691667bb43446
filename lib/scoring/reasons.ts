/**
 * Reasons: the scorecard, itemised.
 *
 * One reason per factor with non-zero points, plus the binding gate's cap
 * when it lowers the score. `intercept + Σ points = logOdds` holds exactly
 * (up to floating-point rounding), so the explanation is the model itself.
 * Reasons are ordered by the size of their effect.
 */
import type { GuideAnchor } from "../guides/anchors";
import { PLATFORMS, type FactorReasonCode, type Impact } from "./constants";
import { FACTORS, FACTOR_COUNT, type FactorSpec } from "./factors";
import { CUT_REASON_ANCHORS } from "./factors/restore";
import { X, type Profile } from "./features";
import { GATES } from "./gates";
import { invitationAnchor, platformAnchor } from "./guide";
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
    const profile = PLATFORM_PROFILES[id];
    if (g.code === "CAP_REAL_NAME") return invitationAnchor(profile) ?? platformAnchor(profile, "profile");
    return platformAnchor(profile, GATE_SECTIONS[g.code]);
  }),
);

const CUT_REASON_FACTOR = FACTORS.findIndex((f) => f.id === "cutReason");

// Per-factor facts as flat arrays: every factor spec has its own object shape, so reading them in
// the hot path would be megamorphic.
const FACTOR_ID = FACTORS.map((f) => f.id);
const DIMENSION = FACTORS.map((f) => f.dimension);
const SOURCES = FACTORS.map((f) => f.sources);
const SLOT = FACTORS.map((f) => X[f.feature]);
const BY_VALUE = FACTORS.map((f) => ("byValue" in f.codes ? f.codes.byValue : null));
const POSITIVE = FACTORS.map((f) => ("byValue" in f.codes ? undefined : f.codes.positive));
const NEGATIVE = FACTORS.map((f) => ("byValue" in f.codes ? undefined : f.codes.negative));
const BELOW_X = Float64Array.from(FACTORS.map((f) => ("byValue" in f.codes ? -Infinity : (f.codes.negativeBelow?.x ?? -Infinity))));
const BELOW_CODE = FACTORS.map((f) => ("byValue" in f.codes ? undefined : f.codes.negativeBelow?.code));
const PARAM_NAMES = ["", "months", "days", "count", "percent", "amount", "score", "level"] as const;
const PARAM_KIND = Int8Array.from(FACTORS.map((f) => (f.param ? PARAM_NAMES.indexOf(f.param.name as never) : 0)));
const PARAM_SLOT = Int32Array.from(FACTORS.map((f) => (f.param ? X[f.param.feature] : 0)));
const PARAM_TIMES = Float64Array.from(FACTORS.map((f) => f.param?.times ?? 1));
if (PARAM_KIND.some((k) => k < 0)) throw new Error("a factor param has no message-param kind");

/** `math.impactOf`, local to the hot loop: |points| ≥0.5 high, ≥0.2 medium, else low. */
function impactOf(points: number): Impact {
  const a = points < 0 ? -points : points;
  return a >= 0.5 ? "high" : a >= 0.2 ? "medium" : "low";
}

/** The reason code of factor `i` for a value and the sign of its points (flat-array version of `reasonCodeFor`). */
function codeOf(i: number, value: number, points: number): FactorReasonCode {
  const byValue = BY_VALUE[i];
  if (byValue) return byValue[value]!;
  if (points > 0) return POSITIVE[i]!;
  return value < BELOW_X[i]! ? BELOW_CODE[i]! : NEGATIVE[i]!;
}

/** Literal objects per name keep one object shape per param (faster than a computed key). */
function paramsOf(i: number, f: Profile): MessageParams | undefined {
  const kind = PARAM_KIND[i]!;
  if (kind === 0) return undefined;
  const v = Math.round(f[PARAM_SLOT[i]!]! * PARAM_TIMES[i]!);
  switch (kind) {
    case 1:
      return { months: v };
    case 2:
      return { days: v };
    case 3:
      return { count: v };
    case 4:
      return { percent: v };
    case 5:
      return { amount: v };
    case 6:
      return { score: v };
    default:
      return { level: v };
  }
}

// Scratch for sorting: factor indices (FACTOR_COUNT stands for the gate) and their |points|.
const ORDER = new Int32Array(FACTOR_COUNT + 1);
const SIZE = new Float64Array(FACTOR_COUNT + 1);

/**
 * Insert reason candidate `i` of effect `size` into the first `n` sorted entries of `order`/`sizes`:
 * largest first, earlier first among equals. The scratch arrays come in as arguments so the loop reads
 * them from registers instead of the module scope on every step.
 */
function insert(order: Int32Array, sizes: Float64Array, n: number, i: number, size: number): void {
  let j = n;
  while (j > 0 && sizes[j - 1]! < size) {
    order[j] = order[j - 1]!;
    sizes[j] = sizes[j - 1]!;
    j--;
  }
  order[j] = i;
  sizes[j] = size;
}

/**
 * @param pts     points per factor (from `scoreFull`)
 * @param active  the table's factors with a weight (the only ones that can have points), in scorecard order
 * @param gate    the binding gate index, or -1
 * @param capPoints  `final - raw` when the gate lowered the score (< 0), else 0
 */
export function buildReasons(f: Profile, pts: Float64Array, active: Int32Array, gate: number, capPoints: number): Reason[] {
  const order = ORDER;
  const sizes = SIZE;
  let n = 0;
  for (let k = 0; k < active.length; k++) {
    const i = active[k]!;
    const p = pts[i]!;
    if (p !== 0) insert(order, sizes, n++, i, p < 0 ? -p : p);
  }
  // The gate's cap comes after every factor in scorecard order (index FACTOR_COUNT).
  if (capPoints !== 0) insert(order, sizes, n++, FACTOR_COUNT, -capPoints);
  const platformIndex = f[X.platform]!;
  const anchors = FACTOR_ANCHORS[platformIndex]!;
  const out: Reason[] = new Array<Reason>(n);
  for (let k = 0; k < n; k++) {
    const i = order[k]!;
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
    const points = pts[i]!;
    const value = f[SLOT[i]!]!;
    // Every reason has the same keys (params undefined when the message needs none): one object shape.
    out[k] = {
      code: codeOf(i, value, points),
      direction: points > 0 ? "positive" : "negative",
      impact: impactOf(points),
      points,
      factor: FACTOR_ID[i]!,
      dimension: DIMENSION[i]!,
      sources: SOURCES[i]!,
      guideAnchor: i === CUT_REASON_FACTOR ? CUT_REASON_ANCHORS[value]! : anchors[i]!,
      params: paramsOf(i, f),
    };
  }
  return out;
}
