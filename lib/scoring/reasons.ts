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

const PARAM_NAMES = ["", "months", "days", "count", "percent", "amount", "score", "level"] as const;

/**
 * What a reason needs to know about its factor, one object per factor. Every template has the same
 * keys in the same order (one object shape), so the hot loop reads plain fields of one object instead
 * of a dozen parallel arrays, each with its own bounds check.
 */
interface ReasonTemplate {
  factor: string;
  dimension: Reason["dimension"];
  sources: Reason["sources"];
  /** Feature slot whose value picks the code (and the cut reason's guide anchor). */
  slot: number;
  byValue: readonly FactorReasonCode[] | null;
  positive: FactorReasonCode | undefined;
  negative: FactorReasonCode | undefined;
  /** Below this value a negative reason uses `belowCode` (-Infinity: never). */
  belowX: number;
  belowCode: FactorReasonCode | undefined;
  /** Index in `PARAM_NAMES` of the message's placeholder (0: none), where its value comes from, and its unit factor. */
  paramKind: number;
  paramSlot: number;
  paramTimes: number;
}

const TEMPLATES: readonly ReasonTemplate[] = FACTORS.map((f): ReasonTemplate => {
  const c = f.codes;
  const byValue = "byValue" in c ? c.byValue : null;
  const paramKind = f.param ? PARAM_NAMES.indexOf(f.param.name as never) : 0;
  if (paramKind < 0) throw new Error(`factor ${f.id}: its param has no message-param kind`);
  return {
    factor: f.id,
    dimension: f.dimension,
    sources: f.sources,
    slot: X[f.feature],
    byValue,
    positive: "byValue" in c ? undefined : c.positive,
    negative: "byValue" in c ? undefined : c.negative,
    belowX: "byValue" in c ? -Infinity : (c.negativeBelow?.x ?? -Infinity),
    belowCode: "byValue" in c ? undefined : c.negativeBelow?.code,
    paramKind,
    paramSlot: f.param ? X[f.param.feature] : 0,
    paramTimes: f.param?.times ?? 1,
  };
});

/** `math.impactOf`, local to the hot loop: |points| ≥0.5 high, ≥0.2 medium, else low. */
function impactOf(points: number): Impact {
  const a = points < 0 ? -points : points;
  return a >= 0.5 ? "high" : a >= 0.2 ? "medium" : "low";
}

/** The reason code of a factor for a value and the sign of its points (template version of `reasonCodeFor`). */
function codeOf(r: ReasonTemplate, value: number, points: number): FactorReasonCode {
  const byValue = r.byValue;
  if (byValue !== null) return byValue[value]!;
  if (points > 0) return r.positive!;
  return value < r.belowX ? r.belowCode! : r.negative!;
}

/** Literal objects per name keep one object shape per param (faster than a computed key). */
function paramsOf(r: ReasonTemplate, f: Profile): MessageParams | undefined {
  const kind = r.paramKind;
  if (kind === 0) return undefined;
  const v = Math.round(f[r.paramSlot]! * r.paramTimes);
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
  const templates = TEMPLATES;
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
    const r = templates[i]!;
    const value = f[r.slot]!;
    // Every reason has the same keys (params undefined when the message needs none): one object shape.
    out[k] = {
      code: codeOf(r, value, points),
      direction: points > 0 ? "positive" : "negative",
      impact: impactOf(points),
      points,
      factor: r.factor,
      dimension: r.dimension,
      sources: r.sources,
      guideAnchor: i === CUT_REASON_FACTOR ? CUT_REASON_ANCHORS[value]! : anchors[i]!,
      params: paramsOf(r, f),
    };
  }
  return out;
}
