/**
 * A platform profile: how one product weighs the shared factors, which
 * platform-only factors it switches on, how long its evaluation window is,
 * and how sure we are about it.
 */
import type { GuideSlug } from "../../guides/anchors";
import type { DimensionId, Goal, PlatformId } from "../constants";
import type { SourceId } from "../sources";

export interface PlatformProfile {
  id: PlatformId;
  /** The platform's own guide (`<slug>#<section>` anchors). */
  guide: GuideSlug;
  /**
   * Chance that the reference borrower (`calibration.ts`) reaches each goal
   * within the horizon: the scorecard's intercept is its logit.
   */
  referenceChance: Readonly<Record<Goal, number>>;
  /** The window each probability speaks of, in months. */
  horizonMonths: Readonly<Record<Goal, number>>;
  /** Multiplier on every factor of a dimension. */
  dimensionWeights: Readonly<Record<DimensionId, number>>;
  /** Per-goal overrides of `dimensionWeights`. */
  goalDimensionWeights?: Partial<Record<Goal, Partial<Record<DimensionId, number>>>>;
  /** Extra multiplier per factor id; platform-only factors are off unless listed here. */
  factorWeights: Readonly<Record<string, number>>;
  /** Highest line the product grants, if public (a raise beyond it is capped). */
  maxLimit?: number;
  /**
   * Standard deviation (log-odds) of our own uncertainty about this platform:
   * smaller when a seed gives numbers, larger when it only gives words.
   */
  evidenceSd: number;
  /** Extra standard deviation when a platform-relevant optional input is missing. */
  missingSd: Readonly<{ zhima: number; shop: number; account: number; temporaryLimit: number }>;
  sources: readonly SourceId[];
}
