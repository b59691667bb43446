/**
 * How a scorecard factor is written down.
 *
 * A factor turns one feature of the profile into points on the log-odds
 * scale through a piecewise-linear curve (flat beyond its end knots). Points
 * are relative to the reference borrower (`calibration.ts`): a factor at the
 * reference value scores 0, so each reason reads "compared with a typical
 * borrower on this platform, this moves your odds by …".
 *
 * The platform profile multiplies a factor's points by its dimension weight
 * (and platform-only factors by their own weight); the goal may switch a
 * factor off (weight 0) — e.g. borrowing habits do not apply before a line is
 * opened.
 */
import type { GuideAnchor, GUIDE_SECTIONS } from "../../guides/anchors";
import type { DimensionId, FactorReasonCode, Goal, PlatformId } from "../constants";
import type { FeatureName } from "../features";
import type { SourceId } from "../sources";

/** `[x, points]` knots, x strictly increasing. */
export type Curve = readonly (readonly [number, number])[];

/** A section every platform guide has (`<slug>#<section>`). */
export type CommonSection = (typeof GUIDE_SECTIONS)["general"][number];

export type FactorCodes =
  | {
      positive?: FactorReasonCode;
      negative?: FactorReasonCode;
      /** A second negative code for low values (e.g. "idle" vs "maxed out"). */
      negativeBelow?: { x: number; code: FactorReasonCode };
    }
  | { byValue: readonly FactorReasonCode[] };

export interface FactorSpec {
  id: string;
  /** `null`: restore context (the cut), not part of any dimension. */
  dimension: DimensionId | null;
  feature: FeatureName;
  curve: Curve;
  /** A feature value below 0 means "not reported": the factor scores 0. */
  unknownIsZero?: boolean;
  /** Points are multiplied by this curve of another feature (e.g. recovery over time). */
  scaleBy?: { feature: FeatureName; curve: Curve };
  /** Multiplier per goal (0 = does not apply). */
  goals: Readonly<Record<Goal, number>>;
  /** Weight 0 unless a platform profile gives it one. */
  platformOnly?: boolean;
  /** Borrower behaviour (as opposed to context): damped when a cut came from policy. */
  behaviour: boolean;
  codes: FactorCodes;
  /** The ICU placeholder the reason's messages use, and where its value comes from. */
  param?: { name: string; feature: FeatureName; times?: number };
  sources: readonly SourceId[];
  /** The direction the domain fixes, checked by the property tests. */
  monotone?: "up" | "down";
  /** Guide section on the platform's own guide... */
  section: CommonSection;
  /** ...unless a platform (or every platform) links elsewhere. */
  anchors?: Partial<Record<PlatformId | "all", GuideAnchor>>;
}

export const ALL_GOALS = { raise: 1, restore: 1, open: 1 } as const;
/** Habits on a line the borrower already has. */
export const WITH_LINE = { raise: 1, restore: 1, open: 0 } as const;
export const RAISE_ONLY = { raise: 1, restore: 0, open: 0 } as const;
export const RESTORE_ONLY = { raise: 0, restore: 1, open: 0 } as const;
