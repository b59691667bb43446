import "server-only";
import { db as defaultDb, type Db } from "@/lib/db";
import { AppError } from "@/lib/server/errors";
import { supportNoteSchema } from "@/lib/validation/admin";
import { assertStaff, type Actor } from "./assert-staff";
import { AUDIT_ACTIONS } from "./audit-actions";
import { recordAudit } from "./record-audit";

/**
 * An internal note on a case (never shown to the borrower, included in their
 * data export). It is about the assessment and, when signed in, the borrower.
 * The audit entry records that a note was written, not what it says.
 */
export async function addSupportNote({
  db = defaultDb,
  actor,
  assessmentId,
  body,
}: {
  db?: Db;
  actor: Actor;
  assessmentId: string;
  body: string;
}): Promise<{ id: string; createdAt: Date }> {
  const staff = await assertStaff(db, actor);
  const parsed = supportNoteSchema.safeParse({ assessmentId, body });
  if (!parsed.success) throw new AppError("VALIDATION", "Invalid note", { body: parsed.error.issues.map((i) => i.code) });
  const assessment = await db.assessment.findUnique({ where: { id: parsed.data.assessmentId }, select: { id: true, userId: true } });
  if (!assessment) throw new AppError("NOT_FOUND", "Case not found");
  return db.$transaction(async (tx) => {
    const note = await tx.supportNote.create({
      data: { assessmentId: assessment.id, subjectUserId: assessment.userId, authorId: staff.id, body: parsed.data.body },
      select: { id: true, createdAt: true },
    });
    await recordAudit(tx, staff, {
      action: AUDIT_ACTIONS.noteCreate,
      targetType: "assessment",
      targetId: assessment.id,
      metadata: { noteId: note.id, length: parsed.data.body.length },
    });
    return note;
  });
}
