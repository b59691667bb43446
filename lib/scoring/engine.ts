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

// Module-local aliases: V8's optimised code reads these faster than imported bindings.
const FEATURE_OF = T.FEATURE_OF;
const SCALE_FEATURE_OF = T.SCALE_FEATURE_OF;
const UNKNOWN_IS_ZERO = T.UNKNOWN_IS_ZERO;
const CX = T.CURVE_X;
const CY = T.CURVE_Y;
const CS = T.CURVE_START;
const CE = T.CURVE_END;
const SX = T.SCALE_X;
const SY = T.SCALE_Y;
const SS = T.SCALE_START;
const SE = T.SCALE_END;

/** `tables.curveAt`, repeated here so the hot loop has no cross-module call. */
function at(xs: Float64Array, ys: Float64Array, start: number, end: number, x: number): number {
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

/**
 * Lookup tables for curves whose knots are small whole numbers (months, counts, flags, categories):
 * the value at every integer 0…last knot, computed by `at` itself, so a lookup returns the very same
 * number. Non-integer or out-of-range inputs fall back to `at`.
 */
const LUT_MAX = 200;
function buildLut(xs: Float64Array, ys: Float64Array, start: Int32Array, end: Int32Array) {
  const off = new Int32Array(start.length).fill(-1);
  const len = new Int32Array(start.length);
  const values: number[] = [];
  for (let i = 0; i < start.length; i++) {
    const s = start[i]!;
    const e = end[i]!;
    if (e === s) continue;
    const knots = Array.from(xs.subarray(s, e));
    const last = knots[knots.length - 1]!;
    if (knots[0] !== 0 || last > LUT_MAX || !knots.every(Number.isInteger)) continue;
    off[i] = values.length;
    len[i] = last + 1;
    for (let x = 0; x <= last; x++) values.push(at(xs, ys, s, e, x));
  }
  return { off, len, ys: Float64Array.from(values) };
}
const LUT = buildLut(CX, CY, CS, CE);
const LUT_OFF = LUT.off;
const LUT_LEN = LUT.len;
const LUT_Y = LUT.ys;
const SLUT = buildLut(SX, SY, SS, SE);
const SLUT_OFF = SLUT.off;
const SLUT_LEN = SLUT.len;
const SLUT_Y = SLUT.ys;

/** Points of factor `i` at weight `w`. */
export function factorPoints(f: Profile, i: number, w: number): number {
  const x = f[FEATURE_OF[i]!]!;
  if (x < 0 && UNKNOWN_IS_ZERO[i] === 1) return 0;
  let y: number;
  const o = LUT_OFF[i]!;
  if (o >= 0 && x >= 0 && (x | 0) === x) {
    const n = LUT_LEN[i]!;
    y = LUT_Y[o + (x < n ? x : n - 1)]!;
  } else y = at(CX, CY, CS[i]!, CE[i]!, x);
  let p = w * y;
  const s = SCALE_FEATURE_OF[i]!;
  if (s >= 0 && p !== 0) {
    const z = f[s]!;
    const so = SLUT_OFF[i]!;
    if (so >= 0 && z >= 0 && (z | 0) === z) {
      const n = SLUT_LEN[i]!;
      p *= SLUT_Y[so + (z < n ? z : n - 1)]!;
    } else p *= at(SX, SY, SS[i]!, SE[i]!, z);
  }
  return p;
}

/** Raw (ungated) log-odds; writes every factor's points into `pts` (0 for inactive factors). */
export function scoreFull(f: Profile, t: ScoreTable, pts: Float64Array): number {
  pts.fill(0);
  const active = t.active;
  const w = t.weights;
  let sum = t.intercept;
  for (let k = 0; k < active.length; k++) {
    const i = active[k]!;
    const p = factorPoints(f, i, w[i]!);
    pts[i] = p;
    sum += p;
  }
  return sum;
}

// For each feature slot, the factors that read it (as their input or their recovery scale).
const DEPENDENTS: readonly Int32Array[] = Array.from({ length: FEATURE_COUNT }, (_, slot) =>
  Int32Array.from(
    Array.from(FEATURE_OF.keys()).filter((i) => FEATURE_OF[i] === slot || SCALE_FEATURE_OF[i] === slot),
  ),
);
const MARK = new Int32Array(FEATURE_OF.length);
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
      raw += factorPoints(f, i, wi) - basePts[i]!;
    }
  }
  return raw;
}

/** The factors that read any of these feature slots (as input or recovery scale), in scorecard order. */
export function factorsOf(slots: ArrayLike<number>, n: number = slots.length): Int32Array {
  const seen = new Uint8Array(FEATURE_OF.length);
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
  let raw = +refRaw; // unary plus: a number-typed start keeps the loop sum an unboxed double in V8 (an untyped parameter makes it allocate a heap number per iteration)
  for (let k = 0; k < n; k++) {
    const i = factors[k]!;
    const wi = w[i]!;
    if (wi !== 0) raw += factorPoints(f, i, wi) - refPts[i]!;
  }
  return raw;
}
