/**
 * The scorecard sum — the inner loop of everything.
 *
 *   logOdds = intercept + Σ_factors weight × curve(feature) [× recovery]
 *
 * then capped by the binding gate (`gates.ts`). These functions allocate
 * nothing: they read a profile and write points into a caller's buffer.
 *
 * `rescore` re-scores an edited copy of a profile by recomputing only the
 * factors whose inputs changed — the same model, only cheaper, which is what
 * lets the checklist and the plan re-run it two dozen times per assessment.
 */
import { FEATURE_COUNT, type Profile } from "./features";
import * as T from "./tables";
import type { ScoreTable } from "./tables";

/** `tables.curveAt` on one curve's own knots (views into the flat tables), repeated here so the hot loop has no cross-module call. */
function at(xs: Float64Array, ys: Float64Array, x: number): number {
  if (x <= xs[0]!) return ys[0]!;
  const last = xs.length - 1;
  if (x >= xs[last]!) return ys[last]!;
  let k = 1;
  while (xs[k]! < x) k++;
  const x1 = xs[k]!;
  if (x1 === x) return ys[k]!;
  const x0 = xs[k - 1]!;
  const y0 = ys[k - 1]!;
  return y0 + ((x - x0) / (x1 - x0)) * (ys[k]! - y0);
}

/**
 * What scoring factor i reads, one object per factor (all of one shape): the hot loops read plain
 * fields of one object instead of a dozen module-level typed arrays, each of which V8 re-loads and
 * checks on every use.
 */
interface FactorRow {
  /** Feature slot the curve reads. */
  readonly slot: number;
  /** A value below 0 means "not reported" and scores 0. */
  readonly unknownIsZero: boolean;
  readonly xs: Float64Array;
  readonly ys: Float64Array;
  /** The curve at 0, 1, … last knot when its knots are small whole numbers, else empty (see `lookupTable`). */
  readonly lut: Float64Array;
  /** Feature slot of the recovery scale, or -1; its curve and table as above. */
  readonly scale: number;
  readonly scaleXs: Float64Array;
  readonly scaleYs: Float64Array;
  readonly scaleLut: Float64Array;
}

/**
 * Lookup tables for curves whose knots are small whole numbers (months, counts, flags, categories,
 * percentages): the value at every integer 0…last knot, computed by `at` itself, so a lookup returns
 * the very same number. Non-integer inputs fall back to `at`.
 */
const LUT_MAX = 200;
const NONE = new Float64Array(0);
function lookupTable(xs: Float64Array, ys: Float64Array): Float64Array {
  if (xs.length === 0) return NONE;
  const last = xs[xs.length - 1]!;
  if (xs[0] !== 0 || last > LUT_MAX || !xs.every(Number.isInteger)) return NONE;
  return Float64Array.from({ length: last + 1 }, (_, x) => at(xs, ys, x));
}

const ROWS: readonly FactorRow[] = Array.from(T.FEATURE_OF, (slot, i): FactorRow => {
  const xs = T.CURVE_X.subarray(T.CURVE_START[i]!, T.CURVE_END[i]!);
  const ys = T.CURVE_Y.subarray(T.CURVE_START[i]!, T.CURVE_END[i]!);
  const scaleXs = T.SCALE_X.subarray(T.SCALE_START[i]!, T.SCALE_END[i]!);
  const scaleYs = T.SCALE_Y.subarray(T.SCALE_START[i]!, T.SCALE_END[i]!);
  return {
    slot,
    unknownIsZero: T.UNKNOWN_IS_ZERO[i] === 1,
    xs,
    ys,
    lut: lookupTable(xs, ys),
    scale: T.SCALE_FEATURE_OF[i]!,
    scaleXs,
    scaleYs,
    scaleLut: lookupTable(scaleXs, scaleYs),
  };
});

/** Points of a factor at weight `w`. */
function pointsOf(f: Profile, r: FactorRow, w: number): number {
  const x = f[r.slot]!;
  if (x < 0 && r.unknownIsZero) return 0;
  const lut = r.lut;
  const n = lut.length;
  const y = n > 0 && x >= 0 && (x | 0) === x ? lut[x < n ? x : n - 1]! : at(r.xs, r.ys, x);
  let p = w * y;
  const s = r.scale;
  if (s >= 0 && p !== 0) {
    const z = f[s]!;
    const scaleLut = r.scaleLut;
    const m = scaleLut.length;
    p *= m > 0 && z >= 0 && (z | 0) === z ? scaleLut[z < m ? z : m - 1]! : at(r.scaleXs, r.scaleYs, z);
  }
  return p;
}

/** Points of factor `i` at weight `w`. */
export function factorPoints(f: Profile, i: number, w: number): number {
  return pointsOf(f, ROWS[i]!, w);
}

/** Raw (ungated) log-odds; writes every factor's points into `pts` (0 for inactive factors). */
export function scoreFull(f: Profile, t: ScoreTable, pts: Float64Array): number {
  pts.fill(0);
  const active = t.active;
  const w = t.weights;
  const rows = ROWS;
  let sum = t.intercept;
  for (let k = 0; k < active.length; k++) {
    const i = active[k]!;
    const p = pointsOf(f, rows[i]!, w[i]!);
    pts[i] = p;
    sum += p;
  }
  return sum;
}

// For each feature slot, the factors that read it (as their input or their recovery scale).
const DEPENDENTS: readonly Int32Array[] = Array.from({ length: FEATURE_COUNT }, (_, slot) =>
  Int32Array.from(
    Array.from(T.FEATURE_OF.keys()).filter((i) => T.FEATURE_OF[i] === slot || T.SCALE_FEATURE_OF[i] === slot),
  ),
);
const MARK = new Int32Array(T.FEATURE_OF.length);
// No cache of points per factor: most re-scored factors have new inputs (about 60 of the 90 per
// assessment), so checking and refilling one cost more than scoring them (valgrind: 25k vs 17k
// instructions per assessment in `rescoreFactors`).
let stamp = 0;

/** Every feature slot, for a re-score that does not know what changed. */
export const ALL_SLOTS = Int32Array.from({ length: FEATURE_COUNT }, (_, i) => i);

/**
 * Raw log-odds of `f`, an edited copy of `base` whose points (`basePts`) and
 * raw log-odds (`baseRaw`) came from `scoreFull`. Only factors reading one of
 * the first `n` feature slots in `slots` — and only if that slot differs — are
 * recomputed; by additivity the result equals a full re-score (to
 * floating-point rounding, checked in `engine.test.ts`). Call `derive(f)`
 * first, and list every slot the edit may have touched, derived ones included.
 */
export function rescore(
  f: Profile,
  base: Profile,
  basePts: Float64Array,
  baseRaw: number,
  t: ScoreTable,
  slots: Int32Array = ALL_SLOTS,
  n: number = slots.length,
): number {
  const w = t.weights;
  const rows = ROWS;
  let raw = +baseRaw; // unary plus: see `rescoreFactors`
  if (++stamp > 0x3fffffff) {
    MARK.fill(0);
    stamp = 1;
  }
  for (let k = 0; k < n; k++) {
    const slot = slots[k]!;
    if (f[slot] === base[slot]) continue;
    const deps = DEPENDENTS[slot]!;
    for (let d = 0; d < deps.length; d++) {
      const i = deps[d]!;
      const wi = w[i]!;
      if (wi === 0 || MARK[i] === stamp) continue;
      MARK[i] = stamp;
      raw += pointsOf(f, rows[i]!, wi) - basePts[i]!;
    }
  }
  return raw;
}

/** The factors that read any of these feature slots (as input or recovery scale), in scorecard order. */
export function factorsOf(slots: ArrayLike<number>, n: number = slots.length): Int32Array {
  const seen = new Uint8Array(T.FEATURE_OF.length);
  for (let k = 0; k < n; k++) for (const i of DEPENDENTS[slots[k]!]!) seen[i] = 1;
  return Int32Array.from(Array.from(seen.keys()).filter((i) => seen[i] === 1));
}

/**
 * Raw log-odds of `f` when only the listed factors can differ from the
 * reference profile whose points are `refPts` (sum `refRaw`): the same
 * additivity as `rescore`, without comparing slots — for edits whose reach is
 * known in advance (an action's factors, the plan's factors).
 */
export function rescoreFactors(
  f: Profile,
  refPts: Float64Array,
  refRaw: number,
  t: ScoreTable,
  factors: Int32Array,
  n: number = factors.length,
): number {
  const w = t.weights;
  const rows = ROWS;
  // Unary plus: a number-typed start keeps the loop sum an unboxed double in V8 (from an untyped
  // parameter it stays tagged and allocates a heap number per factor).
  let raw = +refRaw;
  for (let k = 0; k < n; k++) {
    const i = factors[k]!;
    const wi = w[i]!;
    if (wi !== 0) raw += pointsOf(f, rows[i]!, wi) - refPts[i]!;
  }
  return raw;
}
