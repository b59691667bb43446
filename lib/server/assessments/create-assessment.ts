import "server-only";
import { db } from "@/lib/db";
import { assess, assessmentInputSchema, type AssessmentInput } from "@/lib/scoring";
import { AppError } from "@/lib/server/errors";
import { ownedBy, type Owner } from "@/lib/server/owner/current-owner";
import { consume } from "@/lib/server/rate-limit/limiters";
import { fieldErrors, type FieldErrors, type Translate } from "@/lib/validation/field-errors";
import { inputRuleIssues } from "@/lib/validation/assessment-rules";
import { carryOverChecklist } from "@/lib/server/history/carry-over-checklist";
import { CONSENT_PURPOSE, CONSENT_VERSION } from "./consent-terms";

export interface CreateAssessmentOptions {
  /** Whatever the client sent; parsed here with the scoring library's schema. */
  input: unknown;
  /** The consent the borrower gave on the wizard's last step. */
  consent: { agreed: unknown; version: unknown };
  /**
   * Who will own the assessment. Called only once the input is valid, so an
   * invalid submission does not hand an anonymous visitor a cookie.
   */
  resolveOwner: () => Promise<Owner>;
  /** Translates `common.validation` keys: field errors come back in the borrower's language. */
  t: Translate;
}

/**
 * Validates, scores and stores one check-up with the consent it was given
 * under, in one transaction. Throws VALIDATION (422) with field errors keyed
 * by input path (`_consent` for the consent box), CONFLICT (409) when the
 * consent was given to an outdated text, or RATE_LIMITED (429).
 */
export async function createAssessment({ input, consent, resolveOwner, t }: CreateAssessmentOptions): Promise<{ id: string }> {
  const parsed = assessmentInputSchema.safeParse(input);
  const errors: FieldErrors = parsed.success ? {} : fieldErrors(parsed.error, t);
  for (const issue of inputRuleIssues(parsed.success ? parsed.data : (input ?? {}))) {
    errors[issue.path] ??= [t(issue.message, issue.values)];
  }
  if (consent.agreed !== true) errors._consent = [t("required")];
  if (!parsed.success || Object.keys(errors).length > 0) {
    throw new AppError("VALIDATION", "Invalid assessment input", errors);
  }
  // The borrower agreed to an older text (a wizard left open across a release): ask again.
  if (consent.version !== CONSENT_VERSION) throw new AppError("CONFLICT", "Consent text changed");

  const owner = await resolveOwner();
  await consume("assessmentCreate", owner.kind === "user" ? `user:${owner.user.id}` : `anon:${owner.anonOwnerHash}`);

  const data: AssessmentInput = parsed.data;
  const output = assess(data);
  const who = ownedBy(owner);
  const [assessment] = await db.$transaction([
    db.assessment.create({
      data: {
        ...who,
        platform: data.platform,
        goal: data.goal,
        modelVersion: output.modelVersion,
        input: data as object,
        output: output as object,
        probability: output.probability,
        band: output.band,
      },
      select: { id: true },
    }),
    db.consentRecord.create({
      data: { ...who, version: CONSENT_VERSION, purpose: CONSENT_PURPOSE },
      select: { id: true },
    }),
  ]);
  // What the borrower already ticked on this platform stays ticked on the new check-up
  // (a visitor whose cookie this request minted has no earlier check-up: nothing to look up).
  if (owner.kind === "anonymous" && owner.isNew) return { id: assessment.id };
  await carryOverChecklist({
    ...(owner.kind === "user" ? { userId: owner.user.id } : { anonOwnerHash: owner.anonOwnerHash }),
    platform: data.platform,
    newAssessmentId: assessment.id,
    newItemIds: output.checklist.map((c) => c.id),
  });
  return { id: assessment.id };
}
