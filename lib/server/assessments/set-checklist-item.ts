import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/server/errors";
import { ownedBy, type Owner } from "@/lib/server/owner/current-owner";

export interface SetChecklistItemOptions {
  owner: Owner | null;
  assessmentId: string;
  itemId: string;
  done: boolean;
}

const ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * Ticks (or unticks) one checklist item of an assessment its owner holds.
 * Idempotent: ticking twice keeps the first `doneAt`. Unknown or foreign
 * assessments are NOT_FOUND (404); an item that is not on this assessment's
 * checklist is VALIDATION (422).
 */
export async function setChecklistItem({ owner, assessmentId, itemId, done }: SetChecklistItemOptions): Promise<{ done: boolean; doneAt: Date | null }> {
  if (!owner || !ID.test(assessmentId)) throw new AppError("NOT_FOUND", "Assessment not found");
  const assessment = await db.assessment.findFirst({
    where: { id: assessmentId, ...ownedBy(owner) },
    select: { output: true },
  });
  if (!assessment) throw new AppError("NOT_FOUND", "Assessment not found");
  const checklist = (assessment.output as { checklist?: { id?: unknown }[] } | null)?.checklist ?? [];
  if (!checklist.some((item) => item.id === itemId)) {
    throw new AppError("VALIDATION", "Not an item of this checklist", { itemId: ["invalid"] });
  }

  const key = { assessmentId_itemId: { assessmentId, itemId } };
  const existing = await db.checklistProgress.findUnique({ where: key, select: { done: true, doneAt: true } });
  if (existing && existing.done === done) return existing;
  const doneAt = done ? new Date() : null;
  const write = () =>
    db.checklistProgress.upsert({
      where: key,
      create: { assessmentId, itemId, done, doneAt },
      update: { done, doneAt },
      select: { done: true, doneAt: true },
    });
  try {
    return await write();
  } catch (error) {
    // Two ticks racing on the first write: the loser's create hits the unique key; its update then wins.
    if ((error as { code?: string }).code === "P2002") return write();
    throw error;
  }
}
