import "server-only";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/session";
import { AppError } from "@/lib/server/errors";
import { fieldErrors, type FieldErrors } from "@/lib/validation/field-errors";

/** What every admin server action answers: data, or a message (and field errors) in the staff member's language. */
export type ActionResult<T = object> = ({ ok: true } & T) | { ok: false; code: string; message: string; errors?: FieldErrors };

/**
 * Runs an admin server action: validates `raw` with `schema` (field errors in
 * the user's language), then calls `run` with the signed-in user (or null: the
 * data layer refuses it) and maps any AppError to a stable, translated result.
 */
export async function adminAction<S extends z.ZodType, T extends object>(
  context: string,
  schema: S,
  raw: unknown,
  run: (input: z.output<S>, actor: CurrentUser | null) => Promise<T>,
): Promise<ActionResult<T>> {
  const t = await getTranslations("admin.errors");
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const tv = await getTranslations("common.validation");
    const errors = fieldErrors(parsed.error, (k, v) => tv(k, v));
    return { ok: false, code: "VALIDATION", message: t("VALIDATION"), errors };
  }
  try {
    const actor = await getCurrentUser();
    return { ok: true, ...(await run(parsed.data, actor)) };
  } catch (error) {
    if (error instanceof AppError) {
      const known = ["UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "CONFLICT", "VALIDATION", "RATE_LIMITED"] as const;
      const code = (known as readonly string[]).includes(error.code) ? (error.code as (typeof known)[number]) : "INTERNAL";
      return { ok: false, code: error.code, message: t(code) };
    }
    console.error(`[${context}]`, error);
    return { ok: false, code: "INTERNAL", message: t("INTERNAL") };
  }
}
