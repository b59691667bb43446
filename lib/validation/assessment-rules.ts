/**
 * Rules about an assessment input that the scoring library's schema does not
 * express because they are about the product, not the model: which goals a
 * platform offers, and what a "restore" needs to mean anything.
 *
 * Pure and shared: the wizard checks them for instant feedback and
 * `createAssessment` checks them again on the server. Messages are keys of
 * `common.validation`, so both sides translate them the same way.
 */
import type { Goal, PlatformId } from "@/lib/scoring/constants";

/**
 * "Get invited" is only a situation on invitation-only products (微粒贷's
 * whitelist, 网商贷's invitation). Everyone else applies for a line and then
 * raises it or wins it back.
 */
export const GOALS_BY_PLATFORM: Readonly<Record<PlatformId, readonly Goal[]>> = {
  jiebei: ["raise", "restore"],
  huabei: ["raise", "restore"],
  mybank: ["raise", "restore", "open"],
  weilidai: ["raise", "restore", "open"],
  generic: ["raise", "restore"],
};

export interface RuleIssue {
  path: string;
  /** A key of `common.validation`. */
  message: "required" | "choose" | "greaterThan";
  values?: Record<string, number>;
}

/** The part of an input the rules read; loose so that the wizard can check a half-filled one. */
export interface RuleInput {
  platform?: unknown;
  goal?: unknown;
  limit?: { current?: unknown; previous?: unknown };
}

const isNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);

/** Rule violations; a value the schema rejects anyway (wrong type, unknown platform) is left to the schema. */
export function inputRuleIssues(input: RuleInput): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const goals = GOALS_BY_PLATFORM[input.platform as PlatformId] as readonly unknown[] | undefined;
  if (goals && typeof input.goal === "string" && !goals.includes(input.goal)) issues.push({ path: "goal", message: "choose" });
  if (input.goal === "restore") {
    const { current, previous } = input.limit ?? {};
    if (previous === undefined) issues.push({ path: "limit.previous", message: "required" });
    else if (isNumber(previous) && isNumber(current) && previous <= current) {
      issues.push({ path: "limit.previous", message: "greaterThan", values: { min: current } });
    }
  }
  return issues;
}
