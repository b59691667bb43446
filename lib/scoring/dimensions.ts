/**
 * The five dimensions (repayment, debt, usage, ecosystem, profile) as 0–100
 * scores for the radar chart.
 *
 * A dimension's score places the borrower's points for that dimension
 * between the lowest and highest points the platform's scorecard allows for
 * it (100 = every factor at its best). Its weight is the share of the whole
 * scorecard's range the dimension controls on this platform and goal — how
 * much it *can* move the chance. Restore context and gates belong to no
 * dimension.
 */
import { DIMENSIONS } from "./constants";
import { DIMENSION_OF, type ScoreTable } from "./tables";
import type { DimensionScore } from "./types";

const SUMS = new Float64Array(DIMENSIONS.length);

export function buildDimensions(t: ScoreTable, pts: Float64Array): DimensionScore[] {
  const sums = SUMS;
  sums.fill(0);
  // Only the table's active factors can have points (the rest are +0, which would add nothing).
  const active = t.active;
  for (let k = 0; k < active.length; k++) {
    const i = active[k]!;
    const d = DIMENSION_OF[i]!;
    if (d >= 0) sums[d] = sums[d]! + pts[i]!;
  }
  const out = new Array<DimensionScore>(DIMENSIONS.length);
  for (let d = 0; d < DIMENSIONS.length; d++) {
    const lo = t.dimMin[d]!;
    const range = t.dimMax[d]! - lo;
    const score = range > 0 ? Math.round((100 * (sums[d]! - lo)) / range) : 100;
    out[d] = { id: DIMENSIONS[d]!, score: score < 0 ? 0 : score > 100 ? 100 : score, weight: t.dimWeight[d]! };
  }
  return out;
}
