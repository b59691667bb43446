"use server";

import { getTranslations } from "next-intl/server";
import { createAssessment } from "@/lib/server/assessments/create-assessment";
import { AppError } from "@/lib/server/errors";
import { ensureOwner } from "@/lib/server/owner/current-owner";
import type { FieldErrors } from "@/lib/validation/field-errors";

export type CreateAssessmentResult = { ok: true; id: string } | { ok: false; message: string; errors?: FieldErrors };

/**
 * The wizard's submission. Never throws: every failure comes back as a
 * message (and field errors keyed by input path) so the wizard can keep the
 * borrower's answers on screen and point at what to fix.
 */
export async function createAssessmentAction(payload: unknown): Promise<CreateAssessmentResult> {
  const t = await getTranslations("check.errors");
  const tv = await getTranslations("common.validation");
  const body = (payload && typeof payload === "object" ? payload : {}) as { input?: unknown; consent?: { agreed?: unknown; version?: unknown } };
  try {
    const { id } = await createAssessment({
      input: body.input,
      consent: { agreed: body.consent?.agreed, version: body.consent?.version },
      resolveOwner: ensureOwner,
      t: (key, values) => tv(key, values),
    });
    return { ok: true, id };
  } catch (error) {
    if (error instanceof AppError) {
      switch (error.code) {
        case "VALIDATION":
          return {
            ok: false,
            message: tv("formHasErrors", { count: Object.keys(error.fieldErrors ?? {}).length }),
            errors: error.fieldErrors,
          };
        case "CONFLICT":
          return { ok: false, message: t("consentChanged"), errors: { _consent: [t("consentChanged")] } };
        case "RATE_LIMITED":
          return { ok: false, message: t("rateLimited") };
      }
    }
    console.error("[createAssessmentAction]", error);
    return { ok: false, message: t("unavailable") };
  }
}
