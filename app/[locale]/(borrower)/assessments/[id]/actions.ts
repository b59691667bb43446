"use server";

import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { setChecklistItem } from "@/lib/server/assessments/set-checklist-item";
import { AppError } from "@/lib/server/errors";
import { getOwner } from "@/lib/server/owner/current-owner";

export type SetChecklistItemResult = { ok: true; done: boolean } | { ok: false; message: string };

const payloadSchema = z.object({
  assessmentId: z.string().min(1).max(64),
  itemId: z.string().min(1).max(64),
  done: z.boolean(),
});

/** Ticks or unticks a checklist item. Only the assessment's owner can; everyone else gets "not found". */
export async function setChecklistItemAction(payload: unknown): Promise<SetChecklistItemResult> {
  const t = await getTranslations("dashboard.checklist");
  const parsed = payloadSchema.safeParse(payload);
  if (!parsed.success) return { ok: false, message: t("saveError") };
  try {
    const result = await setChecklistItem({ owner: await getOwner(), ...parsed.data });
    return { ok: true, done: result.done };
  } catch (error) {
    if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "VALIDATION")) {
      return { ok: false, message: t("notYours") };
    }
    console.error("[setChecklistItemAction]", error);
    return { ok: false, message: t("saveError") };
  }
}
