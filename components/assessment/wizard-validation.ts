/**
 * Checks the wizard's answers with the same schema and rules the server uses.
 * Kept apart from ./wizard-model because it brings Zod and the scoring schema:
 * the wizard loads this module when the borrower starts answering, not with
 * the page.
 */
// Must stay the first import: it configures Zod before the scoring schema is built.
import "./zod-config";
import { assessmentInputSchema } from "@/lib/scoring/schema";
import { fieldErrors, type FieldErrors, type Translate } from "@/lib/validation/field-errors";
import { inputRuleIssues } from "@/lib/validation/assessment-rules";
import { buildInput, CONSENT_FIELD, type Draft } from "./wizard-model";

/** Every problem with the answers, keyed by question path, in the borrower's language. */
export function validateDraft(draft: Draft, t: Translate): FieldErrors {
  const errors: FieldErrors = {};
  const input = buildInput(draft);
  const parsed = assessmentInputSchema.safeParse(input);
  if (!parsed.success) Object.assign(errors, fieldErrors(parsed.error, t));
  for (const issue of inputRuleIssues(input)) if (!errors[issue.path]) errors[issue.path] = [t(issue.message, issue.values)];
  if (draft[CONSENT_FIELD] !== "yes") errors[CONSENT_FIELD] = [t("required")];
  return errors;
}
