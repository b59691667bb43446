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

/** Points of factor `i` at weight `w`. */
export function factorPoints(f: Profile, i: number, w: number): number {
  const x = f[FEATURE_OF[i]!]!;
  if (x < 0 && UNKNOWN_IS_ZERO[i] === 1) return 0;
  let p = w * at(CX, CY, CS[i]!, CE[i]!, x);
  const s = SCALE_FEATURE_OF[i]!;
  if (s >= 0 && p !== 0) p *= at(SX, SY, SS[i]!, SE[i]!, f[s]!);
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
/** Last (input, scale input, weight) → points per factor; a pure cache of `factorPoints`. */
const MEMO_X = new Float64Array(FEATURE_OF.length).fill(Number.NaN);
const MEMO_S = new Float64Array(FEATURE_OF.length);
const MEMO_W = new Float64Array(FEATURE_OF.length);
const MEMO_P = new Float64Array(FEATURE_OF.length);
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
  let raw = baseRaw;
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
      // The plan re-scores six months in a row, mostly with the same inputs: remember the last answer.
      const x = f[FEATURE_OF[i]!]!;
      const sf = SCALE_FEATURE_OF[i]!;
      const sx = sf >= 0 ? f[sf]! : 0;
      let p: number;
      if (x === MEMO_X[i] && sx === MEMO_S[i] && wi === MEMO_W[i]) p = MEMO_P[i]!;
      else {
        p = factorPoints(f, i, wi);
        MEMO_X[i] = x;
        MEMO_S[i] = sx;
        MEMO_W[i] = wi;
        MEMO_P[i] = p;
      }
      raw += p - basePts[i]!;
    }
  }
  return raw;
}
