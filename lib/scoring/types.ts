/**
 * The shape of an assessment, as returned by `assess()`.
 *
 * Texts are message keys (see `messages.ts`), never sentences. The Zod mirror
 * of this type is `assessmentSchema` in `schema.ts`; `schema.test.ts` checks
 * the two agree.
 */
import type { GuideAnchor } from "../guides/anchors";
import type {
  Band,
  ChecklistId,
  DimensionId,
  Direction,
  Effort,
  Goal,
  Impact,
  PlanActionId,
  PlatformId,
  ReasonCode,
  Severity,
  WarningCode,
} from "./constants";
import type { SourceId } from "./sources";

export type MessageParams = Record<string, number | string>;

export interface Reason {
  code: ReasonCode;
  direction: Direction;
  impact: Impact;
  /** Points on the log-odds scale: `intercept + Σ reasons.points === logOdds`. */
  points: number;
  /** The scorecard factor (or `gate`) that produced it. */
  factor: string;
  /** `null` for restore context (the cut) and hard gates. */
  dimension: DimensionId | null;
  sources: readonly SourceId[];
  guideAnchor: GuideAnchor;
  /** Values for the message's ICU placeholders. */
  params?: MessageParams;
}

export interface ChecklistItem {
  id: ChecklistId;
  /** Message key `checklist.<id>.action`. */
  action: string;
  /** Message key `checklist.<id>.why`. */
  why: string;
  /** Probability gain (0–1 scale) when the model is re-run with the action applied. */
  expectedGain: number;
  effort: Effort;
  dueInDays?: number;
  reasonCode: ReasonCode;
  guideAnchor: GuideAnchor;
  /** Blocking items assumed done first: the gain is measured after them. */
  dependsOn?: ChecklistId[];
}

export interface Warning {
  code: WarningCode;
  severity: Severity;
  guideAnchor: GuideAnchor;
}

export interface DimensionScore {
  id: DimensionId;
  /** 0–100: where the borrower sits between the worst and best this platform's scorecard allows. */
  score: number;
  /** Share (0–1) of the scorecard's range this dimension controls on this platform and goal. */
  weight: number;
}

export interface PlanStep {
  month: number;
  actions: PlanActionId[];
}

export interface ProjectionPoint {
  month: number;
  probability: number;
}

export interface Assessment {
  modelVersion: string;
  platform: PlatformId;
  goal: Goal;
  /** Chance of the goal within `horizonMonths`; strictly between 0 and 1. */
  probability: number;
  /** An 80% range around `probability`, wider when inputs are sparse or evidence is weak. */
  interval: { low: number; high: number };
  band: Band;
  horizonMonths: number;
  /** Log-odds of the reference borrower on this platform and goal. */
  intercept: number;
  /** `logit(probability)`: intercept + Σ reasons.points. */
  logOdds: number;
  dimensions: DimensionScore[];
  reasons: Reason[];
  checklist: ChecklistItem[];
  plan: { steps: PlanStep[]; projection: ProjectionPoint[] };
  warnings: Warning[];
}

/** The result of `simulate()`: the what-if chance next to the current one. */
export interface Simulation {
  probability: number;
  band: Band;
  interval: { low: number; high: number };
  logOdds: number;
  /** `probability - baseline.probability` (0–1 scale). */
  delta: number;
  baseline: { probability: number; band: Band };
}
