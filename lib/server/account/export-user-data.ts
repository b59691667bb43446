import "server-only";
import { db as defaultDb, type Db } from "@/lib/db";
import { AppError } from "@/lib/server/errors";

export const EXPORT_FORMAT = "limitwise-export";
export const EXPORT_VERSION = 1;

/**
 * Everything LimitWise keeps about one account, as JSON (PIPL right to access
 * and copy): the account, every assessment with its inputs, outputs and
 * checklist progress, its share links (without token hashes, which are of no
 * use to anyone), review requests with their answers, support staff's notes
 * about the account or its assessments (without the author), consents, and the
 * account's own security events. The password hash is never included.
 * Authorised by `userId`: the caller passes the signed-in user's id only.
 * Each export is recorded (that it happened, not what it contained).
 */
export async function exportUserData({ db = defaultDb, userId, now = new Date() }: { db?: Db; userId: string; now?: Date }) {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, name: true, role: true, locale: true, createdAt: true, updatedAt: true },
  });
  if (!user) throw new AppError("NOT_FOUND", "Account not found");
  await db.auditEvent.create({
    data: { actorId: user.id, actorRole: user.role, action: "account.exported", targetType: "user", targetId: user.id, createdAt: now },
  });

  const [assessments, consents, notesAboutYou, activity] = await Promise.all([
    db.assessment.findMany({
      where: { userId },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        createdAt: true,
        platform: true,
        goal: true,
        modelVersion: true,
        probability: true,
        band: true,
        input: true,
        output: true,
        checklist: { orderBy: { itemId: "asc" }, select: { itemId: true, done: true, doneAt: true, updatedAt: true } },
        shareLinks: {
          orderBy: { createdAt: "asc" },
          select: {
            code: true,
            createdAt: true,
            expiresAt: true,
            revokedAt: true,
            views: true,
            lastViewedAt: true,
            showReasons: true,
            showChecklist: true,
            note: true,
            staffNote: true,
            snapshot: true,
          },
        },
        reviewRequests: {
          orderBy: { createdAt: "asc" },
          select: { createdAt: true, status: true, message: true, answer: true, answeredAt: true },
        },
        notes: { orderBy: { createdAt: "asc" }, select: { createdAt: true, body: true } },
      },
    }),
    db.consentRecord.findMany({
      where: { userId },
      orderBy: { grantedAt: "asc" },
      select: { version: true, purpose: true, grantedAt: true, withdrawnAt: true },
    }),
    db.supportNote.findMany({
      where: { subjectUserId: userId, assessmentId: null },
      orderBy: { createdAt: "asc" },
      select: { createdAt: true, body: true },
    }),
    db.auditEvent.findMany({
      where: { actorId: userId },
      orderBy: { createdAt: "asc" },
      select: { action: true, createdAt: true },
    }),
  ]);

  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    account: user,
    assessments: assessments.map(({ notes, ...a }) => ({ ...a, supportNotes: notes })),
    supportNotesAboutYou: notesAboutYou,
    consents,
    activity,
  };
}

export type UserDataExport = Awaited<ReturnType<typeof exportUserData>>;
