/**
 * Precomputed tables: the factor curves as flat typed arrays, and one weight
 * table per (platform, goal, policy-cut) — 30 in all, built once at import.
 *
 * A weight is `dimension weight × platform factor weight × goal multiplier`,
 * damped to `POLICY_DAMPING` for behaviour factors when a cut came from
 * policy. Nothing here depends on the borrower, so `assess` allocates none
 * of it.
 */
import { DIMENSIONS, GOALS, PLATFORMS, type Goal } from "./constants";
import { FACTORS, FACTOR_COUNT, type Curve } from "./factors";
import { X } from "./features";
import { logit } from "./math";
import { PLATFORM_PROFILES, type PlatformProfile } from "./platforms";

/**
 * After a policy cut the borrower's behaviour moves the chance at 40% of its
 * usual weight: the decision is mostly not theirs (seed 001).
 */
export const POLICY_DAMPING = 0.4;

// ---------------------------------------------------------------------------
// Curves

function flatten(curves: readonly (Curve | undefined)[]) {
  const start = new Int32Array(curves.length);
  const end = new Int32Array(curves.length);
  const xs: number[] = [];
  const ys: number[] = [];
  curves.forEach((curve, i) => {
    start[i] = xs.length;
    for (const [x, y] of curve ?? []) {
      xs.push(x);
      ys.push(y);
    }
    end[i] = xs.length;
  });
  return { start, end, xs: Float64Array.from(xs), ys: Float64Array.from(ys) };
}

const main = flatten(FACTORS.map((f) => f.curve));
const scale = flatten(FACTORS.map((f) => f.scaleBy?.curve));

export const CURVE_START = main.start;
export const CURVE_END = main.end;
export const CURVE_X = main.xs;
export const CURVE_Y = main.ys;
export const SCALE_START = scale.start;
export const SCALE_END = scale.end;
export const SCALE_X = scale.xs;
export const SCALE_Y = scale.ys;
export const FEATURE_OF = Int32Array.from(FACTORS.map((f) => X[f.feature]));
export const SCALE_FEATURE_OF = Int32Array.from(FACTORS.map((f) => (f.scaleBy ? X[f.scaleBy.feature] : -1)));
export const UNKNOWN_IS_ZERO = Uint8Array.from(FACTORS.map((f) => (f.unknownIsZero ? 1 : 0)));
/** Dimension index of each factor, -1 for restore context. */
export const DIMENSION_OF = Int8Array.from(FACTORS.map((f) => (f.dimension ? DIMENSIONS.indexOf(f.dimension) : -1)));

/** Piecewise-linear, flat outside its knots; exact at a knot (so categorical curves are lookups). */
export function curveAt(xs: Float64Array, ys: Float64Array, start: number, end: number, x: number): number {
  if (x <= xs[start]!) return ys[start]!;
  const last = end - 1;
  if (x >= xs[last]!) return ys[last]!;
  let k = start + 1;
  while (xs[k]! < x) k++;
  const x1 = xs[k]!;
  if (x1 === x) return ys[k]!;
  const x0 = xs[k - 1]!;
  const y0 = ys[k - 1]!;
  return y0 + ((x - x0) / (x1 - x0)) * (ys[k]! - y0);
}

// ---------------------------------------------------------------------------
// Weight tables

export interface ScoreTable {
  readonly profile: PlatformProfile;
  readonly goal: Goal;
  readonly goalIndex: number;
  readonly policy: boolean;
  /** logit of the reference borrower's chance. */
  readonly intercept: number;
  readonly horizonMonths: number;
  /** The product's public maximum line (Infinity when none is known). */
  readonly maxLimit: number;
  readonly weights: Float64Array;
  /** Factor indices with a non-zero weight, in scorecard order. */
  readonly active: Int32Array;
  /** Lowest and highest points each dimension can reach, and its share of the total range. */
  readonly dimMin: Float64Array;
  readonly dimMax: Float64Array;
  readonly dimWeight: Float64Array;
}

function extremes(curve: Curve, unknownIsZero: boolean): [number, number] {
  const ys = curve.map(([, y]) => y);
  if (unknownIsZero) ys.push(0);
  return [Math.min(...ys), Math.max(...ys)];
}

function buildTable(profile: PlatformProfile, goal: Goal, policy: boolean): ScoreTable {
  const weights = new Float64Array(FACTOR_COUNT);
  const dimMin = new Float64Array(DIMENSIONS.length);
  const dimMax = new Float64Array(DIMENSIONS.length);
  FACTORS.forEach((spec, i) => {
    const dim = spec.dimension;
    const dimWeight = dim ? (profile.goalDimensionWeights?.[goal]?.[dim] ?? profile.dimensionWeights[dim]) : 1;
    const factorWeight = profile.factorWeights[spec.id] ?? (spec.platformOnly ? 0 : 1);
    const damping = policy && spec.behaviour ? POLICY_DAMPING : 1;
    const w = dimWeight * factorWeight * spec.goals[goal] * damping;
    weights[i] = w;
    if (!dim || w === 0) return;
    const [lo, hi] = extremes(spec.curve, spec.unknownIsZero === true);
    // Every curve passes through 0 (the reference), and a recovery scale lies in [0, 1].
    const d = DIMENSIONS.indexOf(dim);
    dimMin[d] = dimMin[d]! + w * Math.min(lo, 0);
    dimMax[d] = dimMax[d]! + w * Math.max(hi, 0);
  });
  const ranges = DIMENSIONS.map((_, d) => dimMax[d]! - dimMin[d]!);
  const total = ranges.reduce((a, r) => a + r, 0);
  const dimWeight = Float64Array.from(ranges.map((r) => Math.round((1000 * r) / total) / 1000));
  const active = Int32Array.from(Array.from(weights).flatMap((w, i) => (w !== 0 ? [i] : [])));
  return {
    profile,
    goal,
    goalIndex: GOALS.indexOf(goal),
    policy,
    intercept: logit(profile.referenceChance[goal]),
    horizonMonths: profile.horizonMonths[goal],
    maxLimit: profile.maxLimit ?? Infinity,
    weights,
    active,
    dimMin,
    dimMax,
    dimWeight,
  };
}

/** `TABLES[(platform * 3 + goal) * 2 + policy]`. */
const TABLES: readonly ScoreTable[] = PLATFORMS.flatMap((p) =>
  GOALS.flatMap((g) => [false, true].map((policy) => buildTable(PLATFORM_PROFILES[p], g, policy))),
);

export function tableFor(platformIndex: number, goalIndex: number, policy: boolean): ScoreTable {
  return TABLES[(platformIndex * GOALS.length + goalIndex) * 2 + (policy ? 1 : 0)]!;
}

export function allTables(): readonly ScoreTable[] {
  return TABLES;
}
