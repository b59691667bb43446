/**
 * The closed vocabularies of the scoring library.
 *
 * Every id here is also a message key in `lib/i18n/messages/<locale>/scoring.json`
 * (see `messages.ts`), so a code that appears in an assessment can always be
 * shown to the borrower in both languages.
 */

/** The model's version; bumped whenever a coefficient, rule or output shape changes. */
export const MODEL_VERSION = "2026.11.0";

export const PLATFORMS = ["generic", "jiebei", "huabei", "mybank", "weilidai"] as const;
export type PlatformId = (typeof PLATFORMS)[number];

export const GOALS = ["raise", "restore", "open"] as const;
export type Goal = (typeof GOALS)[number];

export const BANDS = ["very_low", "low", "fair", "good", "excellent"] as const;
export type Band = (typeof BANDS)[number];

export const DIMENSIONS = ["repayment", "debt", "usage", "ecosystem", "profile"] as const;
export type DimensionId = (typeof DIMENSIONS)[number];

export const CUT_REASONS = ["overdue", "unused", "debt", "shop", "policy", "cashout", "unknown"] as const;
export type CutReason = (typeof CUT_REASONS)[number];

export const EMPLOYMENTS = [
  "public",
  "large_company",
  "private",
  "self_employed",
  "student",
  "unemployed",
  "other",
] as const;
export type Employment = (typeof EMPLOYMENTS)[number];

export const REVENUE_TRENDS = ["down", "flat", "up"] as const;
export type RevenueTrend = (typeof REVENUE_TRENDS)[number];

export const EFFORTS = ["easy", "medium", "hard"] as const;
export type Effort = (typeof EFFORTS)[number];

export const IMPACTS = ["high", "medium", "low"] as const;
export type Impact = (typeof IMPACTS)[number];

export const DIRECTIONS = ["positive", "negative"] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const SEVERITIES = ["critical", "warning", "info"] as const;
export type Severity = (typeof SEVERITIES)[number];

export const WARNING_CODES = [
  "CURRENT_OVERDUE",
  "CASH_OUT",
  "RESTRICTED_PURPOSE",
  "FREEZE_RISK",
  "POLICY_CUT",
  "OVER_BORROWING",
  "SCAM_RISK",
  "REAL_NAME_REQUIRED",
] as const;
export type WarningCode = (typeof WARNING_CODES)[number];

/** Reason codes produced by the scorecard's factors (see `factors/`). */
export const FACTOR_REASON_CODES = [
  // repayment
  "ONTIME_LONG",
  "ONTIME_SHORT",
  "OVERDUE_RECENT",
  "OVERDUE_SEVERE",
  "OVERDUE_REPEAT",
  "AUTOPAY_ON",
  "CREDIT_CARD_RECORD",
  "ZHIMA_HIGH",
  "ZHIMA_LOW",
  // debt
  "DEBT_LOW",
  "DEBT_HIGH",
  "INCOME_HIGH",
  "INCOME_LOW",
  "LENDERS_FEW",
  "LENDERS_MANY",
  "INQUIRIES_FEW",
  "INQUIRIES_MANY",
  // usage
  "UTILISATION_IDLE",
  "UTILISATION_HIGH",
  "USE_REGULAR",
  "USE_RARE",
  "USE_TOO_OFTEN",
  "DORMANT",
  "SHORT_LOANS",
  "SAME_DAY_REPAY",
  "FIRST_LOAN_EARLY",
  "CASH_OUT",
  "RESTRICTED_PURPOSE",
  "ACCOUNT_LENT",
  // ecosystem
  "PAYMENTS_ACTIVE",
  "PAYMENTS_FEW",
  "SCENES_VARIED",
  "SCENES_NARROW",
  "WEALTH_STEADY",
  "WEALTH_NONE",
  "VIP_LEVEL",
  "CAMPAIGNS",
  "TEMP_LIMIT",
  "SHOP_GROWING",
  "SHOP_DECLINING",
  "SHOP_REVIEWS_GOOD",
  "SHOP_REVIEWS_BAD",
  "SHOP_RETURNS_LOW",
  "SHOP_RETURNS_HIGH",
  "SHOP_REVENUE_STRONG",
  "SHOP_REVENUE_WEAK",
  // profile
  "REAL_NAME_MISSING",
  "FACE_MISSING",
  "BANK_CARD_NEW",
  "EDUCATION_FILLED",
  "OCCUPATION_FILLED",
  "EMPLOYMENT_STABLE",
  "EMPLOYMENT_UNSTABLE",
  "SOCIAL_INSURANCE",
  "INCOME_PROOF",
  "ASSET_PROOF",
  "BUSINESS_OWNER",
  "DEVICE_CHANGES",
  "ENTRY_CHECKS_FREQUENT",
  "RISKY_GROUPS",
  "THIRD_PARTY_CHANNEL",
  // restore context
  "CUT_OVERDUE",
  "CUT_UNUSED",
  "CUT_DEBT",
  "CUT_SHOP",
  "CUT_POLICY",
  "CUT_CASHOUT",
  "CUT_UNKNOWN",
  "CUT_RECENT",
  "CUT_SETTLED",
  "CUT_DEEP",
  "CUT_SHALLOW",
] as const;

/** Reason codes produced by hard gates: the cap is shown as its own reason with points. */
export const GATE_REASON_CODES = [
  "CAP_CURRENT_OVERDUE",
  "CAP_CASH_OUT",
  "CAP_RESTRICTED_PURPOSE",
  "CAP_POLICY_CUT",
  "CAP_FREEZE",
  "CAP_REAL_NAME",
  "CAP_MAX_LIMIT",
] as const;

export const REASON_CODES = [...FACTOR_REASON_CODES, ...GATE_REASON_CODES] as const;
export type FactorReasonCode = (typeof FACTOR_REASON_CODES)[number];
export type GateReasonCode = (typeof GATE_REASON_CODES)[number];
export type ReasonCode = FactorReasonCode | GateReasonCode;

/** Things a borrower can do; each is re-scored to give its expected gain (see `checklist.ts`). */
export const CHECKLIST_IDS = [
  "clear_overdue",
  "stop_cash_out",
  "stop_restricted_use",
  "stop_lending_account",
  "refuse_third_party",
  "enable_autopay",
  "verify_identity",
  "complete_profile",
  "bind_bank_card",
  "upload_income_proof",
  "upload_asset_proof",
  "pause_applications",
  "pay_down_debt",
  "lower_utilisation",
  "loan_rhythm",
  "first_loan_small",
  "use_line_regularly",
  "reduce_loan_frequency",
  "daily_payments",
  "grow_savings",
  "get_credit_card",
  "join_campaigns",
  "stabilise_account",
  "leave_risky_groups",
  "improve_shop",
] as const;
export type ChecklistId = (typeof CHECKLIST_IDS)[number];

/** Steps that only appear in the month-by-month plan (they change no input by themselves). */
export const PLAN_ONLY_IDS = [
  "keep_on_time",
  "evaluation_checkpoint",
  "request_review",
  "policy_watch",
  "freeze_no_shortcut",
  "check_entry_monthly",
  "official_channels_only",
  "keep_savings_steady",
] as const;
export type PlanOnlyId = (typeof PLAN_ONLY_IDS)[number];
export type PlanActionId = ChecklistId | PlanOnlyId;
