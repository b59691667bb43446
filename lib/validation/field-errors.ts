import type { z } from "zod";

/**
 * Turns Zod issues into field-level messages in the user's language.
 * One function for both sides: the client calls it for instant feedback, the
 * server for the authoritative answer, so a field's message is the same
 * wherever it was caught. `t` translates keys of `common.validation`.
 */
export type Translate = (key: string, values?: Record<string, string | number>) => string;
export type FieldErrors = Record<string, string[]>;

export function issueMessage(issue: z.core.$ZodIssue, t: Translate): string {
  switch (issue.code) {
    case "invalid_type":
      if (issue.expected === "int") return t("integer");
      // Zod does not keep the input on the issue; its default message says what it received.
      if (/received (undefined|null)/.test(issue.message)) return t("required");
      return t(issue.expected === "number" ? "number" : "invalid");
    case "too_small":
      if (issue.origin === "string") return Number(issue.minimum) <= 1 ? t("required") : t("tooShort", { min: Number(issue.minimum) });
      if (issue.origin === "array") return t("chooseAtLeast", { min: Number(issue.minimum) });
      return t(issue.inclusive === false ? "greaterThan" : "atLeast", { min: Number(issue.minimum) });
    case "too_big":
      if (issue.origin === "string") return t("tooLong", { max: Number(issue.maximum) });
      return t(issue.inclusive === false ? "lessThan" : "atMost", { max: Number(issue.maximum) });
    case "invalid_format":
      return issue.format === "email" ? t("email") : t("invalid");
    case "invalid_value":
      return t("choose");
    case "not_multiple_of":
      return t("integer");
    case "unrecognized_keys":
      return t("unknownField");
    default:
      return t("invalid");
  }
}

/** `{ "repayment.onTimeMonths": ["…"] }`, keyed by the dotted path of each bad field. */
export function fieldErrors(error: z.ZodError, t: Translate): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "_form";
    (out[key] ??= []).push(issueMessage(issue, t));
  }
  return out;
}
