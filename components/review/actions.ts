"use server";

import { getTranslations } from "next-intl/server";
import { AppError } from "@/lib/server/errors";
import { getOwner } from "@/lib/server/owner/current-owner";
import { createReviewRequest } from "@/lib/server/reviews/create-review-request";
import { reviewRequestSchema } from "@/lib/validation/review";
import { fieldErrors, type FieldErrors } from "@/lib/validation/field-errors";

export type RequestReviewResult = { ok: true } | { ok: false; message: string; errors?: FieldErrors };

/** "Request a human review" of one of the current owner's assessments. */
export async function requestReviewAction(raw: unknown): Promise<RequestReviewResult> {
  const t = await getTranslations("history.review");
  const tv = await getTranslations("common.validation");
  const parsed = reviewRequestSchema.safeParse(raw);
  if (!parsed.success) {
    const errors = fieldErrors(parsed.error, (k, v) => tv(k, v));
    return { ok: false, message: errors.message?.[0] ?? t("notFound"), errors };
  }
  try {
    const owner = await getOwner();
    if (!owner) return { ok: false, message: t("notFound") };
    await createReviewRequest({ owner, assessmentId: parsed.data.assessmentId, message: parsed.data.message });
    return { ok: true };
  } catch (error) {
    if (error instanceof AppError && error.code === "CONFLICT") return { ok: false, message: t("alreadyOpen") };
    if (error instanceof AppError && error.code === "NOT_FOUND") return { ok: false, message: t("notFound") };
    console.error("[requestReviewAction]", error);
    return { ok: false, message: t("unavailable") };
  }
}
