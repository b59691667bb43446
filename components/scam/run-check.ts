// First: Zod must be jitless before any schema is built (the CSP forbids eval).
import "@/components/calculator/zod-jitless";
import { checkMessage, overallRisk } from "@/lib/scam/check";
import { scamCheckInputSchema } from "@/lib/scam/schema";
import type { ScamFinding, ScamRiskLevel } from "@/lib/scam/types";

export type CheckOutcome =
  | { ok: true; findings: ScamFinding[]; risk: ScamRiskLevel }
  | { ok: false; code: "too_big" | "too_small" | "invalid_type"; maximum?: number };

/**
 * The checker's engine: the input schema (Zod) and the rule set. The page loads
 * it when the borrower starts using the form, not with the page, so neither
 * weighs on the first paint. Runs in the browser only; the text goes nowhere.
 */
export function runCheck(value: string): CheckOutcome {
  const parsed = scamCheckInputSchema.safeParse({ text: value });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    if (issue.code === "too_big") return { ok: false, code: "too_big", maximum: Number(issue.maximum) };
    return { ok: false, code: issue.code === "too_small" ? "too_small" : "invalid_type" };
  }
  const findings = checkMessage(value);
  return { ok: true, findings, risk: overallRisk(findings) };
}
