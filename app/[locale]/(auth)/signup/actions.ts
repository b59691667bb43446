"use server";

import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { signUpSchema } from "@/lib/validation/auth";
import { fieldErrors, type FieldErrors } from "@/lib/validation/field-errors";
import { createAccount } from "@/lib/server/auth/create-account";
import { consume } from "@/lib/server/rate-limit/limiters";
import { clientIp } from "@/lib/server/request-ip";
import { AppError } from "@/lib/server/errors";

export type SignUpResult = { ok: true } | { ok: false; message: string; errors?: FieldErrors };

/** Creates the account; the form then signs in with the same credentials. */
export async function signUpAction(raw: unknown): Promise<SignUpResult> {
  const t = await getTranslations("auth");
  const tv = await getTranslations("common.validation");
  const parsed = signUpSchema.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, message: t("fixErrors"), errors: fieldErrors(parsed.error, (k, v) => tv(k, v)) };
  }
  try {
    await consume("signUp", clientIp(await headers()));
    await createAccount({ input: parsed.data });
    return { ok: true };
  } catch (error) {
    if (error instanceof AppError && error.code === "CONFLICT") {
      return { ok: false, message: t("emailTaken"), errors: { email: [t("emailTaken")] } };
    }
    if (error instanceof AppError && error.code === "RATE_LIMITED") return { ok: false, message: t("rateLimited") };
    console.error("[signUpAction]", error);
    return { ok: false, message: t("unavailable") };
  }
}
