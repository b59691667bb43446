/**
 * LimitWise loan-cost calculator: pure arithmetic, no framework.
 * Money is integer fen; rates are fractions (0.05% → 0.0005).
 * See each module's header for the formulas and conventions.
 */

export * from "./money";
export * from "./rates";
export * from "./irr";
export * from "./fee-apr";
export * from "./schedule-types";
export * from "./equal-instalment";
export * from "./equal-principal";
export * from "./interest-only";
export * from "./schedule";
export * from "./overdue";
export * from "./lpr";
export * from "./flags";
export * from "./schema";
export * from "./calculate";
