/**
 * LimitWise scam checker: a pure rule set over pasted text (Chinese and
 * English). Nothing is stored. See `rules.ts` for the patterns and how to add
 * one, `normalize.ts` for how spacing and character tricks are undone.
 */

export * from "./types";
export { checkMessage, overallRisk, scamRuleMessageKeys } from "./check";
export { SCAM_RULES, LOAN_CONTEXT, type ScamRule, type ScamPattern } from "./rules";
export { compactView, spacedView, originalRange, type TextView } from "./normalize";
export * from "./schema";
