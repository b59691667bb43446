/**
 * LimitWise scoring library — public API.
 *
 * A transparent scorecard of how online-lending risk systems are likely to
 * see a borrower: the chance of a limit raise, a restore after a cut, or an
 * invitation, with its reasons, a ranked checklist and a month-by-month plan.
 * Pure TypeScript: no I/O, deterministic, runs on the server and in a browser.
 *
 *   const input = assessmentInputSchema.parse(body);   // validate first
 *   const result = assess(input);                      // then score (µs)
 *   const whatIf = simulate(input, { debt: { applications3m: 0 } });
 *
 * Model card: docs/model-card.md.
 */
export { assess } from "./assess";
export { simulate, applyWhatIf } from "./simulate";
export {
  MODEL_VERSION,
  PLATFORMS,
  GOALS,
  BANDS,
  DIMENSIONS,
  CUT_REASONS,
  EMPLOYMENTS,
  EFFORTS,
  IMPACTS,
  SEVERITIES,
  WARNING_CODES,
  REASON_CODES,
  CHECKLIST_IDS,
  PLAN_ONLY_IDS,
} from "./constants";
export type {
  PlatformId,
  Goal,
  Band,
  DimensionId,
  CutReason,
  Employment,
  Effort,
  Impact,
  Direction,
  Severity,
  WarningCode,
  ReasonCode,
  ChecklistId,
  PlanOnlyId,
  PlanActionId,
} from "./constants";
export {
  assessmentInputSchema,
  assessmentSchema,
  whatIfSchema,
  type AssessmentInput,
  type WhatIf,
} from "./schema";
export type {
  Assessment,
  Reason,
  ChecklistItem,
  Warning,
  DimensionScore,
  PlanStep,
  ProjectionPoint,
  Simulation,
  MessageParams,
} from "./types";
export { bandOf, BAND_THRESHOLDS } from "./math";
export { messageKeys, requiredMessageKeys } from "./messages";
export { REFERENCE_INPUT, referenceInput } from "./calibration";
export { SEEDS, PUBLIC_FACTS, sourceMessageKey, type SourceId } from "./sources";
