/**
 * The scorecard: every factor, in a fixed order (the order of `points` in the
 * engine, of the dimension sums and of ties among reasons).
 */
import { DEBT_FACTORS } from "./debt";
import { ECOSYSTEM_FACTORS } from "./ecosystem";
import { PROFILE_FACTORS } from "./profile";
import { REPAYMENT_FACTORS } from "./repayment";
import { RESTORE_FACTORS } from "./restore";
import type { FactorSpec } from "./types";
import { USAGE_FACTORS } from "./usage";

export const FACTORS: readonly FactorSpec[] = [
  ...REPAYMENT_FACTORS,
  ...DEBT_FACTORS,
  ...USAGE_FACTORS,
  ...ECOSYSTEM_FACTORS,
  ...PROFILE_FACTORS,
  ...RESTORE_FACTORS,
];

export const FACTOR_COUNT = FACTORS.length;

/** Index of a factor by id. */
export const FACTOR_INDEX: Readonly<Record<string, number>> = Object.fromEntries(FACTORS.map((f, i) => [f.id, i]));

export type { CommonSection, Curve, FactorSpec } from "./types";
