"use server";

import { getTranslations } from "next-intl/server";
import { AppError } from "@/lib/server/errors";
import { getOwner } from "@/lib/server/owner/current-owner";
import { createShareLink } from "@/lib/server/share/create-share-link";
import { revokeShareLink } from "@/lib/server/share/revoke-share-link";
import { recordIdSchema, shareOptionsSchema } from "@/lib/validation/share";
import { fieldErrors, type FieldErrors } from "@/lib/validation/field-errors";

export type CreateShareLinkResult =
  | { ok: true; link: { id: string; token: string; code: string; expiresAt: string } }
  | { ok: false; message: string; errors?: FieldErrors };

/** Creates a share link for one of the current owner's (user or anonymous visitor) assessments. */
export async function createShareLinkAction(assessmentId: unknown, rawOptions: unknown): Promise<CreateShareLinkResult> {
  const t = await getTranslations("share.panel.errors");
  const tv = await getTranslations("common.validation");
  const id = recordIdSchema.safeParse(assessmentId);
  if (!id.success) return { ok: false, message: t("notFound") };
  const options = shareOptionsSchema.safeParse(rawOptions);
  if (!options.success) return { ok: false, message: t("fixErrors"), errors: fieldErrors(options.error, (k, v) => tv(k, v)) };
  try {
    const owner = await getOwner();
    if (!owner) return { ok: false, message: t("notFound") };
    const link = await createShareLink({ actor: { kind: "owner", owner }, assessmentId: id.data, options: options.data });
    return { ok: true, link: { id: link.id, token: link.token, code: link.code, expiresAt: link.expiresAt.toISOString() } };
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") return { ok: false, message: t("notFound") };
    console.error("[createShareLinkAction]", error);
    return { ok: false, message: t("unavailable") };
  }
}

export async function revokeShareLinkAction(linkId: unknown): Promise<{ ok: boolean }> {
  const id = recordIdSchema.safeParse(linkId);
  if (!id.success) return { ok: false };
  try {
    const owner = await getOwner();
    if (!owner) return { ok: false };
    await revokeShareLink({ actor: { kind: "owner", owner }, linkId: id.data });
    return { ok: true };
  } catch (error) {
    if (!(error instanceof AppError)) console.error("[revokeShareLinkAction]", error);
    return { ok: false };
  }
}
