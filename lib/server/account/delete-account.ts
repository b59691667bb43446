import "server-only";
import { db as defaultDb, type Db } from "@/lib/db";
import { AppError } from "@/lib/server/errors";
import { confirmsDeletion } from "@/lib/validation/account";

export interface DeletedCounts {
  assessments: number;
  checklistItems: number;
  shareLinks: number;
  reviewRequests: number;
  supportNotes: number;
  consents: number;
}

/**
 * Deletes a borrower's account and everything that belongs to it:
 * assessments (with checklist progress, share links — which stop opening —,
 * review requests and support notes about them), notes about the person,
 * consents; plus, when `anonOwnerHash` is given, what this browser still holds
 * anonymously, and the account's own security events. The database's cascades
 * do most of the work, in one transaction; an AuditEvent records that an
 * account was deleted and how much, with no personal data (no id, no email).
 * Staff actions about the account stay in the audit log (accountability).
 *
 * `confirmation` must be the account's email, typed by the person. Staff
 * accounts are closed by an admin, not here (FORBIDDEN).
 */
export async function deleteAccount({
  db = defaultDb,
  userId,
  confirmation,
  anonOwnerHash,
}: {
  db?: Db;
  userId: string;
  confirmation: string;
  anonOwnerHash?: string | null;
}): Promise<DeletedCounts> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, email: true, role: true } });
  if (!user) throw new AppError("NOT_FOUND", "Account not found");
  if (user.role !== "BORROWER") throw new AppError("FORBIDDEN", "Staff accounts are closed by an admin");
  if (!confirmsDeletion(confirmation, user.email)) {
    throw new AppError("VALIDATION", "Confirmation does not match", { confirmation: ["mismatch"] });
  }

  const mine = anonOwnerHash ? { OR: [{ userId }, { userId: null, anonOwnerHash }] } : { userId };
  const ofMine = { assessment: { is: mine } };
  const [assessments, checklistItems, shareLinks, reviewRequests, notesOnAssessments, notesAboutPerson, consents] = await Promise.all([
    db.assessment.count({ where: mine }),
    db.checklistProgress.count({ where: ofMine }),
    db.shareLink.count({ where: ofMine }),
    db.reviewRequest.count({ where: { OR: [ofMine, { requesterId: userId }] } }),
    db.supportNote.count({ where: ofMine }),
    db.supportNote.count({ where: { subjectUserId: userId, NOT: ofMine } }),
    db.consentRecord.count({ where: anonOwnerHash ? { OR: [{ userId }, { userId: null, anonOwnerHash }] } : { userId } }),
  ]);
  const counts: DeletedCounts = {
    assessments,
    checklistItems,
    shareLinks,
    reviewRequests,
    supportNotes: notesOnAssessments + notesAboutPerson,
    consents,
  };

  await db.$transaction([
    ...(anonOwnerHash
      ? [
          db.assessment.deleteMany({ where: { userId: null, anonOwnerHash } }),
          db.consentRecord.deleteMany({ where: { userId: null, anonOwnerHash } }),
          db.reviewRequest.deleteMany({ where: { requesterId: null, anonOwnerHash } }),
        ]
      : []),
    // The account's own security events (password changes, exports…) name it: they go too.
    db.auditEvent.deleteMany({ where: { actorId: user.id } }),
    // Cascades remove assessments → checklist, links, notes, review requests; consents; notes about the person.
    db.user.delete({ where: { id: user.id } }),
    db.auditEvent.create({ data: { actorRole: "BORROWER", action: "account.deleted", targetType: "user", metadata: { ...counts } } }),
  ]);
  return counts;
}
