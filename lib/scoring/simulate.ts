/**
 * `simulate`: the what-if sliders. Merge a few changed fields into the input
 * and score both — no reasons, checklist or plan, so it costs about as much
 * as two scorecard sums and can run on every slider move in the browser.
 *
 * Validate `changes` with `whatIfSchema` first (and the merged input, if the
 * changes come from outside); `simulate` trusts its arguments like `assess`.
 */
import { intervalOf, logitSd } from "./calibration";
import { FACTOR_COUNT } from "./factors";
import { newProfile } from "./features";
import { bandOf, sigmoid } from "./math";
import type { AssessmentInput, WhatIf } from "./schema";
import { scoreInput } from "./assess";
import type { Simulation } from "./types";

const BEFORE = newProfile();
const AFTER = newProfile();
const PTS = new Float64Array(FACTOR_COUNT);

/** `{ ...a, ...b }` that ignores `undefined` in `b` (a cleared slider keeps the old value). */
function mergeDefined<T extends object>(a: T, b: Partial<T> | undefined): T {
  if (!b) return a;
  const out = { ...a };
  for (const key of Object.keys(b) as (keyof T)[]) {
    const v = b[key];
    if (v !== undefined) out[key] = v as T[keyof T];
  }
  return out;
}

/** The input with the what-if changes applied (platform and goal never change). */
export function applyWhatIf(input: AssessmentInput, changes: WhatIf): AssessmentInput {
  return {
    ...input,
    limit: mergeDefined(input.limit, changes.limit),
    cut: changes.cut ? mergeDefined<NonNullable<AssessmentInput["cut"]>>(input.cut ?? { reason: "unknown", monthsAgo: 0 }, changes.cut) : input.cut,
    repayment: mergeDefined(input.repayment, changes.repayment),
    debt: mergeDefined(input.debt, changes.debt),
    usage: mergeDefined(input.usage, changes.usage),
    ecosystem: mergeDefined(input.ecosystem, changes.ecosystem),
    profile: mergeDefined(input.profile, changes.profile),
    extras: changes.extras ? mergeDefined(input.extras ?? {}, changes.extras) : input.extras,
  };
}

export function simulate(input: AssessmentInput, changes: WhatIf): Simulation {
  const before = sigmoid(scoreInput(input, BEFORE, PTS).logOdds);
  const { t, logOdds } = scoreInput(applyWhatIf(input, changes), AFTER, PTS);
  const probability = sigmoid(logOdds);
  return {
    probability,
    band: bandOf(probability),
    interval: intervalOf(logOdds, logitSd(AFTER, t)),
    logOdds,
    delta: probability - before,
    baseline: { probability: before, band: bandOf(before) },
  };
}
