/** Public types of the scam checker. */

export const SCAM_RULE_IDS = [
  "upfrontFee",
  "verifyFunds",
  "unfreezeFee",
  "safeAccount",
  "internalChannel",
  "paidOpening",
  "inviteLink",
  "fakeSupport",
  "cancelStudentAccount",
  "secretsRequest",
  "screenShare",
  "offPlatformApp",
  "cashOut",
  "impersonation",
  "pressure",
  "creditThreat",
] as const;

/** A rule id; also the key under `scam.rules.<id>` in the message files. */
export type ScamRuleId = (typeof SCAM_RULE_IDS)[number];

export const SCAM_SEVERITIES = ["high", "medium", "low"] as const;
export type ScamSeverity = (typeof SCAM_SEVERITIES)[number];

/** Overall verdict for a message; `scam.risk.<level>` in the message files. */
export const SCAM_RISK_LEVELS = ["none", "low", "medium", "high"] as const;
export type ScamRiskLevel = (typeof SCAM_RISK_LEVELS)[number];

/** One matched passage, as offsets into the text the user typed (UTF-16, end exclusive). */
export interface ScamMatch {
  start: number;
  end: number;
  /** `text.slice(start, end)` of the original input. */
  text: string;
}

/** Message keys relative to the `scam` namespace (e.g. `rules.upfrontFee.title`). */
export interface ScamFindingMessages {
  title: string;
  explanation: string;
  /** What the real platforms and banks do instead. */
  officialDo: string;
  /** What the real platforms and banks never do. */
  officialDont: string;
}

export interface ScamFinding {
  ruleId: ScamRuleId;
  severity: ScamSeverity;
  /**
   * Supporting signals (urgency, "I am customer service", credit threats) are
   * common in honest messages too; they are reported only next to at least
   * one non-supporting finding.
   */
  supporting: boolean;
  /** Non-overlapping matches in reading order. */
  matches: ScamMatch[];
  messages: ScamFindingMessages;
}
