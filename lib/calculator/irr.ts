/**
 * Internal rate of return (IRR) of a series of equally spaced cash flows.
 *
 * The IRR is the periodic rate r at which the net present value
 *
 *     NPV(r) = Σ_t  flows[t] / (1 + r)^t        (t = 0, 1, 2, …)
 *
 * is zero. For a loan seen from the borrower, flows[0] is the money received
 * (positive) and the later flows are the instalments paid (negative); the IRR
 * is then the true periodic cost of the loan whatever the lender calls its
 * charges (手续费, 服务费, 利息).
 *
 * Solver (safeguarded Newton, "rtsafe"):
 * 1. Bracket: start from [−0.99, 1] and widen the upper end (×2, up to 1e6 per
 *    period) until NPV changes sign. No sign change → no IRR → `null`.
 * 2. Iterate: try a Newton step; if it would leave the bracket or would not at
 *    least halve the step before, bisect instead. After each step the bracket
 *    is narrowed to the half that keeps the sign change.
 * Convergence: the root always stays inside the bracket, and at least every
 * other step is a bisection or a Newton step smaller than half the previous
 * one, so the bracket shrinks geometrically: from width ≤ 1e6 to the 1e-12
 * tolerance needs at most ~2 × 60 steps. `MAX_ITERATIONS` (300) is therefore
 * never the binding limit for finite inputs; it exists as a safety net and is
 * reported as `null` rather than a wrong number. Near the root Newton
 * converges quadratically, so typical loans finish in 5–10 steps.
 *
 * Uniqueness: a "conventional" series (one sign change, e.g. money in, then
 * only repayments) has exactly one IRR above −100% (Descartes' rule of signs
 * applied to x = 1/(1+r)). Series with several sign changes can have several
 * IRRs; the solver then returns one of them in the bracket. Loan calculators
 * only build conventional series.
 */

export const IRR_TOLERANCE = 1e-12;
export const MAX_ITERATIONS = 300;
const LOWER_BOUND = -0.99;
const INITIAL_UPPER = 1;
const MAX_UPPER = 1e6;

export interface IrrResult {
  /** Periodic rate as a fraction (per period of the cash flows). */
  rate: number;
  /** Steps the solver took, for diagnostics and tests. */
  iterations: number;
}

/** Net present value of `flows` at periodic rate `rate` (flows[0] is undiscounted). */
export function npv(rate: number, flows: readonly number[]): number {
  let value = 0;
  let discount = 1;
  const factor = 1 / (1 + rate);
  for (const flow of flows) {
    value += flow * discount;
    discount *= factor;
  }
  return value;
}

/** d NPV / d rate. */
function npvDerivative(rate: number, flows: readonly number[]): number {
  let value = 0;
  const base = 1 + rate;
  let discount = 1 / base; // (1+r)^-(t+1) for t = 0
  for (let t = 0; t < flows.length; t++) {
    value += -t * (flows[t] ?? 0) * discount;
    discount /= base;
  }
  return value;
}

/**
 * Solve for the IRR. Returns `null` when the flows have no IRR in
 * (−99%, 1e6) per period (e.g. all flows of one sign) or contain a
 * non-finite number.
 */
export function solveIrr(flows: readonly number[]): IrrResult | null {
  if (flows.length < 2 || flows.some((f) => !Number.isFinite(f))) return null;

  const lo = LOWER_BOUND;
  let hi = INITIAL_UPPER;
  const fLo = npv(lo, flows);
  let fHi = npv(hi, flows);
  while (Math.sign(fLo) === Math.sign(fHi) && fHi !== 0 && hi < MAX_UPPER) {
    hi *= 2;
    fHi = npv(hi, flows);
  }
  if (fLo === 0) return { rate: lo, iterations: 0 };
  if (fHi === 0) return { rate: hi, iterations: 0 };
  if (Math.sign(fLo) === Math.sign(fHi)) return null;

  // Orient so that f(xNeg) < 0 < f(xPos).
  let xNeg = fLo < 0 ? lo : hi;
  let xPos = fLo < 0 ? hi : lo;
  let x = 0.5 * (lo + hi);
  let dxOld = Math.abs(hi - lo);
  let dx = dxOld;
  let f = npv(x, flows);
  let df = npvDerivative(x, flows);

  for (let i = 1; i <= MAX_ITERATIONS; i++) {
    const newtonLeaves = ((x - xPos) * df - f) * ((x - xNeg) * df - f) > 0;
    const newtonSlow = Math.abs(2 * f) > Math.abs(dxOld * df);
    if (newtonLeaves || newtonSlow || df === 0) {
      dxOld = dx;
      dx = 0.5 * (xPos - xNeg);
      x = xNeg + dx;
    } else {
      dxOld = dx;
      dx = f / df;
      x -= dx;
    }
    if (Math.abs(dx) < IRR_TOLERANCE) return { rate: x, iterations: i };
    f = npv(x, flows);
    df = npvDerivative(x, flows);
    if (f === 0) return { rate: x, iterations: i };
    if (f < 0) xNeg = x;
    else xPos = x;
  }
  return null;
}
