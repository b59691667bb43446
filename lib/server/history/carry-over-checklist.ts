import "server-only";
import { db as defaultDb, type Db } from "@/lib/db";
import { AppError } from "@/lib/server/errors";

export type CarryOverOwner = { userId: string; anonOwnerHash?: never } | { anonOwnerHash: string; userId?: never };

/**
 * Carries checklist progress over to a new assessment: every item ticked on
 * the owner's previous assessment of the same platform that the new checklist
 * also contains is ticked on the new one (keeping when it was done). Call it
 * right after creating the assessment; idempotent. Items the new checklist
 * does not contain are left behind (the advice changed); unticked ones are
 * not copied. Returns the item ids carried over.
 */
export async function carryOverChecklist({
  db = defaultDb,
  platform,
  newAssessmentId,
  newItemIds,
  ...owner
}: {
  db?: Db;
  platform: string;
  newAssessmentId: string;
  newItemIds: readonly string[];
} & CarryOverOwner): Promise<string[]> {
  const ownerWhere = owner.userId ? { userId: owner.userId } : { anonOwnerHash: owner.anonOwnerHash, userId: null };
  if (!owner.userId && !owner.anonOwnerHash) throw new AppError("BAD_REQUEST", "An owner is required");

  const current = await db.assessment.findFirst({
    where: { id: newAssessmentId, ...ownerWhere },
    select: { id: true, createdAt: true },
  });
  if (!current) throw new AppError("NOT_FOUND", "Assessment not found");
  if (newItemIds.length === 0) return [];

  // The most recent earlier assessment of this platform by the same owner.
  const previous = await db.assessment.findFirst({
    where: {
      ...ownerWhere,
      platform,
      id: { not: current.id },
      createdAt: { lte: current.createdAt },
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true },
  });
  if (!previous) return [];

  const ticked = await db.checklistProgress.findMany({
    where: { assessmentId: previous.id, done: true, itemId: { in: [...new Set(newItemIds)] } },
    select: { itemId: true, doneAt: true },
  });
  for (const item of ticked) {
    await db.checklistProgress.upsert({
      where: { assessmentId_itemId: { assessmentId: current.id, itemId: item.itemId } },
      create: { assessmentId: current.id, itemId: item.itemId, done: true, doneAt: item.doneAt ?? new Date() },
      update: {},
    });
  }
  return ticked.map((t) => t.itemId);
}
