/**
 * `assess`: one borrower in, one explained estimate out.
 *
 * Steps: encode the input into a profile → pick the weight table for the
 * platform, goal and (policy) cut → sum the scorecard → apply the binding
 * gate → itemise reasons and dimensions → re-score every applicable action
 * (checklist) → evolve the profile month by month (plan) → warnings and the
 * interval.
 *
 * The input must already be valid (`assessmentInputSchema.parse`); `assess`
 * does not re-validate, so it stays within a few microseconds.
 */
import { logitSd, intervalOf } from "./calibration";
import { buildChecklist, rankedActions } from "./checklist";
import { GOALS, MODEL_VERSION, PLATFORMS } from "./constants";
import { buildDimensions } from "./dimensions";
import { scoreFull } from "./engine";
import { FACTOR_COUNT } from "./factors";
import { encode, newProfile, X, type Profile } from "./features";
import { bindingGate, collectWarnings, GATES } from "./gates";
import { bandOf, sigmoid } from "./math";
import { buildPlan } from "./plan";
import { buildReasons } from "./reasons";
import type { AssessmentInput } from "./schema";
import { tableFor, type ScoreTable } from "./tables";
import type { Assessment } from "./types";

const BASE = newProfile();
const BASE_PTS = new Float64Array(FACTOR_COUNT);

/** Encode and score the base profile into module scratch; returns the table and final log-odds. */
export function scoreInput(input: AssessmentInput, f: Profile, pts: Float64Array) {
  encode(input, f);
  const t: ScoreTable = tableFor(f[X.platform]!, f[X.goal]!, f[X.policyCut]! > 0);
  const raw = scoreFull(f, t, pts);
  const gate = bindingGate(f, t);
  const cap = gate >= 0 ? GATES[gate]!.capLogit : Infinity;
  const logOdds = raw > cap ? cap : raw;
  return { t, raw, gate, logOdds };
}

export function assess(input: AssessmentInput): Assessment {
  const { t, raw, gate, logOdds } = scoreInput(input, BASE, BASE_PTS);
  const probability = sigmoid(logOdds);
  const warnings = collectWarnings(BASE, t);
  const checklist = buildChecklist(BASE, BASE_PTS, raw, t, probability);
  const plan = buildPlan(BASE, BASE_PTS, raw, t, probability, checklist, rankedActions(), warnings);
  return {
    modelVersion: MODEL_VERSION,
    platform: PLATFORMS[BASE[X.platform]!]!,
    goal: GOALS[t.goalIndex]!,
    probability,
    interval: intervalOf(logOdds, logitSd(BASE, t)),
    band: bandOf(probability),
    horizonMonths: t.horizonMonths,
    intercept: t.intercept,
    logOdds,
    dimensions: buildDimensions(t, BASE_PTS),
    reasons: buildReasons(BASE, BASE_PTS, t.active, gate, logOdds - raw),
    checklist,
    plan,
    warnings,
  };
}
