"use server";

import { cookies } from "next/headers";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { AppError } from "@/lib/server/errors";
import { VISITOR_COOKIE, visitorHash } from "@/lib/server/owner/current-owner";
import { changePassword } from "@/lib/server/account/change-password";
import { endAllSessions } from "@/lib/server/account/end-all-sessions";
import { withdrawConsent } from "@/lib/server/account/withdraw-consent";
import { deleteAccount } from "@/lib/server/account/delete-account";
import { changePasswordSchema, deleteAccountSchema } from "@/lib/validation/account";
import { fieldErrors, type FieldErrors } from "@/lib/validation/field-errors";

export type ActionResult<T = object> = ({ ok: true } & T) | { ok: false; message: string; errors?: FieldErrors; signedOut?: boolean };

async function failure(error: unknown, context: string): Promise<{ ok: false; message: string; signedOut?: boolean }> {
  const t = await getTranslations("settings.errors");
  if (error instanceof AppError && error.code === "UNAUTHENTICATED") return { ok: false, message: t("unavailable"), signedOut: true };
  console.error(`[${context}]`, error);
  return { ok: false, message: t("unavailable") };
}

/** Changes the password; every session ends (sessionVersion bump), the form signs in again with the new one. */
export async function changePasswordAction(raw: unknown): Promise<ActionResult<{ email: string }>> {
  const t = await getTranslations("settings");
  const tv = await getTranslations("common.validation");
  const parsed = changePasswordSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, message: t("errors.fixErrors"), errors: fieldErrors(parsed.error, (k, v) => tv(k, v)) };
  try {
    const user = await requireUser();
    const { email } = await changePassword({ userId: user.id, ...parsed.data });
    return { ok: true, email };
  } catch (error) {
    if (error instanceof AppError) {
      if (error.code === "FORBIDDEN") return { ok: false, message: t("password.wrong"), errors: { currentPassword: [t("password.wrong")] } };
      if (error.code === "VALIDATION") return { ok: false, message: t("password.same"), errors: { newPassword: [t("password.same")] } };
      if (error.code === "RATE_LIMITED") return { ok: false, message: t("password.rateLimited") };
    }
    return failure(error, "changePasswordAction");
  }
}

/** Ends every session of the account (this one too); the client then signs out. */
export async function signOutEverywhereAction(): Promise<ActionResult> {
  try {
    const user = await requireUser();
    await endAllSessions({ userId: user.id });
    return { ok: true };
  } catch (error) {
    return failure(error, "signOutEverywhereAction");
  }
}

export async function withdrawConsentAction(): Promise<ActionResult<{ withdrawn: number }>> {
  try {
    const user = await requireUser();
    return { ok: true, withdrawn: await withdrawConsent({ userId: user.id }) };
  } catch (error) {
    return failure(error, "withdrawConsentAction");
  }
}

/** Deletes the account and all its data (and this browser's anonymous data) after the typed confirmation. */
export async function deleteAccountAction(raw: unknown): Promise<ActionResult> {
  const t = await getTranslations("settings");
  const parsed = deleteAccountSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, message: t("delete.mismatch"), errors: { confirmation: [t("delete.mismatch")] } };
  try {
    const user = await requireUser();
    await deleteAccount({ userId: user.id, confirmation: parsed.data.confirmation, anonOwnerHash: await visitorHash() });
    (await cookies()).delete(VISITOR_COOKIE);
    return { ok: true };
  } catch (error) {
    if (error instanceof AppError && error.code === "VALIDATION") {
      return { ok: false, message: t("delete.mismatch"), errors: { confirmation: [t("delete.mismatch")] } };
    }
    if (error instanceof AppError && error.code === "FORBIDDEN") return { ok: false, message: t("delete.staff") };
    return failure(error, "deleteAccountAction");
  }
}
