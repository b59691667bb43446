/** Small numeric helpers shared by the engine, calibration and tests. */
import type { Band, Impact } from "./constants";

export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

export function logit(p: number): number {
  return Math.log(p / (1 - p));
}

/**
 * Bands for the borrower: very_low <15%, low <35%, fair <55%, good <75%,
 * excellent otherwise (the product brief's thresholds).
 */
export const BAND_THRESHOLDS = [0.15, 0.35, 0.55, 0.75] as const;

export function bandOf(p: number): Band {
  return p < 0.15 ? "very_low" : p < 0.35 ? "low" : p < 0.55 ? "fair" : p < 0.75 ? "good" : "excellent";
}

/** |points| ≥0.5 log-odds is high, ≥0.2 medium, else low. */
export function impactOf(points: number): Impact {
  const a = points < 0 ? -points : points;
  return a >= 0.5 ? "high" : a >= 0.2 ? "medium" : "low";
}
